import type { RawBody } from './verify-signature-options.ts';

/** The header Meta signs every webhook delivery with. */
export const SIGNATURE_HEADER = 'x-hub-signature-256';

/** How many secrets' HMAC keys each signature check keeps ready (an app secret and a few rotations). */
export const MAX_CACHED_HMAC_KEYS = 16;

const prefix = 'sha256=';
const digestBytes = 32;

/**
 * Decodes `sha256=<64 hex digits>` into the 32 digest bytes, or returns `undefined` for anything else
 * (missing, empty, another algorithm, wrong length, non-hex characters). Never throws.
 */
function parseSignatureHeader(header: string | null | undefined): Uint8Array<ArrayBuffer> | undefined {
  if (typeof header !== 'string') return undefined;
  const value = header.trim();
  if (value.length !== prefix.length + digestBytes * 2) return undefined;
  if (value.slice(0, prefix.length).toLowerCase() !== prefix) return undefined;
  const bytes = new Uint8Array(digestBytes);
  for (let index = 0; index < digestBytes; index++) {
    const high = hexValue(value.charCodeAt(prefix.length + index * 2));
    const low = hexValue(value.charCodeAt(prefix.length + index * 2 + 1));
    if (high < 0 || low < 0) return undefined;
    bytes[index] = (high << 4) | low;
  }
  return bytes;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 97 && code <= 102) return code - 87; // a-f
  if (code >= 65 && code <= 70) return code - 55; // A-F
  return -1;
}

/** Formats digest bytes as the header value `sha256=<lowercase hex>`. */
export function formatSignatureHeader(digest: Uint8Array): string {
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return `${prefix}${hex}`;
}

/** The secrets to try, in order: the app secret, then the rotation secrets; empty strings are skipped. */
function secretsToTry(appSecret: string, additionalSecrets: readonly string[] | undefined): string[] {
  const secrets: string[] = [];
  if (typeof appSecret === 'string' && appSecret.length > 0) secrets.push(appSecret);
  for (const secret of additionalSecrets ?? []) {
    if (typeof secret === 'string' && secret.length > 0) secrets.push(secret);
  }
  return secrets;
}

/** What a signature check compares: the digest bytes from the header, the body and the secrets to try. */
export interface SignatureCheck {
  /** The 32 digest bytes the header carries. */
  signature: Uint8Array<ArrayBuffer>;
  /** The raw body, known to be a string or bytes. */
  body: RawBody;
  /** The non-empty secrets, app secret first. */
  secrets: string[];
}

/**
 * The inputs of `verifySignature`, checked the same way by the Web Crypto and `node:crypto` builds:
 * `undefined` when no secret could match (missing or malformed header, a body that is not a string or
 * bytes, no non-empty secret), so the caller answers `false` without computing an HMAC.
 */
export function signatureCheckOf(
  rawBody: RawBody,
  signatureHeader: string | null | undefined,
  appSecret: string,
  additionalSecrets: readonly string[] | undefined,
): SignatureCheck | undefined {
  const signature = parseSignatureHeader(signatureHeader);
  if (signature === undefined) return undefined;
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) return undefined;
  const secrets = secretsToTry(appSecret, additionalSecrets);
  if (secrets.length === 0) return undefined;
  return { signature, body: rawBody, secrets };
}
