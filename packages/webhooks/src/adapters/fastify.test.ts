import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_SECRET, post, sign, textNotification } from '../../test/payloads.ts';
import { createWebhookHandler } from '../create-webhook-handler-node.ts';
import type { WebhookEvent } from '../webhook-event.ts';
import { createFastifyPlugin } from './fastify.ts';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function serve(maxBodyBytes?: number): Promise<{ url: string; events: WebhookEvent[] }> {
  const webhooks = createWebhookHandler({ appSecret: APP_SECRET, verifyToken: 'token', maxBodyBytes });
  const events: WebhookEvent[] = [];
  webhooks.onAny((event) => {
    events.push(event);
  });
  const app = Fastify();
  apps.push(app);
  await app.register(createFastifyPlugin(webhooks, { path: '/webhook' }));
  // The rest of the app keeps Fastify's JSON parser: the plugin's raw parser is encapsulated.
  app.post('/echo', async (request) => ({ parsed: request.body }));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, events };
}

const body = JSON.stringify(textNotification('wamid.fastify'), null, 1);

describe('createFastifyPlugin', () => {
  it('verifies the raw bytes and dispatches', async () => {
    const { url, events } = await serve();
    expect((await post(`${url}/webhook`, body)).status).toBe(200);
    expect(events.map((event) => event.name)).toEqual(['message.text']);
  });

  it('keeps JSON parsing for the other routes', async () => {
    const { url } = await serve();
    const response = await fetch(`${url}/echo`, {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(await response.json()).toEqual({ parsed: { a: 1 } });
  });

  it('answers the handshake', async () => {
    const { url } = await serve();
    const response = await fetch(`${url}/webhook?hub.mode=subscribe&hub.verify_token=token&hub.challenge=7`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('7');
  });

  it.each([
    ['a wrong signature', { 'x-hub-signature-256': sign('other') }, 401],
    ['a text body', { 'content-type': 'text/plain' }, 415],
  ])('answers %s with %i and dispatches nothing', async (_case, headers, expected) => {
    const { url, events } = await serve();
    expect((await post(`${url}/webhook`, body, headers)).status).toBe(expected);
    expect(events).toEqual([]);
  });

  it('answers 405 to other methods and 413 over the limit', async () => {
    const { url, events } = await serve(256);
    expect((await fetch(`${url}/webhook`, { method: 'DELETE' })).status).toBe(405);
    expect((await post(`${url}/webhook`, body.replace('Hello', 'x'.repeat(1000)))).status).toBe(413);
    expect(events).toEqual([]);
  });
});
