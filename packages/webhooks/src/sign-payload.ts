import { MissingSettingError } from '@wa/schema';
import { formatSignatureHeader } from './signature-header.ts';
import { importHmacKey, toBytes } from './verify-signature.ts';
import type { RawBody } from './verify-signature-options.ts';

/**
 * Signs a body the way Meta does: returns the `X-Hub-Signature-256` header value
 * `sha256=<hex HMAC-SHA256 of the body>`. Useful in tests and local sandboxes that deliver webhooks.
 *
 * @param rawBody - The exact body that will be sent.
 * @param appSecret - The app secret to sign with.
 * @throws {MissingSettingError} when `appSecret` is empty (`verifySignature` never accepts an empty secret).
 *
 * @example
 * ```ts
 * const body = JSON.stringify(payload);
 * await fetch(url, { method: 'POST', body, headers: {
 *   'content-type': 'application/json',
 *   'x-hub-signature-256': await signPayload(body, appSecret),
 * } });
 * ```
 */
export async function signPayload(rawBody: RawBody, appSecret: string): Promise<string> {
  if (typeof appSecret !== 'string' || appSecret.length === 0) {
    throw new MissingSettingError({ setting: 'appSecret', packageName: '@wa/webhooks' });
  }
  const key = await importHmacKey(appSecret);
  const digest = await crypto.subtle.sign('HMAC', key, toBytes(rawBody));
  return formatSignatureHeader(new Uint8Array(digest));
}
