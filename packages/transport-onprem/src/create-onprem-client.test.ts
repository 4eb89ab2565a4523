import { ValidationError } from '@wa/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OnPremTestServer, startOnPremServer } from '../test/onprem-test-server.ts';
import { clientFor, textMessage } from '../test/test-client.ts';
import { USER_AGENT } from './user-agent.ts';

let server: OnPremTestServer;

beforeEach(async () => {
  server = await startOnPremServer();
});
afterEach(async () => {
  await server.close();
});

/** The headers every authenticated request carries (host and connection details left out). */
function sentHeaders(path: string, method: string): Record<string, string | string[] | undefined> {
  const request = server.requestsTo(path, method)[0];
  if (request === undefined) throw new Error(`no ${method} ${path}`);
  const {
    authorization,
    'content-type': contentType,
    'user-agent': userAgent,
    'x-trace': trace,
  } = request.headers;
  return { authorization, 'content-type': contentType, 'user-agent': userAgent, 'x-trace': trace };
}

describe('send', () => {
  it('R-HTTP-2 R-HTTP-4 R-HTTP-5 posts to /v1/messages with JSON, the bearer token and the User-Agent', async () => {
    const client = clientFor(server, { headers: { 'x-trace': 'abc' } });
    const result = await client.send(textMessage);

    const [token] = [...server.tokens.keys()];
    expect(sentHeaders('/v1/messages', 'POST')).toStrictEqual({
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'user-agent': USER_AGENT,
      'x-trace': 'abc',
    });
    expect(server.requestsTo('/v1/messages', 'POST')[0]?.json).toStrictEqual({
      to: '15551234567',
      type: 'text',
      text: { body: 'Your order has shipped.' },
    });
    expect(result).toStrictEqual({
      api: 'onprem',
      messageId: 'gBEGkYiEB1VXAglK1ZEqA1YK1',
      contacts: [],
      messageStatus: undefined,
      meta: { api_status: 'stable', version: '2.53.2' },
      response: {
        messages: [{ id: 'gBEGkYiEB1VXAglK1ZEqA1YK1' }],
        meta: { api_status: 'stable', version: '2.53.2' },
      },
    });
  });

  it('R-RESP-3 reports a message held for quality assessment', async () => {
    const held = 'Message has been held because quality assessment is pending';
    server.respondNext('POST', '/v1/messages', {
      status: 201,
      body: { messages: [{ id: 'gBEGkYiEB1VXAglK1ZEqA1YK9', message_status: held }] },
    });
    const result = await clientFor(server).send(textMessage);
    expect(result).toMatchObject({
      messageId: 'gBEGkYiEB1VXAglK1ZEqA1YK9',
      messageStatus: held,
      meta: undefined,
    });
  });
});

describe('markRead', () => {
  it('puts { status: "read" } on /v1/messages/{id}', async () => {
    await clientFor(server).markRead('gBEGkYiEB1VXAglK1ZEqA1YK/1');
    const request = server.requestsTo('/v1/messages/gBEGkYiEB1VXAglK1ZEqA1YK%2F1', 'PUT')[0];
    expect(request?.json).toStrictEqual({ status: 'read' });
    expect(request?.headers['content-type']).toBe('application/json');
  });

  it('rejects an empty message ID before sending anything', async () => {
    const error = await clientFor(server)
      .markRead(' ')
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(server.requests).toHaveLength(0);
  });
});

describe('media', () => {
  it('uploads raw bytes with their Content-Type, downloads them back and deletes them', async () => {
    const client = clientFor(server);
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

    const { id } = await client.uploadMedia({ data: bytes, mimeType: 'image/jpeg' });
    const upload = server.requestsTo('/v1/media', 'POST')[0];
    expect(upload?.headers['content-type']).toBe('image/jpeg');
    expect(new Uint8Array(upload?.body ?? [])).toStrictEqual(bytes);

    const downloaded = await client.downloadMedia(id);
    expect(downloaded).toStrictEqual({ data: bytes, mimeType: 'image/jpeg' });

    await client.deleteMedia(id);
    expect(server.requestsTo(`/v1/media/${id}`, 'DELETE')).toHaveLength(1);
    const gone = await client.downloadMedia(id).catch((caught: unknown) => caught);
    expect(gone).toMatchObject({ statusCode: 404, errorCode: 1006, isRetryable: false });
  });

  it('uploads a Blob', async () => {
    const client = clientFor(server);
    const { id } = await client.uploadMedia({
      data: new Blob(['%PDF-1.7 sample'], { type: 'application/pdf' }),
      mimeType: 'application/pdf',
    });
    expect(server.requestsTo('/v1/media', 'POST')[0]?.body.toString()).toBe('%PDF-1.7 sample');
    expect((await client.downloadMedia(id)).mimeType).toBe('application/pdf');
  });

  it.each(['', 'jpeg', 'image/'])('rejects the MIME type %j before uploading', async (mimeType) => {
    const error = await clientFor(server)
      .uploadMedia({ data: new Uint8Array([1]), mimeType })
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(server.requests).toHaveLength(0);
  });
});

describe('checkContacts', () => {
  it('R-REQ-2 posts the numbers with blocking "wait" and returns their WhatsApp IDs', async () => {
    const checks = await clientFor(server).checkContacts(['+1 555 123 4567', '123'], { forceCheck: true });

    expect(server.requestsTo('/v1/contacts', 'POST')[0]?.json).toStrictEqual({
      blocking: 'wait',
      contacts: ['+1 555 123 4567', '123'],
      force_check: true,
    });
    expect(checks).toStrictEqual([
      { input: '+1 555 123 4567', status: 'valid', waId: '15551234567' },
      { input: '123', status: 'invalid', waId: undefined },
    ]);
  });

  it('rejects an empty list before sending anything', async () => {
    const error = await clientFor(server)
      .checkContacts([])
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(server.requests).toHaveLength(0);
  });
});

describe('health', () => {
  it('R-DLV-8 reads a single instance', async () => {
    const health = await clientFor(server).health();
    expect(health).toStrictEqual({
      healthy: true,
      nodes: [{ node: undefined, gatewayStatus: 'connected', role: undefined }],
      response: {
        health: { gateway_status: 'connected' },
        meta: { api_status: 'stable', version: '2.53.2' },
      },
    });
  });

  it('R-DLV-8 reads every node of a multi-node setup and is unhealthy when one is disconnected', async () => {
    server.respondNext('GET', '/v1/health', {
      body: {
        health: {
          'wa-master-1:3b4f': { gateway_status: 'connected', role: 'primary_master' },
          'wa-core-1:9c2d': { gateway_status: 'disconnected', role: 'coreapp' },
        },
      },
    });
    const health = await clientFor(server).health();
    expect(health.healthy).toBe(false);
    expect(health.nodes).toStrictEqual([
      { node: 'wa-master-1:3b4f', gatewayStatus: 'connected', role: 'primary_master' },
      { node: 'wa-core-1:9c2d', gatewayStatus: 'disconnected', role: 'coreapp' },
    ]);
  });
});

describe('pacing', () => {
  it('R-PERF-1 keeps at most maxConcurrency sends in flight', async () => {
    const client = clientFor(server, { pacing: { maxConcurrency: 2, messagesPerSecond: 1000 } });
    await client.health(); // log in first, so that only sends are measured
    for (let i = 0; i < 6; i++)
      server.respondNext('POST', '/v1/messages', {
        delayMs: 30,
        status: 201,
        body: { messages: [{ id: `m${i}` }] },
      });
    server.maxInFlight = 0;

    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => client.send({ ...textMessage, to: `1555000000${i}` })),
    );

    expect(results.map((r) => r.messageId).sort()).toStrictEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
    expect(server.maxInFlight).toBe(2);
  });

  it('sends all at once when pacing is off', async () => {
    const client = clientFor(server, { pacing: false });
    await client.health();
    for (let i = 0; i < 4; i++)
      server.respondNext('POST', '/v1/messages', {
        delayMs: 30,
        status: 201,
        body: { messages: [{ id: `m${i}` }] },
      });
    server.maxInFlight = 0;
    await Promise.all(Array.from({ length: 4 }, () => client.send(textMessage)));
    expect(server.maxInFlight).toBe(4);
  });
});
