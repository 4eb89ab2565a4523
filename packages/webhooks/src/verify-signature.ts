import { BoundedMap } from './bounded-map.ts';
import { MAX_CACHED_HMAC_KEYS, signatureCheckOf } from './signature-header.ts';
import type { RawBody, VerifySignatureOptions } from './verify-signature-options.ts';

const encoder = /* @__PURE__ */ new TextEncoder();
/** Imported HMAC keys, one per secret, so each secret is imported once (bounded: secrets rarely change). */
const keys = new BoundedMap<Promise<CryptoKey>>(MAX_CACHED_HMAC_KEYS);

/** Imports `secret` as an HMAC-SHA256 key once and caches it. */
export function importHmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (key === undefined) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    keys.insertAbsent(secret, key);
  }
  return key;
}

/** The bytes of a raw body, encoding text as UTF-8. */
export function toBytes(rawBody: RawBody): Uint8Array<ArrayBuffer> {
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  return rawBody.buffer instanceof ArrayBuffer
    ? (rawBody as Uint8Array<ArrayBuffer>)
    : (new Uint8Array(rawBody) as Uint8Array<ArrayBuffer>);
}

/**
 * Checks the `X-Hub-Signature-256` header of a webhook delivery: `sha256=` followed by the hex
 * HMAC-SHA256 of the raw body, keyed with the app secret. Compares in constant time (Web Crypto
 * `crypto.subtle.verify`); works on Node, Bun, Deno and edge runtimes. On Node the package resolves to an
 * equivalent `node:crypto` implementation that answers synchronously.
 *
 * A missing, empty, malformed or wrong header, an empty secret or a body that is not a string or bytes
 * gives `false`; it never throws on bad input.
 *
 * @param rawBody - The body exactly as received (bytes, or their UTF-8 text). Never a re-serialised object.
 * @param signatureHeader - The value of the `X-Hub-Signature-256` header.
 * @param appSecret - The app secret (Meta App Dashboard > App settings > Basic).
 * @param options - `additionalSecrets` also accepted while rotating the app secret.
 * @returns `true` when the signature matches one of the secrets.
 *
 * @example
 * ```ts
 * const ok = await verifySignature(rawBody, request.headers.get('x-hub-signature-256'), appSecret);
 * ```
 */
export function verifySignature(
  rawBody: RawBody,
  signatureHeader: string | null | undefined,
  appSecret: string,
  options?: VerifySignatureOptions,
): boolean | Promise<boolean> {
  const check = signatureCheckOf(rawBody, signatureHeader, appSecret, options?.additionalSecrets);
  if (check === undefined) return false;
  return verifyWithSecrets(toBytes(check.body), check.signature, check.secrets);
}

async function verifyWithSecrets(
  body: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
  secrets: readonly string[],
): Promise<boolean> {
  for (const secret of secrets) {
    try {
      const key = await importHmacKey(secret);
      if (await crypto.subtle.verify('HMAC', key, signature, body)) return true;
    } catch {
      // An unusable key can never match; try the next secret.
    }
  }
  return false;
}
