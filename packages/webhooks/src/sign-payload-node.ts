import { createHmac } from 'node:crypto';
import { MissingSettingError } from '@wa/schema';
import { formatSignatureHeader } from './signature-header.ts';
import type { RawBody } from './verify-signature-options.ts';

/**
 * Signs a body the way Meta does (Node build: `node:crypto`): returns the `X-Hub-Signature-256` header
 * value `sha256=<hex HMAC-SHA256 of the body>`.
 *
 * @param rawBody - The exact body that will be sent.
 * @param appSecret - The app secret to sign with.
 * @throws {MissingSettingError} when `appSecret` is empty (`verifySignature` never accepts an empty secret).
 *
 * @example
 * ```ts
 * const signature = await signPayload(JSON.stringify(payload), appSecret);
 * ```
 */
export async function signPayload(rawBody: RawBody, appSecret: string): Promise<string> {
  if (typeof appSecret !== 'string' || appSecret.length === 0) {
    throw new MissingSettingError({ setting: 'appSecret', packageName: '@wa/webhooks' });
  }
  return formatSignatureHeader(createHmac('sha256', appSecret).update(rawBody).digest());
}
