import { ApiError, RequestError } from '@wa/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, type LoopbackServer, startLoopbackServer } from '../test/loopback-server.ts';
import { createHttpClient, type HttpClientOptions, type HttpFailure } from './http-client.ts';
import { RequestAbortedError } from './request-aborted-error.ts';
import type { RequestHookEvent, ResponseHookEvent } from './transport-hooks.ts';

const token = 'EAAG-secret-token';
let server: LoopbackServer;
const failures: HttpFailure[] = [];

function client(overrides: Partial<HttpClientOptions> = {}) {
  return createHttpClient({
    packageName: '@wa/test',
    baseUrl: `${server.url}/v1`,
    headers: { authorization: `Bearer ${token}`, 'user-agent': 'wa/test' },
    timeoutMs: 2000,
    toApiError: (failure) => {
      failures.push(failure);
      const body = failure.body as { error?: { code?: number; message?: string } } | undefined;
      return new ApiError({
        api: 'cloud',
        statusCode: failure.statusCode,
        errorCode: body?.error?.code,
        message: body?.error?.message ?? failure.statusText,
        isRetryable: false,
        retryAfterMs: failure.retryAfterMs,
        packageName: '@wa/test',
      });
    },
    ...overrides,
  });
}

beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server.close();
});

describe('createHttpClient', () => {
  it('posts JSON with the configured headers and returns the parsed body', async () => {
    server.script({ status: 200, body: { ok: true } });
    const response = await client().request({
      operation: 'send',
      method: 'POST',
      url: '/messages',
      json: { a: 1 },
    });
    expect(response.body).toStrictEqual({ ok: true });
    const request = server.requests.at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/messages');
    expect(request?.body).toBe('{"a":1}');
    expect(request?.headers.authorization).toBe(`Bearer ${token}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['user-agent']).toBe('wa/test');
  });

  it('calls a custom fetch with the URL and the original body (undici-compatible)', async () => {
    server.script({ status: 200, body: { ok: 1 } });
    const seen: unknown[] = [];
    const customFetch: typeof fetch = (input, init) => {
      seen.push(input, init?.body);
      return fetch(input, init);
    };
    await client({ fetch: customFetch }).request({
      operation: 'send',
      method: 'POST',
      url: '/messages',
      json: { b: 2 },
    });
    expect(seen).toStrictEqual([`${server.url}/v1/messages`, '{"b":2}']);
    expect(server.requests.at(-1)?.body).toBe('{"b":2}');
  });

  it('encodes multipart form data itself, so that a fetch from another realm can send it', async () => {
    server.script({ status: 200, body: { id: '1' } });
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('file', new Blob(['abc'], { type: 'image/png' }), 'a.png');
    const seen: Array<RequestInit | undefined> = [];
    const customFetch: typeof fetch = (input, init) => {
      seen.push(init);
      return fetch(input, init);
    };
    await client({ fetch: customFetch }).request({
      operation: 'uploadMedia',
      method: 'POST',
      url: '/media',
      formData: form,
    });
    expect(seen[0]?.body).toBeInstanceOf(Blob);
    const request = server.requests.at(-1);
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(
      request?.headers['content-type'] ?? '',
    )?.[1];
    expect(boundary).toBeDefined();
    expect(request?.body).toContain(`--${boundary}`);
    expect(request?.body).toContain('name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nabc');
  });

  it('returns raw bytes for responseType bytes', async () => {
    server.script({ status: 200, body: 'binary' });
    const response = await client().request({
      operation: 'download',
      method: 'GET',
      url: '/file',
      responseType: 'bytes',
    });
    expect(new TextDecoder().decode(response.body as Uint8Array)).toBe('binary');
    expect(response.headers.get('content-type')).toBe('text/plain');
  });

  it('hands an error response to toApiError with its body and Retry-After', async () => {
    server.script({
      status: 429,
      body: { error: { code: 130429, message: 'Rate limit hit' } },
      headers: { 'retry-after': '2' },
    });
    const error = await client()
      .request({ operation: 'send', method: 'POST', url: '/messages', json: {} })
      .catch((caught: unknown) => caught);
    expect(ApiError.isInstance(error) && error.errorCode).toBe(130429);
    expect(failures.at(-1)).toMatchObject({
      statusCode: 429,
      body: { error: { code: 130429, message: 'Rate limit hit' } },
      retryAfterMs: 2000,
      operation: 'send',
      idempotent: false,
    });
  });

  it('hands a non-JSON error body over as text', async () => {
    server.script({ status: 502, body: 'Bad Gateway' });
    await expect(client().request({ operation: 'get', method: 'GET', url: '/x' })).rejects.toThrow(
      'Bad Gateway',
    );
    expect(failures.at(-1)?.body).toBe('Bad Gateway');
  });

  it('turns a slow answer into WA_TIMEOUT that may have been sent', async () => {
    server.script({ status: 200, body: {}, delayMs: 1000 });
    const error = await client({ timeoutMs: 50 })
      .request({ operation: 'send', method: 'POST', url: '/messages', json: {} })
      .catch((caught: unknown) => caught);
    expect(RequestError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_TIMEOUT', mayHaveBeenSent: true });
  });

  it('turns a refused connection into WA_NETWORK_ERROR that was not sent', async () => {
    const port = await closedPort();
    const error = await client({ baseUrl: `http://127.0.0.1:${port}` })
      .request({ operation: 'send', method: 'POST', url: '/messages', json: {} })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: false });
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it.each(['before-body', 'after-body'] as const)(
    'treats a reset %s as "may have been sent"',
    async (destroy) => {
      server.script({ destroy });
      const error = await client()
        .request({ operation: 'send', method: 'POST', url: '/messages', json: {} })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: true });
    },
  );

  it('treats an unreadable 2xx body as "may have been sent"', async () => {
    server.script({ status: 200, body: '{not json' });
    const error = await client()
      .request({ operation: 'send', method: 'POST', url: '/messages', json: {} })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: true });
  });

  it('maps the caller abort to WA_ABORTED, before and during the request', async () => {
    const reason = new Error('stop');
    const early = await client()
      .request({ operation: 'send', method: 'GET', url: '/x', signal: AbortSignal.abort(reason) })
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(early) && early.mayHaveBeenSent).toBe(false);

    server.script({ status: 200, body: {}, delayMs: 1000 });
    const controller = new AbortController();
    const pending = client().request({
      operation: 'send',
      method: 'GET',
      url: '/x',
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(reason), 20);
    const late = await pending.catch((caught: unknown) => caught);
    expect(late).toMatchObject({ code: 'WA_ABORTED', mayHaveBeenSent: true, cause: reason });
  });

  it('calls the hooks without the access token and survives a throwing hook', async () => {
    server.script({ status: 200, body: {} });
    const before: RequestHookEvent[] = [];
    const after: ResponseHookEvent[] = [];
    const http = client({
      hooks: {
        beforeRequest: (event) => {
          before.push(event);
          throw new Error('broken logger');
        },
        afterResponse: (event) => after.push(event),
      },
    });
    await http.request({ operation: 'markRead', method: 'POST', url: '/messages', json: {}, attempt: 2 });
    expect(before[0]).toStrictEqual({
      operation: 'markRead',
      method: 'POST',
      url: `${server.url}/v1/messages`,
      headers: { authorization: '[redacted]', 'user-agent': 'wa/test', 'content-type': 'application/json' },
      attempt: 2,
    });
    expect(after[0]).toMatchObject({ operation: 'markRead', statusCode: 200, error: undefined });
    expect(JSON.stringify([before, after])).not.toContain(token);
  });
});
