import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_SECRET, post, sign, textNotification } from '../../test/payloads.ts';
import { startServer, type TestServer } from '../../test/test-server.ts';
import { createWebhookHandler } from '../create-webhook-handler-node.ts';
import type { WebhookEvent } from '../webhook-event.ts';
import { createExpressMiddleware } from './express.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(app: express.Express): Promise<string> {
  const server = await startServer(app);
  servers.push(server);
  return server.url;
}

function setup(): { webhooks: ReturnType<typeof createWebhookHandler>; events: WebhookEvent[] } {
  const webhooks = createWebhookHandler({ appSecret: APP_SECRET, verifyToken: 'token', maxBodyBytes: 4096 });
  const events: WebhookEvent[] = [];
  webhooks.onAny((event) => {
    events.push(event);
  });
  return { webhooks, events };
}

/**
 * A body whose bytes differ from what JSON.stringify(JSON.parse(body)) gives back: spacing, key order and
 * escaped characters. A middleware that re-serialised a parsed body would compute another signature.
 */
const reserialisationSensitiveBody = JSON.stringify(textNotification('wamid.raw'), null, 2).replace(
  '"Hello"',
  '"H\\u00e9llo \\/ w\\u00f6rld"',
);

describe('createExpressMiddleware', () => {
  it('reads the stream when no body parser ran', async () => {
    const { webhooks, events } = setup();
    const app = express();
    app.all('/webhook', createExpressMiddleware(webhooks));
    const url = await serve(app);
    expect((await post(`${url}/webhook`, reserialisationSensitiveBody)).status).toBe(200);
    expect(
      events[0]?.kind === 'message' && events[0].message.type === 'text' && events[0].message.text.body,
    ).toBe('Héllo / wörld');
  });

  it('verifies the raw bytes kept by express.json({ verify }), not the re-serialised object', async () => {
    const { webhooks, events } = setup();
    const app = express();
    app.use(
      express.json({
        verify: (request, _response, buffer) => {
          (request as unknown as { rawBody: Buffer }).rawBody = buffer;
        },
      }),
    );
    let reserialised = '';
    app.use((request, _response, next) => {
      reserialised = JSON.stringify(request.body);
      next();
    });
    app.post('/webhook', createExpressMiddleware(webhooks));
    const url = await serve(app);
    const response = await post(`${url}/webhook`, reserialisationSensitiveBody);
    expect(response.status).toBe(200);
    expect(events).toHaveLength(1);
    // The parsed-and-re-serialised body really differs, so only the raw bytes could verify.
    expect(reserialised).not.toBe(reserialisationSensitiveBody);
    expect(sign(reserialised)).not.toBe(sign(reserialisationSensitiveBody));
  });

  it("uses the Buffer body of express.raw({ type: 'application/json' })", async () => {
    const { webhooks, events } = setup();
    const app = express();
    app.post('/webhook', express.raw({ type: 'application/json' }), createExpressMiddleware(webhooks));
    const url = await serve(app);
    expect((await post(`${url}/webhook`, reserialisationSensitiveBody)).status).toBe(200);
    expect(events).toHaveLength(1);
  });

  it('uses a string body of express.text()', async () => {
    const { webhooks, events } = setup();
    const app = express();
    app.post('/webhook', express.text({ type: 'application/json' }), createExpressMiddleware(webhooks));
    const url = await serve(app);
    expect((await post(`${url}/webhook`, reserialisationSensitiveBody)).status).toBe(200);
    expect(events).toHaveLength(1);
  });

  it('answers 500 and says why when a parser kept no raw bytes, dispatching nothing', async () => {
    const { webhooks, events } = setup();
    const app = express();
    app.use(express.json());
    app.post('/webhook', createExpressMiddleware(webhooks));
    const url = await serve(app);
    const response = await post(`${url}/webhook`, reserialisationSensitiveBody);
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('WA_WEBHOOK_RAW_BODY_UNAVAILABLE');
    expect(body.error.message).toContain("express.raw({ type: 'application/json' })");
    expect(events).toEqual([]);
  });

  it('rejects a tampered body with 401', async () => {
    const { webhooks, events } = setup();
    const app = express();
    app.post('/webhook', express.raw({ type: 'application/json' }), createExpressMiddleware(webhooks));
    const url = await serve(app);
    const response = await fetch(`${url}/webhook`, {
      method: 'POST',
      body: reserialisationSensitiveBody.replace('wamid.raw', 'wamid.evil'),
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': sign(reserialisationSensitiveBody),
      },
    });
    expect(response.status).toBe(401);
    expect(events).toEqual([]);
  });

  it('answers 413 over the limit, from the stream or from a parsed Buffer', async () => {
    const { webhooks } = setup();
    const app = express();
    app.post(
      '/raw',
      express.raw({ type: 'application/json', limit: '1mb' }),
      createExpressMiddleware(webhooks),
    );
    app.post('/stream', createExpressMiddleware(webhooks));
    const url = await serve(app);
    const body = JSON.stringify(textNotification('wamid.big')).replace('Hello', 'x'.repeat(5000));
    expect((await post(`${url}/raw`, body)).status).toBe(413);
    expect((await post(`${url}/stream`, body)).status).toBe(413);
  });

  it('answers the handshake and passes other paths to next()', async () => {
    const { webhooks } = setup();
    const app = express();
    app.use(createExpressMiddleware(webhooks, { path: '/webhook' }));
    app.get('/health', (_request, response) => {
      response.send('ok');
    });
    const url = await serve(app);
    const handshake = await fetch(
      `${url}/webhook?hub.mode=subscribe&hub.verify_token=token&hub.challenge=42`,
    );
    expect(await handshake.text()).toBe('42');
    expect(await (await fetch(`${url}/health`)).text()).toBe('ok');
    expect((await fetch(`${url}/missing`)).status).toBe(404);
  });
});
