import { ApiError, RequestError } from '@wa/schema';
import ky from 'ky';
import { fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, type LoopbackServer, startLoopbackServer } from '../test/loopback-server.ts';
import { assessApiFailure } from './create-retry-classifier.ts';
import { createHttpClient, type HttpClientOptions, type HttpFailure } from './http-client.ts';
import { RequestAbortedError } from './request-aborted-error.ts';
import { resolveRetryPolicy } from './retry-policy.ts';
import type { RequestHookEvent, ResponseHookEvent, RetryHookEvent } from './transport-hooks.ts';

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
      const errorCode = body?.error?.code;
      const { retryClass, mayHaveBeenSent } = assessApiFailure(failure.statusCode, errorCode, (code) =>
        code === 130429 ? 'rate-limit' : undefined,
      );
      return new ApiError({
        api: 'cloud',
        statusCode: failure.statusCode,
        errorCode,
        message: body?.error?.message ?? failure.statusText,
        isRetryable: false,
        mayHaveBeenSent,
        retryClass,
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

describe('retries through ky (the classifier decides)', () => {
  const retry = resolveRetryPolicy({ maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 100, budgetMs: 1000 });
  const send = { operation: 'send', method: 'POST', url: '/messages', json: { to: '1' } } as const;
  const countSends = (since: number) => server.requests.slice(since).length;

  it('R-DLV-3 retries a 429 send and reports the retry', async () => {
    const retries: RetryHookEvent[] = [];
    server.script(
      { status: 429, body: { error: { code: 130429 } }, headers: { 'retry-after': '0' } },
      { status: 200, body: { id: 'm1' } },
    );
    const before = server.requests.length;
    const response = await client({ retry, hooks: { onRetry: (event) => retries.push(event) } }).request(
      send,
    );
    expect(response.body).toStrictEqual({ id: 'm1' });
    expect(countSends(before)).toBe(2);
    expect(retries).toMatchObject([{ operation: 'send', attempt: 1, delayMs: 0, retryClass: 'rate-limit' }]);
  });

  it.each([500, 502, 503, 504, 408])(
    'R-DLV-3 sends once after HTTP %i: the error says it may have been sent',
    async (status) => {
      server.script({ status, body: { error: { code: 2, is_transient: true } } }, { status: 200, body: {} });
      const before = server.requests.length;
      const error = await client({ retry })
        .request(send)
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ statusCode: status, mayHaveBeenSent: true, retryClass: 'if-idempotent' });
      expect(countSends(before)).toBe(1);
    },
  );

  it('retries an idempotent call after HTTP 500 and after a timeout', async () => {
    server.script(
      { status: 500, body: '' },
      { status: 200, body: {}, delayMs: 500 },
      { status: 200, body: { ok: 1 } },
    );
    const before = server.requests.length;
    const response = await client({ retry, timeoutMs: 100 }).request({
      operation: 'getMedia',
      method: 'GET',
      url: '/m',
      idempotent: true,
    });
    expect(response.body).toStrictEqual({ ok: 1 });
    expect(countSends(before)).toBe(3);
  });

  it('R-DLV-3 never retries a send after a timeout', async () => {
    server.script({ status: 200, body: {}, delayMs: 500 }, { status: 200, body: {} });
    const before = server.requests.length;
    const error = await client({ retry, timeoutMs: 50 })
      .request(send)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'WA_TIMEOUT', mayHaveBeenSent: true });
    expect(countSends(before)).toBe(1);
  });

  it('retries a refused connection, then says nothing was sent', async () => {
    const port = await closedPort();
    const retries: RetryHookEvent[] = [];
    const error = await client({
      baseUrl: `http://127.0.0.1:${port}`,
      retry,
      hooks: { onRetry: (event) => retries.push(event) },
    })
      .request(send)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: false });
    expect(retries.map((event) => event.retryClass)).toStrictEqual(['transient', 'transient']);
  });

  it('ends the retries when Retry-After exceeds maxDelayMs, keeping the wait on the error', async () => {
    server.script({ status: 429, body: {}, headers: { 'retry-after': '60' } }, { status: 200, body: {} });
    const before = server.requests.length;
    const error = await client({ retry })
      .request(send)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 429, retryAfterMs: 60_000, mayHaveBeenSent: false });
    expect(countSends(before)).toBe(1);
  });

  it('aborting during the wait before a retry gives WA_ABORTED with nothing sent', async () => {
    server.script({ status: 429, body: {}, headers: { 'retry-after': '5' } }, { status: 200, body: {} });
    const controller = new AbortController();
    const pending = client({ retry: { ...retry, maxDelayMs: 10_000, budgetMs: 10_000 } }).request({
      ...send,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('stop')), 100);
    const error = await pending.catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_ABORTED', mayHaveBeenSent: false });
  });
});

describe('custom fetch implementations', () => {
  it("ky alone cannot use undici's fetch: it hands over a Request of another realm", async () => {
    server.script({ status: 200, body: { ok: 1 } });
    const error = await ky
      .post(`${server.url}/v1/x`, { json: {}, fetch: undiciFetch as unknown as typeof fetch, retry: 0 })
      .json()
      .catch((caught: unknown) => caught);
    expect(String((error as Error).message)).toContain('[object Request]');
  });

  it("works with undici's fetch: the adapter calls it with a string URL and a plain init", async () => {
    server.script({ status: 200, body: { ok: 2 } });
    const response = await client({ fetch: undiciFetch as unknown as typeof fetch }).request({
      operation: 'send',
      method: 'POST',
      url: '/messages',
      json: { c: 3 },
    });
    expect(response.body).toStrictEqual({ ok: 2 });
    expect(server.requests.at(-1)?.body).toBe('{"c":3}');
    server.script({ status: 400, body: { error: { code: 100, message: 'Invalid parameter' } } });
    const error = await client({ fetch: undiciFetch as unknown as typeof fetch })
      .request({ operation: 'send', method: 'POST', url: '/messages', json: {} })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 400, errorCode: 100, mayHaveBeenSent: false });
  });
});

describe('credential headers in hook events', () => {
  it.each(['X-Auth-Token', 'x-api-key', 'X-Client-Secret', 'Cookie', 'X-Session-Id', 'Proxy-Authorization'])(
    'redacts a custom %s header like Authorization',
    async (name) => {
      server.script({ status: 500, body: '' });
      const events: Array<RequestHookEvent | ResponseHookEvent> = [];
      const error = await client({
        hooks: { beforeRequest: (event) => events.push(event), afterResponse: (event) => events.push(event) },
      })
        .request({
          operation: 'send',
          method: 'POST',
          url: '/messages',
          json: {},
          headers: { [name]: 'hunter2-secret' },
        })
        .catch((caught: unknown) => caught);
      expect(server.requests.at(-1)?.headers[name.toLowerCase()]).toBe('hunter2-secret');
      expect(events).toHaveLength(2);
      expect(events[0]?.headers[name.toLowerCase()]).toBe('[redacted]');
      expect(JSON.stringify(events)).not.toContain('hunter2');
      expect(JSON.stringify(error)).not.toContain('hunter2');
      expect((error as Error).message).not.toContain('hunter2');
    },
  );
});
