import { RequestError } from '@wa/schema';
import {
  RequestAbortedError,
  type RequestHookEvent,
  type ResponseHookEvent,
  type RetryHookEvent,
} from '@wa/transport-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, type GraphServer, graphError, startGraphServer } from '../test/graph-server.ts';
import { CloudApiError } from './cloud-api-error.ts';
import type { CloudClientSettings } from './cloud-client-settings.ts';
import { createCloudClient } from './create-cloud-client.ts';
import { GraphApiError } from './graph-api-error.ts';

const token = 'EAAG-test-token-never-logged';
const phoneNumberId = '106540352242922';
const to = '15551234567';
const fastRetry = {
  baseDelayMs: 1,
  maxDelayMs: 100,
  undeliverableBaseDelayMs: 5,
  budgetMs: 1000,
  maxAttempts: 3,
};
let server: GraphServer;

function client(settings: CloudClientSettings = {}) {
  return createCloudClient({
    accessToken: token,
    phoneNumberId,
    baseUrl: server.origin,
    retry: fastRetry,
    timeout: 2000,
    ...settings,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

beforeAll(async () => {
  server = await startGraphServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.reset();
});

describe('Graph errors', () => {
  it('carries every field of the Graph error body', async () => {
    server.reply({
      status: 400,
      body: {
        error: {
          message: '(#131047) Re-engagement message',
          type: 'OAuthException',
          code: 131047,
          error_subcode: 2494010,
          error_data: {
            messaging_product: 'whatsapp',
            details: 'More than 24 hours have passed since the recipient last replied.',
          },
          error_user_title: 'Outside the window',
          error_user_msg: 'Send a template.',
          is_transient: false,
          fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam',
        },
      },
    });
    const error = await failureOf(client().sendText(to, 'Hi'));
    expect(CloudApiError.isInstance(error)).toBe(true);
    // The deprecated alias recognises the same errors.
    expect(GraphApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'CloudApiError',
      mayHaveBeenSent: false,
      retryClass: 'never',
      code: 'WA_API_ERROR',
      api: 'cloud',
      statusCode: 400,
      errorCode: 131047,
      errorSubcode: 2494010,
      errorType: 'OAuthException',
      details: 'More than 24 hours have passed since the recipient last replied.',
      fbtraceId: 'Az8or2yhqkZfEZ-_4Qn_Bam',
      userTitle: 'Outside the window',
      userMessage: 'Send a template.',
      isTransient: false,
      isRetryable: false,
    });
    expect((error as Error).message).toBe(
      '[@wa/transport-cloud] HTTP 400 (code 131047): (#131047) Re-engagement message (More than 24 hours have passed since the recipient last replied.)',
    );
    expect(server.requests).toHaveLength(1);
  });

  // [rule, code, HTTP status, retryable, requests made with maxAttempts 3]
  it.each([
    ['R-ERR-3', 100, 400, false, 1],
    ['auth', 190, 401, false, 1],
    ['policy', 368, 403, false, 1],
    ['R-REQ-23', 131047, 400, false, 1],
    ['type', 131051, 400, false, 1],
    ['media', 131052, 400, false, 1],
    ['media', 131053, 400, false, 1],
    ['R-ERR-1 R-DLV-11', 131026, 400, false, 1],
    ['throughput', 130429, 400, true, 3],
    ['pair rate', 131056, 400, true, 3],
    ['WABA rate', 80007, 400, true, 3],
    ['R-DLV-3 service unavailable', 131016, 503, false, 1],
    ['R-DLV-3 API service', 2, 503, false, 1],
    ['R-DLV-3 temporarily unavailable', 133004, 503, false, 1],
    ['R-DLV-3 maintenance mode', 131057, 400, false, 1],
  ] as const)('%s: code %i is retried only when safe', async (_rule, code, status, retryable, requests) => {
    server.reply(...Array.from({ length: 3 }, () => ({ status, body: graphError(code, `error ${code}`) })));
    const error = await failureOf(client().sendText(to, 'Hi'));
    expect(error).toMatchObject({ errorCode: code, statusCode: status, isRetryable: retryable });
    expect(server.requests).toHaveLength(requests);
  });

  it('falls back to the status text when the body is not a Graph error', async () => {
    server.reply({ status: 502, body: '<html>Bad Gateway</html>' });
    const error = await failureOf(client().sendText(to, 'Hi'));
    expect(error).toMatchObject({
      statusCode: 502,
      errorCode: undefined,
      responseBody: '<html>Bad Gateway</html>',
    });
    expect((error as Error).message).toBe('[@wa/transport-cloud] HTTP 502: Bad Gateway');
    expect(server.requests).toHaveLength(1);
  });

  it('R-DLV-3 retries a read receipt after a 503 without a body, but never a send', async () => {
    server.reply({ status: 503, body: '' });
    await expect(client().markRead('wamid.IN1')).resolves.toBeUndefined();
    expect(server.requests).toHaveLength(2);
    server.reset();
    server.reply({ status: 503, body: '' });
    const error = await failureOf(client().sendText(to, 'Hi'));
    expect(error).toMatchObject({ statusCode: 503, mayHaveBeenSent: true, isRetryable: false });
    expect(server.requests).toHaveLength(1);
  });
});

/** Messages the stand-in created: send requests it read to the end and answered with a message ID. */
const sendsReceived = () => server.requests.filter((request) => request.url.endsWith('/messages')).length;

describe('no duplicate: a send is retried only when nothing was created (R-DLV-3)', () => {
  const transient = (status: number) => ({
    status,
    body: graphError(131000, 'Something went wrong', { is_transient: true }),
  });
  // [case, answer, requests made, messages created]
  it.each([
    ['500 with an is_transient Graph body', transient(500)],
    ['502 with an is_transient Graph body', transient(502)],
    ['503 with an is_transient Graph body', transient(503)],
    ['504 with an is_transient Graph body', transient(504)],
    ['500 without a body', { status: 500, body: '' }],
    ['502 from a proxy (HTML)', { status: 502, body: '<html>Bad Gateway</html>' }],
    ['503 from a proxy (HTML)', { status: 503, body: '<html>Service Unavailable</html>' }],
    ['504 from a proxy (HTML)', { status: 504, body: '<html>Gateway Timeout</html>' }],
    ['408 from a proxy', { status: 408, body: '' }],
    [
      'an unlisted code flagged is_transient',
      { status: 500, body: graphError(999_999, 'Temporary', { is_transient: true }) },
    ],
  ])('%s: one request, and the error says the message may have been sent', async (_case, answer) => {
    server.reply(answer, answer, answer);
    const error = await failureOf(client().sendText(to, 'Hi'));
    expect(error).toMatchObject({ code: 'WA_API_ERROR', mayHaveBeenSent: true, isRetryable: false });
    expect(sendsReceived()).toBe(1);
  });

  it.each([
    ['429 without a code', { status: 429, body: '' }],
    ['429 with code 130429', { status: 429, body: graphError(130429, 'Rate limit hit') }],
    ['pair rate limit 131056', { status: 400, body: graphError(131056, 'Pair rate limit hit') }],
    ['WABA rate limit 80007', { status: 400, body: graphError(80007, 'Rate limit issues') }],
    ['app rate limit 4', { status: 400, body: graphError(4, 'Too many calls') }],
  ])('%s: refused, so retried until the message ID, exactly one message created', async (_case, answer) => {
    server.reply(answer);
    const result = await client().sendText(to, 'Hi');
    expect(result.messageId).toMatch(/^wamid\./);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.text).toBe(server.requests[0]?.text);
  });

  it('a refused connection is retried and says nothing was sent when it never succeeds', async () => {
    const port = await closedPort();
    const error = await failureOf(client({ baseUrl: `http://127.0.0.1:${port}` }).sendText(to, 'Hi'));
    expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: false });
  });

  it('a rejected request (400, code 100) created nothing and is not retried', async () => {
    server.reply({ status: 400, body: graphError(100, 'Invalid parameter') });
    const error = await failureOf(client().sendText(to, 'Hi'));
    expect(error).toMatchObject({ mayHaveBeenSent: false, isRetryable: false, retryClass: 'never' });
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['media lookup', (c: ReturnType<typeof client>) => c.getMediaUrl('media-1')],
    ['media delete', (c: ReturnType<typeof client>) => c.deleteMedia('media-1')],
    ['read receipt', (c: ReturnType<typeof client>) => c.markRead('wamid.IN1')],
  ])('an idempotent %s is retried after a 500 with an is_transient body', async (_case, run) => {
    server.reply(transient(500));
    await run(client());
    expect(server.requests).toHaveLength(2);
  });
});

describe('retries', () => {
  it('waits for Retry-After on 429, resends the identical request once, and stops after the message ID', async () => {
    const retries: RetryHookEvent[] = [];
    server.reply({
      status: 429,
      body: graphError(130429, 'Rate limit hit'),
      headers: { 'retry-after': '0' },
    });
    const result = await client({ hooks: { onRetry: (event) => retries.push(event) } }).sendText(to, 'Hi');
    expect(result.messageId).toMatch(/^wamid\./);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.text).toBe(server.requests[0]?.text);
    expect(retries).toMatchObject([
      { operation: 'send', attempt: 1, delayMs: 0, retryClass: 'rate-limit', reason: 'HTTP 429 code 130429' },
    ]);
  });

  it('does not wait for a Retry-After longer than the policy allows', async () => {
    server.reply({
      status: 429,
      body: graphError(130429, 'Rate limit hit'),
      headers: { 'retry-after': '120' },
    });
    const error = await failureOf(client().sendText(to, 'Hi'));
    expect(error).toMatchObject({ errorCode: 130429, retryAfterMs: 120_000 });
    expect(server.requests).toHaveLength(1);
  });

  it('R-DLV-11 R-TPL-MKT-5 fails fast on 131026 with a retry class and a suggested delay for a queue', async () => {
    const retries: RetryHookEvent[] = [];
    server.reply({ status: 400, body: graphError(131026, 'Message undeliverable') });
    const settings = {
      retry: { ...fastRetry, maxAttempts: 4, undeliverableBaseDelayMs: 900_000 },
      hooks: { onRetry: (event: RetryHookEvent) => retries.push(event) },
    };
    const error = await failureOf(client(settings).sendText(to, 'Hi'));
    expect(error).toMatchObject({
      errorCode: 131026,
      retryClass: 'undeliverable',
      isRetryable: false,
      mayHaveBeenSent: false,
      suggestedRetryDelayMs: 900_000,
    });
    expect(retries).toStrictEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('lets the policy opt out of a retry', async () => {
    server.reply({ status: 429, body: graphError(130429, 'Rate limit hit') });
    const retry = { ...fastRetry, isRetryable: () => false };
    await expect(client({ retry }).sendText(to, 'Hi')).rejects.toMatchObject({ errorCode: 130429 });
    expect(server.requests).toHaveLength(1);
  });

  it('retries a refused connection: the request never left', async () => {
    const port = await closedPort();
    const retries: RetryHookEvent[] = [];
    const error = await failureOf(
      client({
        baseUrl: `http://127.0.0.1:${port}`,
        hooks: { onRetry: (event) => retries.push(event) },
      }).sendText(to, 'Hi'),
    );
    expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: false });
    expect(retries).toHaveLength(2);
  });
});

describe('ambiguous failures are never resent (R-DLV-3)', () => {
  it('a timeout after sending surfaces WA_TIMEOUT and sends once', async () => {
    server.reply({ status: 200, body: {}, delayMs: 500 });
    const error = await failureOf(client({ timeout: 50 }).sendText(to, 'Hi'));
    expect(RequestError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_TIMEOUT', mayHaveBeenSent: true });
    expect((error as Error).message).toContain('may have reached the server');
    expect(server.requests).toHaveLength(1);
  });

  it.each(['before-body', 'after-body', 'mid-response'] as const)(
    'a connection cut %s sends once',
    async (destroy) => {
      server.reply({ destroy });
      const connectionsBefore = server.connections;
      const error = await failureOf(client().sendText(to, 'Hi'));
      expect(error).toMatchObject({ code: 'WA_NETWORK_ERROR', mayHaveBeenSent: true });
      expect(server.requests).toHaveLength(1);
      expect(server.connections - connectionsBefore).toBeLessThanOrEqual(1);
    },
  );

  it('an idempotent read receipt is retried after a timeout', async () => {
    server.reply({ status: 200, body: { success: true }, delayMs: 500 });
    await client({ timeout: 100 }).markRead('wamid.IN');
    expect(server.requests).toHaveLength(2);
  });
});

describe('abort', () => {
  it('removes a send still queued by the pacer: nothing is sent', async () => {
    const paced = client({ pacing: { messagesPerSecond: 1, burst: 1 } });
    await paced.sendText(to, 'first');
    const controller = new AbortController();
    const queued = paced.sendText('15550000000', 'second', { signal: controller.signal });
    controller.abort(new Error('user cancelled'));
    const error = await failureOf(queued);
    expect(RequestAbortedError.isInstance(error) && error.mayHaveBeenSent).toBe(false);
    expect((error as Error).message).toBe('[@wa/transport-cloud] The call was aborted. Nothing was sent.');
    expect(server.requests).toHaveLength(1);
  });

  it('cancels a send in flight and says it may have been sent', async () => {
    server.reply({ status: 200, body: {}, delayMs: 1000 });
    const controller = new AbortController();
    const pending = client().sendText(to, 'Hi', { signal: controller.signal });
    // Abort only once the server holds the request, however slow the machine is.
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'WA_ABORTED', mayHaveBeenSent: true });
    expect(server.requests).toHaveLength(1);
  });
});

describe('hooks', () => {
  it('report every attempt and retry without the access token', async () => {
    const before: RequestHookEvent[] = [];
    const after: ResponseHookEvent[] = [];
    const retries: RetryHookEvent[] = [];
    server.reply({ status: 400, body: graphError(131056, 'Pair rate limit hit') });
    await client({
      hooks: {
        beforeRequest: (event) => before.push(event),
        afterResponse: (event) => after.push(event),
        onRetry: (event) => retries.push(event),
      },
    }).sendText(to, 'Hi');
    expect(
      before.map((event) => [event.operation, event.attempt, event.headers.authorization]),
    ).toStrictEqual([
      ['send', 1, '[redacted]'],
      ['send', 2, '[redacted]'],
    ]);
    expect(after.map((event) => [event.statusCode, event.error?.code])).toStrictEqual([
      [400, 'WA_API_ERROR'],
      [200, undefined],
    ]);
    expect(retries).toHaveLength(1);
    expect(
      JSON.stringify({ before, after, retries, errors: after.map((event) => event.error?.message) }),
    ).not.toContain(token);
  });
});

describe('credential headers', () => {
  it('redacts custom headers that carry credentials in hook events, like Authorization', async () => {
    const events: RequestHookEvent[] = [];
    server.reply({ status: 500, body: '' });
    const error = await failureOf(
      client({
        headers: { 'X-Proxy-Token': 'proxy-secret-1', 'X-Api-Key': 'proxy-secret-2', 'X-Trace': 'visible' },
        hooks: { beforeRequest: (event) => events.push(event) },
      }).sendText(to, 'Hi'),
    );
    expect(server.requests[0]?.headers['x-proxy-token']).toBe('proxy-secret-1');
    expect(events[0]?.headers).toMatchObject({
      'x-proxy-token': '[redacted]',
      'x-api-key': '[redacted]',
      'x-trace': 'visible',
      authorization: '[redacted]',
    });
    expect(JSON.stringify({ events, error, message: (error as Error).message })).not.toContain(
      'proxy-secret',
    );
  });
});

describe('pacing', () => {
  it('R-ERR pair rate: seven quick replies to one user go out without pacing delays by default', async () => {
    const paced: unknown[] = [];
    const conversation = client({ hooks: { onPaced: (event) => paced.push(event) } });
    const results = await Promise.all(
      Array.from({ length: 7 }, (_, index) => conversation.sendText(to, `Reply ${index + 1}`)),
    );
    expect(new Set(results.map((result) => result.messageId)).size).toBe(7);
    expect(server.requests).toHaveLength(7);
    expect(paced).toStrictEqual([]);
  });

  it('says through onPaced when a long burst to one user is spaced', async () => {
    const paced: Array<{ operation: string; reason: string }> = [];
    const burst = client({
      pacing: { recipientIntervalMs: 10, recipientBurst: 2 },
      hooks: { onPaced: (event) => paced.push(event) },
    });
    await Promise.all(Array.from({ length: 3 }, () => burst.sendText(to, 'Hi')));
    expect(server.requests).toHaveLength(3);
    expect(paced).toMatchObject([{ operation: 'send', reason: 'recipient' }]);
  });

  it('paces a burst within the concurrency bound and sends each message exactly once', async () => {
    let inFlight = 0;
    let highest = 0;
    const paced = client({
      pacing: { messagesPerSecond: 1000, maxConcurrency: 3 },
      hooks: {
        beforeRequest: () => {
          inFlight++;
          highest = Math.max(highest, inFlight);
        },
        afterResponse: () => {
          inFlight--;
        },
      },
    });
    const recipients = Array.from({ length: 40 }, (_, index) => `1555000${String(index).padStart(4, '0')}`);
    const results = await Promise.all(recipients.map((recipient) => paced.sendText(recipient, 'Sale!')));
    expect(new Set(results.map((result) => result.messageId)).size).toBe(40);
    expect(server.requests.map((request) => (request.json as { to: string }).to).sort()).toStrictEqual(
      recipients,
    );
    expect(highest).toBeLessThanOrEqual(3);
  });

  it('spaces messages to one recipient (pair rate limit) without delaying others', async () => {
    const paced = client({ pacing: { messagesPerSecond: 1000, recipientIntervalMs: 40, recipientBurst: 1 } });
    await Promise.all([
      paced.sendText('1555000A', 'one'),
      paced.sendText('1555000A', 'two'),
      paced.sendText('1555000B', 'three'),
    ]);
    expect(
      server.requests.map((request) => (request.json as { text: { body: string } }).text.body),
    ).toStrictEqual(['one', 'three', 'two']);
  });
});
