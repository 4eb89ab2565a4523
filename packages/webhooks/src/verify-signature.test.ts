import { MissingSettingError } from '@wa/schema';
import { describe, expect, it } from 'vitest';
import { APP_SECRET, sign } from '../test/payloads.ts';
import { signPayload as signPayloadWeb } from './sign-payload.ts';
import { signPayload as signPayloadNode } from './sign-payload-node.ts';
import { verifySignature as verifyWeb } from './verify-signature.ts';
import { verifySignature as verifyNode } from './verify-signature-node.ts';

const body = '{"object":"whatsapp_business_account","entry":[]}';
const signature = sign(body);

describe.each([
  ['Web Crypto', verifyWeb, signPayloadWeb],
  ['node:crypto', verifyNode, signPayloadNode],
])('verifySignature (%s build)', (_name, verifySignature, signPayload) => {
  it('accepts the signature of the raw body, as text or bytes', async () => {
    expect(await verifySignature(body, signature, APP_SECRET)).toBe(true);
    expect(await verifySignature(new TextEncoder().encode(body), signature, APP_SECRET)).toBe(true);
    expect(await verifySignature(Buffer.from(body), signature, APP_SECRET)).toBe(true);
  });

  it('accepts upper-case hex and surrounding whitespace', async () => {
    expect(await verifySignature(body, `sha256=${signature.slice(7).toUpperCase()}`, APP_SECRET)).toBe(true);
    expect(await verifySignature(body, ` ${signature} `, APP_SECRET)).toBe(true);
  });

  it('keeps verifying correctly after more secrets than its key cache holds', async () => {
    const secrets = Array.from({ length: 40 }, (_, index) => `rotation-secret-${index}`);
    const [first = '', last = ''] = [secrets[0], secrets[39]];
    for (const secret of secrets) {
      expect(await verifySignature(body, sign(body, secret), secret)).toBe(true);
    }
    expect(await verifySignature(body, sign(body, first), 'other-secret')).toBe(false);
    expect(
      await verifySignature(body, sign(body, first), 'other-secret', { additionalSecrets: secrets }),
    ).toBe(true);
    expect(await verifySignature(body, signature, last)).toBe(false);
  });

  it('rejects a tampered body', async () => {
    expect(await verifySignature(body.replace('[]', '[ ]'), signature, APP_SECRET)).toBe(false);
    expect(await verifySignature(`${body}\n`, signature, APP_SECRET)).toBe(false);
  });

  it('rejects another secret, and accepts it only as an additional secret (rotation)', async () => {
    const rotated = sign(body, 'old-secret');
    expect(await verifySignature(body, rotated, APP_SECRET)).toBe(false);
    expect(await verifySignature(body, rotated, APP_SECRET, { additionalSecrets: ['old-secret'] })).toBe(
      true,
    );
    expect(await verifySignature(body, signature, 'new-secret', { additionalSecrets: [APP_SECRET] })).toBe(
      true,
    );
  });

  it.each([
    ['a missing header', undefined],
    ['a null header', null],
    ['an empty header', ''],
    ['the bare prefix', 'sha256='],
    ['another algorithm', `sha1=${signature.slice(7, 47)}`],
    ['a sha1 prefix on a sha256 digest', `sha1=${signature.slice(7)}`],
    ['no prefix', signature.slice(7)],
    ['a short digest', signature.slice(0, -2)],
    ['a long digest', `${signature}00`],
    ['non-hex characters', `${signature.slice(0, -1)}g`],
    ['a wrong digest', `sha256=${'0'.repeat(64)}`],
    ['a non-string header', 42 as unknown as string],
  ])('returns false, without throwing, for %s', async (_case, header) => {
    expect(await verifySignature(body, header, APP_SECRET)).toBe(false);
  });

  it.each([
    ['an empty secret', ''],
    ['a non-string secret', undefined as unknown as string],
  ])('returns false for %s', async (_case, secret) => {
    expect(await verifySignature(body, signature, secret)).toBe(false);
  });

  it('returns false for a body that is neither text nor bytes', async () => {
    expect(await verifySignature({ parsed: true } as unknown as string, signature, APP_SECRET)).toBe(false);
  });

  it('refuses to sign with an empty secret', async () => {
    await expect(signPayload(body, '')).rejects.toThrow(MissingSettingError);
  });

  it('signs exactly like Meta (HMAC-SHA256 hex of the raw body)', async () => {
    expect(await signPayload(body, APP_SECRET)).toBe(signature);
    expect(await signPayload(new TextEncoder().encode('é'), APP_SECRET)).toBe(sign('é'));
  });
});
