import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GraphServer, MEDIA_BYTES, startGraphServer } from '../test/graph-server.ts';
import { checkMediaDownloadUrl } from './check-media-download-url.ts';
import { createCloudClient } from './create-cloud-client.ts';
import { MediaUrlRefusedError } from './media-url-refused-error.ts';

const token = 'EAAG-test-token-never-logged';
const phoneNumberId = '106540352242922';
let server: GraphServer;
let elsewhere: GraphServer;

const client = () =>
  createCloudClient({ accessToken: token, phoneNumberId, baseUrl: server.origin, pacing: false });

const lookupNaming = (url: string) => ({
  status: 200,
  body: {
    messaging_product: 'whatsapp',
    url,
    mime_type: 'image/png',
    sha256: 'c0ffee',
    file_size: 3,
    id: '4321',
  },
});

beforeAll(async () => {
  server = await startGraphServer();
  elsewhere = await startGraphServer();
});
afterAll(async () => {
  await Promise.all([server.close(), elsewhere.close()]);
});
afterEach(() => {
  server.reset();
  elsewhere.reset();
});

describe('downloadMedia sends the access token only where it belongs', () => {
  it('downloads from the configured baseUrl origin (a sandbox), with the token', async () => {
    const media = await client().downloadMedia('4321');
    expect(media.data).toStrictEqual(MEDIA_BYTES);
    expect(server.requests.map((request) => [request.url, request.headers.authorization])).toStrictEqual([
      [`/v26.0/4321?phone_number_id=${phoneNumberId}`, `Bearer ${token}`],
      ['/files/4321?hash=abc', `Bearer ${token}`],
    ]);
  });

  it('refuses a URL on another origin: that server never sees a request', async () => {
    server.reply(lookupNaming(`${elsewhere.origin}/files/4321`));
    const error = await client()
      .downloadMedia('4321')
      .catch((caught: unknown) => caught);
    expect(MediaUrlRefusedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_MEDIA_URL_REFUSED', host: new URL(elsewhere.origin).host });
    expect((error as Error).message).toMatch(/^\[@wa\/transport-cloud\] downloadMedia refused/);
    expect((error as Error).message).not.toContain(token);
    expect(elsewhere.requests).toHaveLength(0);
    expect(server.requests).toHaveLength(1);
  });

  it('a redirect from the allowed origin to another one does not carry the token there', async () => {
    server.reply(lookupNaming(`${server.origin}/files/4321`), {
      status: 302,
      headers: { location: `${elsewhere.origin}/files/4321` },
    });
    const media = await client().downloadMedia('4321');
    expect(media.data).toStrictEqual(MEDIA_BYTES);
    expect(elsewhere.requests.map((request) => [request.url, request.headers.authorization])).toStrictEqual([
      ['/files/4321', undefined],
    ]);
  });

  it('refuses the same server under another host name (a different origin)', async () => {
    const sameServerOtherName = server.origin.replace('127.0.0.1', 'localhost');
    server.reply(lookupNaming(`${sameServerOtherName}/files/4321`));
    await expect(client().downloadMedia('4321')).rejects.toMatchObject({ code: 'WA_MEDIA_URL_REFUSED' });
    expect(server.requests.map((request) => request.url)).toStrictEqual([
      `/v26.0/4321?phone_number_id=${phoneNumberId}`,
    ]);
  });

  it.each([
    [
      'plain http to a Meta media host',
      'http://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1',
      'not https',
    ],
    ['a host that only ends like Meta', 'https://evilfbsbx.com/x', "not one of Meta's media hosts"],
    [
      'a Meta host as a subdomain of another',
      'https://lookaside.fbsbx.com.example.org/x',
      "not one of Meta's",
    ],
    ['credentials in the URL', 'https://user:pw@lookaside.fbsbx.com/x', 'carries credentials'],
    ['not a URL', 'lookaside.fbsbx.com/x', 'not a URL'],
  ])('refuses %s', async (_, url, reason) => {
    server.reply(lookupNaming(url));
    const error = await client()
      .downloadMedia('4321')
      .catch((caught: unknown) => caught);
    expect(MediaUrlRefusedError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(reason);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1&ext=2&hash=3',
    'https://scontent.whatsapp.net/v/t61/abc',
    'https://LOOKASIDE.FBSBX.COM./x',
  ])('accepts https on a Meta media host: %s', (url) => {
    expect(checkMediaDownloadUrl(url, 'https://graph.facebook.com').href).toBe(new URL(url).href);
  });
});
