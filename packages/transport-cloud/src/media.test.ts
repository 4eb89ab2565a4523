import { ValidationError } from '@wa/schema';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GraphServer, graphError, MEDIA_BYTES, startGraphServer } from '../test/graph-server.ts';
import { createCloudClient } from './create-cloud-client.ts';

const token = 'EAAG-test-token-never-logged';
const phoneNumberId = '106540352242922';
let server: GraphServer;

const client = () =>
  createCloudClient({ accessToken: token, phoneNumberId, baseUrl: server.origin, retry: { baseDelayMs: 1 } });

beforeAll(async () => {
  server = await startGraphServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.reset();
});

describe('media', () => {
  it('uploads a file as multipart form data and returns its ID', async () => {
    const reference = await client().uploadMedia({
      data: new TextEncoder().encode('%PDF-1.7 report'),
      mimeType: 'application/pdf',
      filename: 'report.pdf',
    });
    expect(reference).toStrictEqual({ id: 'media-1' });
    const request = server.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`/v26.0/${phoneNumberId}/media`);
    expect(request?.headers.authorization).toBe(`Bearer ${token}`);
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.text).toMatch(/name="messaging_product"\r\n\r\nwhatsapp\r\n/);
    expect(request?.text).toMatch(/name="type"\r\n\r\napplication\/pdf\r\n/);
    expect(request?.text).toMatch(
      /name="file"; filename="report.pdf"\r\nContent-Type: application\/pdf\r\n\r\n%PDF-1.7 report\r\n/,
    );
  });

  it('R-MEDIA-7 refuses an unsupported type before uploading', async () => {
    const error = await client()
      .uploadMedia({ data: new Uint8Array([1]), mimeType: 'image/gif' })
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues[0]).toMatchObject({ path: '$.mimeType', rule: 'R-MEDIA-7' });
    expect(server.requests).toHaveLength(0);
  });

  it('R-MEDIA-7 refuses an image over 5 MB before uploading', async () => {
    const error = await client()
      .uploadMedia({ data: new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]), mimeType: 'image/jpeg' })
      .catch((caught: unknown) => caught);
    expect((error as ValidationError).issues[0]).toMatchObject({
      path: '$.data',
      rule: 'R-MEDIA-7',
      limit: 5 * 1024 * 1024,
    });
    expect(server.requests).toHaveLength(0);
  });

  it('looks up, downloads and deletes media by ID', async () => {
    const info = await client().getMediaUrl('4321');
    expect(info).toStrictEqual({
      id: '4321',
      url: `${server.origin}/files/4321?hash=abc`,
      mimeType: 'image/png',
      sha256: 'c0ffee',
      fileSize: MEDIA_BYTES.byteLength,
    });
    const downloaded = await client().downloadMedia('4321');
    expect(downloaded.data).toStrictEqual(MEDIA_BYTES);
    expect(downloaded.mimeType).toBe('image/png');
    await client().deleteMedia('4321');
    expect(
      server.requests.map((request) => [request.method, request.url, request.headers.authorization]),
    ).toStrictEqual([
      ['GET', `/v26.0/4321?phone_number_id=${phoneNumberId}`, `Bearer ${token}`],
      ['GET', `/v26.0/4321?phone_number_id=${phoneNumberId}`, `Bearer ${token}`],
      ['GET', '/files/4321?hash=abc', `Bearer ${token}`],
      ['DELETE', `/v26.0/4321?phone_number_id=${phoneNumberId}`, `Bearer ${token}`],
    ]);
  });

  it('maps a Graph error of a media lookup', async () => {
    server.reply({ status: 404, body: graphError(100, 'Unsupported get request.') });
    await expect(client().getMediaUrl('missing')).rejects.toMatchObject({
      name: 'CloudApiError',
      errorCode: 100,
      statusCode: 404,
    });
    expect(server.requests).toHaveLength(1);
  });
});
