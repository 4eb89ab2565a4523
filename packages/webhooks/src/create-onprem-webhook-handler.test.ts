import { MissingSettingError, ValidationError } from '@wa/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureText } from '../test/fixtures.ts';
import { textNotification } from '../test/payloads.ts';
import { startServer, type TestServer } from '../test/test-server.ts';
import { createNodeListener } from './adapters/node.ts';
import { constantTimeEqual } from './constant-time-equal.ts';
import { createOnPremWebhookHandler } from './create-onprem-webhook-handler.ts';
import type { OnPremWebhookHandlerOptions } from './onprem-webhook-handler-options.ts';
import type { WebhookEvent } from './webhook-event.ts';

const PATH_SECRET = 'k3Jx9-QmZ7_vLp2.Rt8~Wn4YbHs6';
const USERNAME = 'whatsapp-client';
const PASSWORD = 'correct horse battery staple';
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function setup(
  options: Partial<OnPremWebhookHandlerOptions>,
): Promise<{ url: string; events: WebhookEvent[] }> {
  const handler = createOnPremWebhookHandler(options as OnPremWebhookHandlerOptions);
  const events: WebhookEvent[] = [];
  handler.onAny((event) => {
    events.push(event);
  });
  const server = await startServer(createNodeListener(handler));
  servers.push(server);
  return { url: server.url, events };
}

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

function postTo(url: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

const onPremBody = fixtureText('onprem-delivery-messages');

describe('createOnPremWebhookHandler (unsigned On-Premises deliveries)', () => {
  it('dispatches a delivery on the secret path', async () => {
    const { url, events } = await setup({ pathSecret: PATH_SECRET });
    const response = await postTo(`${url}/webhook/onprem/${PATH_SECRET}`, onPremBody);
    expect(response.status).toBe(200);
    expect(events.map((event) => [event.api, event.name])).toEqual([
      ['onprem', 'message.text'],
      ['onprem', 'message.image'],
    ]);
  });

  it.each([
    ['no secret segment', '/webhook/onprem'],
    ['a wrong secret', `/webhook/onprem/${PATH_SECRET.slice(0, -1)}x`],
    ['a longer secret', `/webhook/onprem/${PATH_SECRET}x`],
    ['the secret in the query only', `/webhook/onprem?s=${PATH_SECRET}`],
  ])('answers 404 to %s and dispatches nothing', async (_case, path) => {
    const { url, events } = await setup({ pathSecret: PATH_SECRET });
    const response = await postTo(`${url}${path}`, onPremBody);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('WA_WEBHOOK_NOT_FOUND');
    expect(events).toEqual([]);
  });

  it('checks HTTP Basic credentials', async () => {
    const { url, events } = await setup({ basicAuth: { username: USERNAME, password: PASSWORD } });
    expect((await postTo(url, onPremBody, { authorization: basic(USERNAME, PASSWORD) })).status).toBe(200);
    expect(events).toHaveLength(2);
  });

  it.each([
    ['no Authorization header', undefined],
    ['a wrong password', basic(USERNAME, `${PASSWORD}!`)],
    ['a wrong user', basic('someone', PASSWORD)],
    ['a Bearer token', `Bearer ${PASSWORD}`],
    ['malformed base64', 'Basic %%%'],
  ])('answers 401 with WWW-Authenticate to %s', async (_case, authorization) => {
    const { url, events } = await setup({ basicAuth: { username: USERNAME, password: PASSWORD } });
    const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
    const response = await postTo(url, onPremBody, headers);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    const text = await response.text();
    expect(text).not.toContain(PASSWORD);
    expect(JSON.parse(text).error.code).toBe('WA_WEBHOOK_UNAUTHORIZED');
    expect(events).toEqual([]);
  });

  it('requires both when both are configured', async () => {
    const { url } = await setup({
      pathSecret: PATH_SECRET,
      basicAuth: { username: USERNAME, password: PASSWORD },
    });
    const authorization = basic(USERNAME, PASSWORD);
    expect((await postTo(`${url}/${PATH_SECRET}`, onPremBody)).status).toBe(401);
    expect((await postTo(`${url}/other`, onPremBody, { authorization })).status).toBe(404);
    expect((await postTo(`${url}/${PATH_SECRET}`, onPremBody, { authorization })).status).toBe(200);
  });

  it('refuses a Cloud-shaped body with 400, and applies the size limit and content type', async () => {
    const { url, events } = await setup({ pathSecret: PATH_SECRET, maxBodyBytes: 2048 });
    const target = `${url}/${PATH_SECRET}`;
    const cloud = await postTo(target, JSON.stringify(textNotification('wamid.cloud')));
    expect(cloud.status).toBe(400);
    expect(((await cloud.json()) as { error: { code: string } }).error.code).toBe(
      'WA_WEBHOOK_INVALID_PAYLOAD',
    );
    expect((await postTo(target, onPremBody.replace('Hello', 'x'.repeat(4096)))).status).toBe(413);
    expect((await postTo(target, onPremBody, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await postTo(target, '{not json')).status).toBe(400);
    expect((await fetch(target)).status).toBe(405);
    expect(events).toEqual([]);
  });

  it('deduplicates like the Cloud handler and answers 500 on a listener failure (at-least-once)', async () => {
    const handler = createOnPremWebhookHandler({ pathSecret: PATH_SECRET });
    handler.onError(() => undefined);
    let attempts = 0;
    handler.on('message.text', () => {
      attempts += 1;
      if (attempts === 1) throw new Error('once');
    });
    const server = await startServer(createNodeListener(handler));
    servers.push(server);
    const target = `${server.url}/${PATH_SECRET}`;
    expect((await postTo(target, onPremBody)).status).toBe(500);
    expect((await postTo(target, onPremBody)).status).toBe(200);
    expect((await postTo(target, onPremBody)).status).toBe(200);
    expect(attempts).toBe(2);
  });

  it('throws MissingSettingError without any authentication', () => {
    expect(() => createOnPremWebhookHandler({})).toThrow(MissingSettingError);
  });

  it.each([
    [{ pathSecret: 'short' }, '$.pathSecret'],
    [{ pathSecret: `${PATH_SECRET}/x` }, '$.pathSecret'],
    [{ basicAuth: { username: 'a:b', password: PASSWORD } }, '$.basicAuth.username'],
    [{ basicAuth: { username: USERNAME, password: 'short' } }, '$.basicAuth.password'],
    [{ pathSecret: PATH_SECRET, waitUntil: () => undefined }, '$.waitUntil'],
  ])('refuses %j with a ValidationError at %s', (options, path) => {
    let caught: unknown;
    try {
      createOnPremWebhookHandler(options as OnPremWebhookHandlerOptions);
    } catch (error) {
      caught = error;
    }
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).issues[0]?.path).toBe(path);
    expect((caught as Error).message).not.toContain(PASSWORD);
  });
});

describe('constantTimeEqual', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['ab', 'abc', false],
    ['abcd', 'abc', false],
    ['', 'abc', false],
    ['', '', true],
    ['é', 'é', true],
  ])('%j vs %j: %s', (actual, expected, equal) => {
    expect(constantTimeEqual(actual, expected)).toBe(equal);
  });
});
