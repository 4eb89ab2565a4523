import { MediaUrlRefusedError } from './media-url-refused-error.ts';

/**
 * The domains of Meta's media hosts: the Cloud API names download URLs on `lookaside.fbsbx.com`; a URL on
 * one of these domains or a subdomain of them gets the access token (over https only).
 */
export const META_MEDIA_DOMAINS: readonly string[] = Object.freeze([
  'fbsbx.com',
  'fbcdn.net',
  'whatsapp.net',
]);

function isMetaMediaHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return META_MEDIA_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * Checks the download URL named by a media lookup before the access token is sent to it: allowed are
 * https URLs on Meta's media hosts ({@link META_MEDIA_DOMAINS}) and URLs on the configured `baseUrl`'s own
 * origin (a sandbox such as `http://127.0.0.1:5880`). Anything else (plain http, another host, userinfo in
 * the URL) is refused.
 *
 * @param url - The URL from the media lookup.
 * @param baseUrl - The client's configured Graph API origin.
 * @returns The parsed URL.
 * @throws MediaUrlRefusedError when the token must not go there.
 */
export function checkMediaDownloadUrl(url: string, baseUrl: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MediaUrlRefusedError('', 'it is not a URL');
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new MediaUrlRefusedError(parsed.host, 'it carries credentials');
  }
  if (parsed.origin === new URL(baseUrl).origin) return parsed;
  if (!isMetaMediaHost(parsed.hostname)) {
    throw new MediaUrlRefusedError(parsed.host, "it is not one of Meta's media hosts");
  }
  if (parsed.protocol !== 'https:') {
    throw new MediaUrlRefusedError(parsed.host, `it uses ${parsed.protocol.replace(/:$/, '')}, not https`);
  }
  return parsed;
}
