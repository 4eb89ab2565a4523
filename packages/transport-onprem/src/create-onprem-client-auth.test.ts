import { inspect } from 'node:util';
import { RequestAbortedError } from '@wa/transport-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OnPremTestServer, startOnPremServer } from '../test/onprem-test-server.ts';
import { clientFor, textMessage } from '../test/test-client.ts';
import { createOnPremClient } from './create-onprem-client.ts';
import { OnPremApiError } from './onprem-api-error.ts';

let server: OnPremTestServer;

beforeEach(async () => {
  server = await startOnPremServer({ username: 'api-user', password: 'Tr0ub4dor&3!' });
});
afterEach(async () => {
  await server.close();
});

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

describe('authentication lifecycle', () => {
  it('logs in with HTTP Basic once, then sends the bearer token with every request', async () => {
    const client = clientFor(server);
    await client.send(textMessage);
    await client.send(textMessage);
    await client.markRead('wamid-incoming-1');

    const logins = server.requestsTo('/v1/users/login', 'POST');
    expect(logins).toHaveLength(1);
    expect(logins[0]?.headers.authorization).toBe(basic('api-user', 'Tr0ub4dor&3!'));
    expect(logins[0]?.headers['content-type']).toBe('application/json');
    expect(logins[0]?.json).toStrictEqual({});
    const [token] = [...server.tokens.keys()];
    const authorized = server.requests.filter((r) => r.path !== '/v1/users/login');
    expect(authorized).toHaveLength(3);
    for (const request of authorized) expect(request.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('logs in again before the token expires (expires_after minus the refresh margin)', async () => {
    server.tokenLifetimeMs = 60_000;
    const client = clientFor(server, { tokenRefreshMarginMs: 120_000 });
    await client.send(textMessage);
    await client.send(textMessage);

    expect(server.loginCount).toBe(2);
    const sends = server.requestsTo('/v1/messages', 'POST');
    expect(sends[0]?.headers.authorization).not.toBe(sends[1]?.headers.authorization);
    expect(server.requests.map((r) => r.path)).toStrictEqual([
      '/v1/users/login',
      '/v1/messages',
      '/v1/users/login',
      '/v1/messages',
    ]);
  });

  it('keeps a token that is far from expiry', async () => {
    server.tokenLifetimeMs = 3_600_000;
    const client = clientFor(server, { tokenRefreshMarginMs: 60_000 });
    await client.send(textMessage);
    await client.send(textMessage);
    expect(server.loginCount).toBe(1);
  });

  it('recovers from a 401 with one fresh login and one retry of the request', async () => {
    const client = clientFor(server);
    await client.send(textMessage);
    server.revokeTokens();

    const result = await client.send(textMessage);

    expect(result.messageId).toMatch(/^gBEGkYiEB1VXAglK1ZEqA1YK/);
    expect(server.loginCount).toBe(2);
    const sends = server.requestsTo('/v1/messages', 'POST');
    expect(sends).toHaveLength(3);
    expect(sends[1]?.headers.authorization).toBe(sends[0]?.headers.authorization);
    expect(sends[2]?.headers.authorization).not.toBe(sends[1]?.headers.authorization);
  });

  it('gives up after the retry when the fresh token is refused too (a 401 is retried once only)', async () => {
    const client = clientFor(server);
    const refused = {
      status: 401,
      body: { errors: [{ code: 1005, title: 'Access denied', details: 'Invalid token' }] },
    };
    server.respondNext('POST', '/v1/messages', refused);
    server.respondNext('POST', '/v1/messages', refused);

    const error = await client.send(textMessage).catch((caught: unknown) => caught);

    expect(OnPremApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 401, errorCode: 1005, isRetryable: false });
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(2);
    expect(server.loginCount).toBe(2);
  });

  it('runs exactly one login for concurrent sends that all need a token', async () => {
    const client = clientFor(server);
    server.holdLogins();
    const sends = Array.from({ length: 12 }, () => client.send(textMessage));
    await server.waitForLogins(1);
    // Give every send the chance to ask for a token while the login is held.
    await new Promise((resolve) => setTimeout(resolve, 20));
    server.releaseLogins();

    const results = await Promise.all(sends);

    expect(server.loginCount).toBe(1);
    expect(new Set(results.map((r) => r.messageId)).size).toBe(12);
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(12);
  });

  it('runs exactly one re-login when concurrent sends all meet a 401 during a refresh', async () => {
    const client = clientFor(server);
    await client.send(textMessage);
    server.revokeTokens();
    server.holdLogins();
    const sends = Array.from({ length: 8 }, () => client.send(textMessage));
    await server.waitForLogins(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    server.releaseLogins();

    await Promise.all(sends);

    expect(server.loginCount).toBe(2);
    // 1 first send + 8 refused + 8 retried with the fresh token: nothing sent twice after acceptance.
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(17);
  });

  it('rejects with RequestAbortedError, and sends nothing, when aborted while the login runs', async () => {
    const client = clientFor(server);
    server.holdLogins();
    const controller = new AbortController();
    const sending = client
      .send(textMessage, { signal: controller.signal })
      .catch((caught: unknown) => caught);
    await server.waitForLogins(1);
    controller.abort(new Error('user cancelled'));
    const error = await sending;
    server.releaseLogins();

    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_ABORTED', mayHaveBeenSent: false });
    await client.health();
    expect(server.requestsTo('/v1/messages')).toHaveLength(0);
    expect(server.loginCount).toBe(1);
  });

  it('reports wrong credentials as a 401 OnPremApiError, without retrying and without sending', async () => {
    const client = clientFor(server, { password: 'wrong-Passw0rd!' });
    const error = await client.send(textMessage).catch((caught: unknown) => caught);

    expect(OnPremApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 401, errorCode: 1005, api: 'onprem' });
    expect(server.loginCount).toBe(1);
    expect(server.requestsTo('/v1/messages')).toHaveLength(0);
  });

  it('uses a fixed token as is, and does not retry its 401', async () => {
    const client = createOnPremClient({ baseUrl: server.url, token: 'expired-token-value', retry: false });
    const error = await client.send(textMessage).catch((caught: unknown) => caught);

    expect(server.loginCount).toBe(0);
    expect(server.requestsTo('/v1/messages', 'POST')).toHaveLength(1);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer expired-token-value');
    expect(error).toMatchObject({ statusCode: 401, isRetryable: false });
  });

  it('never puts the password or a token in errors or hook events', async () => {
    const events: unknown[] = [];
    const client = clientFor(server, {
      hooks: {
        beforeRequest: (event) => events.push(event),
        afterResponse: (event) => events.push(event),
        onRetry: (event) => events.push(event),
      },
    });
    await client.send(textMessage);
    server.respondNext('POST', '/v1/messages', { delayMs: 500 });
    const timeout = await clientFor(server, { timeout: 50 })
      .send(textMessage)
      .catch((caught: unknown) => caught);
    server.respondNext('POST', '/v1/users/login', { delayMs: 500 });
    const loginTimeout = await clientFor(server, { timeout: 50, retry: false })
      .send(textMessage)
      .catch((caught: unknown) => caught);
    const wrongLogin = await clientFor(server, { password: 'Wr0ng-pass!' })
      .send(textMessage)
      .catch((caught: unknown) => caught);

    const secrets = [
      'Tr0ub4dor&3!',
      'Wr0ng-pass!',
      Buffer.from('api-user:Tr0ub4dor&3!').toString('base64'),
      Buffer.from('api-user:Wr0ng-pass!').toString('base64'),
      ...server.tokens.keys(),
    ];
    expect(loginTimeout).toMatchObject({ code: 'WA_TIMEOUT' });
    const surfaces = [
      JSON.stringify(events),
      inspect(timeout, { depth: 8 }),
      inspect(loginTimeout, { depth: 8 }),
      inspect(wrongLogin, { depth: 8 }),
    ];
    for (const surface of surfaces) {
      for (const secret of secrets) expect(surface).not.toContain(secret);
    }
    expect(events.length).toBeGreaterThan(0);
  });
});
