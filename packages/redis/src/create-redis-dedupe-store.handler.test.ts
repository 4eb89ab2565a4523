import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookHandler, signPayload } from '@wa/webhooks';
import { createNodeListener } from '@wa/webhooks/node';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedisServer } from '../test/redis-server.ts';
import { createRedisDedupeStore } from './create-redis-dedupe-store.ts';

// Two webhook receivers ("processes" behind one load balancer), each a real node:http server on loopback
// with its own Redis connection, share one Redis dedupe store through the handler's `dedupe.store`.
const appSecret = 'redis-dedupe-test-secret';

let redisServer: TestRedisServer;
const connections: Redis[] = [];
const servers: Server[] = [];

beforeAll(async () => {
  redisServer = await startRedisServer();
});
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  for (const redis of connections) redis.disconnect();
  await redisServer.stop();
});

/** Starts one receiver; `listener` runs for each dispatched text message. */
async function receiver(listener: (messageId: string) => Promise<void> | void): Promise<string> {
  const redis = new Redis(redisServer.url);
  connections.push(redis);
  const webhooks = createWebhookHandler({ appSecret, dedupe: { store: createRedisDedupeStore({ redis }) } });
  webhooks.on('message.text', (event) => listener(event.message.id));
  const server = createServer(createNodeListener(webhooks));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** A Cloud API delivery of one inbound text message. */
function delivery(messageId: string): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550001111', phone_number_id: '106540352242922' },
              contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: '16505551234' }],
              messages: [
                {
                  from: '16505551234',
                  id: messageId,
                  timestamp: '1749416383',
                  type: 'text',
                  text: { body: 'Hi' },
                },
              ],
            },
          },
        ],
      },
    ],
  });
}

/** Posts a delivery signed like Meta. */
async function deliver(url: string, body: string): Promise<Response> {
  return await fetch(url, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': await signPayload(body, appSecret),
    },
  });
}

describe('createRedisDedupeStore as the dedupe store of createWebhookHandler', () => {
  it('R-WH-3 dispatches a delivery once when Meta sends it again to another receiver', async () => {
    const dispatched: string[] = [];
    const a = await receiver((id) => void dispatched.push(`a:${id}`));
    const b = await receiver((id) => void dispatched.push(`b:${id}`));
    const body = delivery('wamid.REDIS.ONCE');
    expect((await deliver(a, body)).status).toBe(200);
    expect((await deliver(b, body)).status).toBe(200);
    expect((await deliver(a, body)).status).toBe(200);
    expect(dispatched).toEqual(['a:wamid.REDIS.ONCE']);
  });

  it('answers 503 on one receiver while another is still processing the same event', async () => {
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const dispatched: string[] = [];
    const a = await receiver(async (id) => {
      dispatched.push(`a:${id}`);
      await gate;
    });
    const b = await receiver((id) => void dispatched.push(`b:${id}`));
    const body = delivery('wamid.REDIS.BUSY');
    const first = deliver(a, body);
    while (dispatched.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await deliver(b, body);
    expect(second.status).toBe(503);
    expect(await second.text()).toContain('WA_WEBHOOK_IN_PROGRESS');
    open();
    expect((await first).status).toBe(200);
    expect((await deliver(b, body)).status).toBe(200);
    expect(dispatched).toEqual(['a:wamid.REDIS.BUSY']);
  });

  it('R-DLV-8 releases the lease when a listener fails, so the retry on another receiver is dispatched', async () => {
    const dispatched: string[] = [];
    const a = await receiver((id) => {
      dispatched.push(`a:${id}`);
      throw new Error('database down');
    });
    const b = await receiver((id) => void dispatched.push(`b:${id}`));
    const body = delivery('wamid.REDIS.RETRY');
    expect((await deliver(a, body)).status).toBe(500);
    expect((await deliver(b, body)).status).toBe(200);
    // Committed by b: a later copy is a duplicate everywhere.
    expect((await deliver(a, body)).status).toBe(200);
    expect(dispatched).toEqual(['a:wamid.REDIS.RETRY', 'b:wamid.REDIS.RETRY']);
  });
});
