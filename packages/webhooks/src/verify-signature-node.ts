import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import { BoundedMap } from './bounded-map.ts';
import { MAX_CACHED_HMAC_KEYS, signatureCheckOf } from './signature-header.ts';
import type { RawBody, VerifySignatureOptions } from './verify-signature-options.ts';

const encoder = new TextEncoder();
/** HMAC keys, one per secret, so each secret is turned into a key once (bounded: secrets rarely change). */
const keys = new BoundedMap<KeyObject>(MAX_CACHED_HMAC_KEYS);

function hmacKey(secret: string): KeyObject {
  let key = keys.get(secret);
  if (key === undefined) {
    key = createSecretKey(encoder.encode(secret));
    keys.insertAbsent(secret, key);
  }
  return key;
}

/**
 * Checks the `X-Hub-Signature-256` header of a webhook delivery (Node build: `node:crypto`, synchronous).
 * Same contract as the Web Crypto `verifySignature`: compares in constant time after a length check and
 * returns `false` for any missing, empty, malformed or wrong header; never throws on bad input.
 *
 * @param rawBody - The body exactly as received (bytes, or their UTF-8 text).
 * @param signatureHeader - The value of the `X-Hub-Signature-256` header.
 * @param appSecret - The app secret.
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
  const { signature, body, secrets } = check;
  for (const secret of secrets) {
    const digest = createHmac('sha256', hmacKey(secret)).update(body).digest();
    if (digest.length === signature.length && timingSafeEqual(digest, signature)) return true;
  }
  return false;
}
