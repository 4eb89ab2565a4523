import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_SECRET, post, textNotification } from '../../test/payloads.ts';
import { startServer, type TestServer } from '../../test/test-server.ts';
import { createWebhookHandler } from '../create-webhook-handler-node.ts';
import { createNodeListener } from './node.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('createNodeListener', () => {
  it('answers only its path, with 404 elsewhere', async () => {
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    const server = await startServer(createNodeListener(webhooks, { path: '/webhook' }));
    servers.push(server);
    const body = JSON.stringify(textNotification('wamid.node'));
    expect((await post(`${server.url}/webhook`, body)).status).toBe(200);
    expect((await post(`${server.url}/webhook?x=1`, body)).status).toBe(200);
    const missing = await post(`${server.url}/other`, body);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('WA_WEBHOOK_NOT_FOUND');
  });

  it('passes other paths to next() when used as middleware', async () => {
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    const listener = createNodeListener(webhooks, { path: '/webhook' });
    const server = createServer((request, response) => {
      void listener(request, response, () => {
        response.end('next');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${url}/elsewhere`)).text()).toBe('next');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('applies its own body limit over the handler', async () => {
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    const server = await startServer(createNodeListener(webhooks, { maxBodyBytes: 64 }));
    servers.push(server);
    expect((await post(server.url, JSON.stringify(textNotification('wamid.limit')))).status).toBe(413);
  });
});

describe('createNodeListener behind a body parser', () => {
  it('uses req.rawBody left by a parser, and refuses a parsed body without it', async () => {
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    const listener = createNodeListener(webhooks);
    const server = await startServer((request, response) => {
      // A minimal Connect-style JSON parser, run before the webhook listener.
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks);
        Object.assign(request, { body: JSON.parse(raw.toString('utf8')) as unknown });
        if (request.url === '/keeps-raw') Object.assign(request, { rawBody: raw });
        void listener(request, response);
      });
    });
    servers.push(server);
    const body = JSON.stringify(textNotification('wamid.parsed'), null, 2);
    expect((await post(`${server.url}/keeps-raw`, body)).status).toBe(200);
    const refused = await post(`${server.url}/parsed-only`, body);
    expect(refused.status).toBe(500);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'WA_WEBHOOK_RAW_BODY_UNAVAILABLE',
    );
  });
});
