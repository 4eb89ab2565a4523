import { ApiError, RequestError, WaError } from '@wa/schema';
import type { RetryHookEvent } from '@wa/transport-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type OnPremTestServer,
  type ScriptedResponse,
  startOnPremServer,
} from '../test/onprem-test-server.ts';
import { clientFor, textMessage } from '../test/test-client.ts';
import { OnPremApiError } from './onprem-api-error.ts';

let server: OnPremTestServer;

beforeEach(async () => {
  server = await startOnPremServer();
});
afterEach(async () => {
  await server.close();
});

const meta = { api_status: 'stable', version: '2.53.2' };
const onPremError = (code: number, title: string, details?: string) => ({
  errors: [{ code, title, ...(details === undefined ? {} : { details }) }],
  meta,
});

interface ErrorCase {
  name: string;
  response: ScriptedResponse;
  expected: { statusCode: number; errorCode: number | undefined; message: string; isRetryable: boolean };
}

const rejectedSends: ErrorCase[] = [
  {
    name: 'R-ERR-4 1008 required parameter missing',
    response: {
      status: 400,
      body: onPremError(1008, 'Required parameter is missing', 'Parameter "to" is missing'),
    },
    expected: {
      statusCode: 400,
      errorCode: 1008,
      message:
        '[@wa/transport-onprem] HTTP 400 (code 1008): Required parameter is missing (Parameter "to" is missing)',
      isRetryable: false,
    },
  },
  {
    name: 'R-ERR-4 1009 parameter value not valid',
    response: { status: 400, body: onPremError(1009, 'Parameter value is not valid') },
    expected: {
      statusCode: 400,
      errorCode: 1009,
      message: '[@wa/transport-onprem] HTTP 400 (code 1009): Parameter value is not valid',
      isRetryable: false,
    },
  },
  {
    name: 'R-ERR-4 1013 user is not valid',
    response: { status: 400, body: onPremError(1013, 'User is not valid') },
    expected: {
      statusCode: 400,
      errorCode: 1013,
      message: '[@wa/transport-onprem] HTTP 400 (code 1013): User is not valid',
      isRetryable: false,
    },
  },
  {
    name: 'R-DLV-3 1014 internal error (outcome unknown: never sent again)',
    response: { status: 500, body: onPremError(1014, 'Internal error') },
    expected: {
      statusCode: 500,
      errorCode: 1014,
      message: '[@wa/transport-onprem] HTTP 500 (code 1014): Internal error',
      isRetryable: false,
    },
  },
  {
    name: 'R-DLV-3 HTTP 500 without a body',
    response: { status: 500, body: null },
    expected: {
      statusCode: 500,
      errorCode: undefined,
      message: '[@wa/transport-onprem] HTTP 500: Internal Server Error',
      isRetryable: false,
    },
  },
  {
    name: 'R-DLV-3 HTTP 502 with a proxy page instead of JSON',
    response: {
      status: 502,
      body: Buffer.from('<html><body>Bad gateway</body></html>'),
      headers: { 'content-type': 'text/html' },
    },
    expected: {
      statusCode: 502,
      errorCode: undefined,
      message: '[@wa/transport-onprem] HTTP 502: Bad Gateway',
      isRetryable: false,
    },
  },
];

describe('On-Prem error bodies', () => {
  it.each(rejectedSends)('$name becomes an OnPremApiError, sent once', async ({ response, expected }) => {
    server.respondNext('POST', '/v1/messages', response);
    const error = await clientFor(server)
      .send(textMessage)
      .catch((caught: unknown) => caught);

    expect(OnPremApiError.isInstance(error)).toBe(true);
    expect(ApiError.isInstance(error)).toBe(true);
    expect(WaError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ api: 'onprem', code: 'WA_API_ERROR', name: 'OnPremApiError', ...expected });
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(1);
  });

  it('keeps every entry of errors[], the details and the body', async () => {
    const body = {
      errors: [
        {
          code: 1009,
          title: 'Parameter value is not valid',
          details: 'text.body is too long',
          href: '/docs/errors',
        },
        { code: 1008, title: 'Required parameter is missing' },
      ],
      meta,
    };
    server.respondNext('POST', '/v1/messages', { status: 400, body });
    const error = (await clientFor(server)
      .send(textMessage)
      .catch((caught: unknown) => caught)) as OnPremApiError;

    expect(error.errors).toStrictEqual([
      {
        code: 1009,
        title: 'Parameter value is not valid',
        details: 'text.body is too long',
        href: '/docs/errors',
      },
      { code: 1008, title: 'Required parameter is missing', details: undefined, href: undefined },
    ]);
    expect(error.details).toBe('text.body is too long');
    expect(error.responseBody).toStrictEqual(body);
    expect(error.retryAdvice).toBe('never');
  });
});

describe('retries (never a duplicate message)', () => {
  it.each([
    ['R-PERF-1 1015 too many requests (HTTP 429)', 429, onPremError(1015, 'Too many requests'), 'rate-limit'],
    ['1011 service not ready', 503, onPremError(1011, 'Service not ready'), 'transient'],
    ['1016 system overloaded', 503, onPremError(1016, 'System overloaded'), 'transient'],
    ['HTTP 429 without a code', 429, null, 'rate-limit'],
  ])('%s: the client refused the send, so it is sent again', async (_name, status, body, retryClass) => {
    const retries: RetryHookEvent[] = [];
    server.respondNext('POST', '/v1/messages', { status, body });
    const result = await clientFor(server, { hooks: { onRetry: (event) => retries.push(event) } }).send(
      textMessage,
    );

    expect(result.messageId).toBeTruthy();
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(2);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ operation: 'send', attempt: 1, retryClass });
  });

  it('honours Retry-After on a rate-limited send', async () => {
    const retries: RetryHookEvent[] = [];
    server.respondNext('POST', '/v1/messages', {
      status: 429,
      body: onPremError(1015, 'Too many requests'),
      headers: { 'retry-after': '0' },
    });
    await clientFor(server, { hooks: { onRetry: (event) => retries.push(event) } }).send(textMessage);
    expect(retries[0]?.delayMs).toBe(0);
  });

  // [case, HTTP status, body]
  it.each([
    ['HTTP 503 without a code', 503, null],
    ['HTTP 500 with 1014 internal error', 500, onPremError(1014, 'Internal error')],
    ['HTTP 500 with 1000 generic error', 500, onPremError(1000, 'Generic error')],
    ['HTTP 502 from a proxy', 502, '<html>Bad Gateway</html>'],
    ['HTTP 504 from a proxy', 504, '<html>Gateway Timeout</html>'],
  ])('R-DLV-3 %s: sent once, and the error says it may have been sent', async (_name, status, body) => {
    server.respondNext('POST', '/v1/messages', { status, body });
    server.respondNext('POST', '/v1/messages', { status, body });
    const error = await clientFor(server)
      .send(textMessage)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'WA_API_ERROR', mayHaveBeenSent: true, isRetryable: false });
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(1);
  });

  it('R-DLV-11 R-ERR-2 fails fast on 1026 (receiver incapable) with a suggested delay for a queue', async () => {
    const retries: RetryHookEvent[] = [];
    server.respondNext('POST', '/v1/messages', {
      status: 400,
      body: onPremError(1026, 'Receiver incapable'),
    });
    const error = await clientFor(server, {
      retry: { maxAttempts: 3, undeliverableBaseDelayMs: 60_000 },
      hooks: { onRetry: (event) => retries.push(event) },
    })
      .send(textMessage)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      errorCode: 1026,
      retryClass: 'undeliverable',
      retryAdvice: 'undeliverable',
      isRetryable: false,
      mayHaveBeenSent: false,
      suggestedRetryDelayMs: 60_000,
    });
    expect(retries).toStrictEqual([]);
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(1);
  });

  it('R-DLV-3 never sends again after a timeout: the client may have stored the message', async () => {
    server.respondNext('POST', '/v1/messages', { delayMs: 400 });
    const error = await clientFor(server, { timeout: 60 })
      .send(textMessage)
      .catch((caught: unknown) => caught);

    expect(RequestError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_TIMEOUT', mayHaveBeenSent: true });
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(1);
  });

  it('R-DLV-3 never sends again after the connection dropped mid-request', async () => {
    server.respondNext('POST', '/v1/messages', { destroy: true });
    const error = await clientFor(server)
      .send(textMessage)
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: true });
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(1);
  });

  it('R-DLV-3 never sends again after a 2xx answer it cannot read', async () => {
    server.respondNext('POST', '/v1/messages', { status: 201, body: { accepted: true } });
    const error = await clientFor(server)
      .send(textMessage)
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: true });
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(1);
  });

  it('retries an idempotent read after a timeout or a 500', async () => {
    server.respondNext('GET', '/v1/health', { delayMs: 400 });
    server.respondNext('GET', '/v1/health', { status: 500, body: onPremError(1000, 'Generic error') });
    const health = await clientFor(server, { timeout: 60 }).health();

    expect(health.healthy).toBe(true);
    expect(server.requestsTo('/v1/health')).toHaveLength(3);
  });

  it('retries a send that never reached the client (connection refused)', async () => {
    const url = server.url;
    await server.close();
    const retries: RetryHookEvent[] = [];
    const error = await clientFor(server, {
      baseUrl: url,
      retry: { maxAttempts: 3, baseDelayMs: 1, jitter: 'none' },
      hooks: { onRetry: (event) => retries.push(event) },
    })
      .send(textMessage)
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: false });
    // The login is what failed: it retried on its own, and the send (never started) was not repeated.
    expect(retries.map((r) => r.operation)).toStrictEqual(['login', 'login']);
    server = await startOnPremServer();
  });
});
