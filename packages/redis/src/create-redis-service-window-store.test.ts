import { ServiceWindowClosedError } from '@wa/schema';
import { createServiceWindowTracker, SERVICE_WINDOW_MS } from '@wa/schema/templates';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedisServer } from '../test/redis-server.ts';
import { createRedisServiceWindowStore } from './create-redis-service-window-store.ts';

// Two Redis connections play two processes: a webhook receiver that records inbound messages and a
// sender that asks whether the window is open.
let server: TestRedisServer;
let receiver: Redis;
let sender: Redis;

beforeAll(async () => {
  server = await startRedisServer();
  receiver = new Redis(server.url);
  sender = new Redis(server.url);
});
afterAll(async () => {
  receiver.disconnect();
  sender.disconnect();
  await server.stop();
});

const hour = 60 * 60 * 1000;

describe('createRedisServiceWindowStore', () => {
  it('answers undefined for a customer never recorded, and the recorded time otherwise', async () => {
    const store = createRedisServiceWindowStore({ redis: receiver, keyPrefix: 'get:' });
    expect(await store.get('106540352242922:15551234567')).toBeUndefined();
    const at = Date.now() - hour;
    await store.set('106540352242922:15551234567', at, 7 * 24 * hour);
    expect(
      await createRedisServiceWindowStore({ redis: sender, keyPrefix: 'get:' }).get(
        '106540352242922:15551234567',
      ),
    ).toBe(at);
    expect(await receiver.get('get:106540352242922:15551234567')).toBe(String(at));
  });

  it('keeps the later time: an earlier time never moves the record back', async () => {
    const store = createRedisServiceWindowStore({ redis: receiver, keyPrefix: 'later:' });
    const later = Date.now();
    await store.set('c', later, 7 * 24 * hour);
    await store.set('c', later - hour, 7 * 24 * hour);
    await store.set('c', later, 7 * 24 * hour);
    expect(await store.get('c')).toBe(later);
    await store.set('c', later + 1, 7 * 24 * hour);
    expect(await store.get('c')).toBe(later + 1);
  });

  it('expires the record at the recorded time plus the TTL, and drops one already past it', async () => {
    const store = createRedisServiceWindowStore({ redis: receiver, keyPrefix: 'ttl:' });
    const at = Date.now() - hour;
    await store.set('c', at, 2 * SERVICE_WINDOW_MS);
    expect(await receiver.call('PEXPIRETIME', 'ttl:c')).toBe(at + 2 * SERVICE_WINDOW_MS);
    // A later time moves the expiry with it.
    await store.set('c', at + hour, 2 * SERVICE_WINDOW_MS);
    expect(await receiver.call('PEXPIRETIME', 'ttl:c')).toBe(at + hour + 2 * SERVICE_WINDOW_MS);
    // A message older than its TTL is forgotten at once.
    await store.set('old', Date.now() - 8 * 24 * hour, 7 * 24 * hour);
    expect(await store.get('old')).toBeUndefined();
    expect(await receiver.exists('ttl:old')).toBe(0);
  });

  it('keeps the latest of many concurrent writes from two processes', async () => {
    const a = createRedisServiceWindowStore({ redis: receiver, keyPrefix: 'race:' });
    const b = createRedisServiceWindowStore({ redis: sender, keyPrefix: 'race:' });
    const base = Date.now() - 10 * hour;
    // Interleaved times, highest in the middle, half from each process.
    const times = Array.from({ length: 200 }, (_, index) => base + ((index * 7919) % 200) * 1000);
    await Promise.all(times.map((time, index) => (index % 2 === 0 ? a : b).set('c', time, 7 * 24 * hour)));
    expect(await a.get('c')).toBe(Math.max(...times));
  });

  it.each([
    ['lastInboundAt', Number.NaN, 1000],
    ['lastInboundAt', -1, 1000],
    ['ttlMs', Date.now(), 0],
    ['ttlMs', Date.now(), Number.POSITIVE_INFINITY],
  ])('rejects an invalid %s with a RangeError and writes nothing', async (name, at, ttl) => {
    const store = createRedisServiceWindowStore({ redis: receiver, keyPrefix: 'bad:' });
    await expect(store.set('c', at, ttl)).rejects.toThrow(new RegExp(`^\\[@wa/redis\\] ${name} must be`));
    expect(await receiver.exists('bad:c')).toBe(0);
  });
});

describe('createRedisServiceWindowStore with createServiceWindowTracker (two processes)', () => {
  const customer = '15551234567';
  const business = '106540352242922';

  it('R-DLV-10 opens the window for the sender once the receiver records an inbound message', async () => {
    const atReceiver = createServiceWindowTracker({
      store: createRedisServiceWindowStore({ redis: receiver, keyPrefix: 'tracker-a:' }),
    });
    const atSender = createServiceWindowTracker({
      store: createRedisServiceWindowStore({ redis: sender, keyPrefix: 'tracker-a:' }),
    });
    const text = { type: 'text', to: customer, text: { body: 'Your order shipped' } };
    await expect(atSender.assertCanSend(text, business)).rejects.toSatisfy(
      ServiceWindowClosedError.isInstance,
    );

    const sentAt = Math.floor(Date.now() / 1000) - 60; // the webhook's timestamp, in seconds
    await atReceiver.recordInbound({
      from: customer,
      message: { timestamp: String(sentAt) },
      metadata: { phoneNumberId: business },
    });
    const status = await atSender.status(customer, business);
    expect(status).toEqual({
      open: true,
      lastInboundAt: new Date(sentAt * 1000),
      closesAt: new Date(sentAt * 1000 + SERVICE_WINDOW_MS),
    });
    await expect(atSender.assertCanSend(text, business)).resolves.toBeUndefined();
    // Windows are per business phone number.
    expect((await atSender.status(customer, '999')).open).toBe(false);
  });

  it('R-DLV-10 keeps the latest message when processes record out of order, and closes 24 h after it', async () => {
    let clock = Date.now();
    const now = () => clock;
    const atReceiverA = createServiceWindowTracker({
      now,
      store: createRedisServiceWindowStore({ redis: receiver, keyPrefix: 'tracker-b:' }),
    });
    const atReceiverB = createServiceWindowTracker({
      now,
      store: createRedisServiceWindowStore({ redis: sender, keyPrefix: 'tracker-b:' }),
    });
    const latest = clock - hour;
    await atReceiverA.recordInboundAt(customer, latest, business);
    await atReceiverB.recordInboundAt(customer, latest - 5 * hour, business); // a late redelivery
    for (const tracker of [atReceiverA, atReceiverB]) {
      expect((await tracker.status(customer, business)).lastInboundAt).toEqual(new Date(latest));
    }
    clock = latest + SERVICE_WINDOW_MS;
    const closed = await atReceiverB.status(customer, business);
    expect(closed).toEqual({
      open: false,
      lastInboundAt: new Date(latest),
      closesAt: new Date(latest + SERVICE_WINDOW_MS),
    });
    const error = await atReceiverB
      .assertCanSend({ type: 'text', to: customer, text: { body: 'Still there?' } }, business)
      .catch((reason: unknown) => reason);
    expect(error).toMatchObject({
      code: 'WA_SERVICE_WINDOW_CLOSED',
      closedAt: new Date(latest + SERVICE_WINDOW_MS),
    });
    // Templates may always be sent.
    await expect(
      atReceiverB.assertCanSend(
        { type: 'template', to: customer, template: { name: 'hello_world' } },
        business,
      ),
    ).resolves.toBeUndefined();
  });
});
