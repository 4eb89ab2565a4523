import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OnPremTestServer, startOnPremServer } from '../test/onprem-test-server.ts';
import { createSelfSignedCertificate, type SelfSignedCertificate } from '../test/self-signed-certificate.ts';
import { textMessage } from '../test/test-client.ts';
import { createOnPremClient } from './create-onprem-client.ts';
import { TLS_VERIFICATION_DISABLED_WARNING } from './create-tls-fetch.ts';

let server: OnPremTestServer;
let certificate: SelfSignedCertificate;

beforeAll(async () => {
  certificate = createSelfSignedCertificate();
  server = await startOnPremServer({ tls: certificate });
});
afterAll(async () => {
  await server.close();
});

const credentials = () => ({ baseUrl: server.url, username: server.username, password: server.password });

describe('HTTPS with a self-signed certificate', () => {
  it('is refused by default: the request never reaches the client', async () => {
    const before = server.requests.length;
    const error = await createOnPremClient({ ...credentials(), retry: false })
      .send(textMessage)
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: false });
    expect((error as Error).message).toContain('SELF_SIGNED_CERT');
    expect(server.requests.length).toBe(before);
  });

  it('is accepted with tls.ca set to the certificate', async () => {
    const client = createOnPremClient({ ...credentials(), tls: { ca: certificate.cert } });
    const result = await client.send(textMessage);
    await client.close();

    expect(result.messageId).toBeTruthy();
    expect(server.requestsTo('/v1/messages', 'POST').at(-1)?.json).toStrictEqual({
      to: '15551234567',
      type: 'text',
      text: { body: 'Your order has shipped.' },
    });
  });

  it('carries raw upload bodies and binary downloads over HTTPS (ca given as bytes)', async () => {
    const client = createOnPremClient({
      ...credentials(),
      tls: { ca: new TextEncoder().encode(certificate.cert) },
    });
    const bytes = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 0x00, 0x02, 0xff]);
    const { id } = await client.uploadMedia({ data: bytes, mimeType: 'audio/ogg' });
    const downloaded = await client.downloadMedia(id);
    await client.close();

    expect(new Uint8Array(server.requestsTo('/v1/media', 'POST').at(-1)?.body ?? [])).toStrictEqual(bytes);
    expect(downloaded).toStrictEqual({ data: bytes, mimeType: 'audio/ogg' });
  });

  it('is refused with a CA that did not sign it', async () => {
    const other = createSelfSignedCertificate();
    const client = createOnPremClient({ ...credentials(), tls: { ca: [other.cert] }, retry: false });
    const error = await client.send(textMessage).catch((caught: unknown) => caught);
    await client.close();
    expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: false });
  });

  it('is accepted with rejectUnauthorized: false, which warns loudly once per process', async () => {
    const warnings: Error[] = [];
    const listener = (warning: Error) => warnings.push(warning);
    process.on('warning', listener);
    try {
      const first = createOnPremClient({ ...credentials(), tls: { rejectUnauthorized: false } });
      const second = createOnPremClient({ ...credentials(), tls: { rejectUnauthorized: false } });
      expect((await first.health()).healthy).toBe(true);
      expect((await second.health()).healthy).toBe(true);
      await Promise.all([first.close(), second.close()]);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listener);
    }

    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ name: 'SecurityWarning', code: TLS_VERIFICATION_DISABLED_WARNING });
    expect(warnings[0]?.message).toContain('TLS certificate verification is OFF');
  });
});
