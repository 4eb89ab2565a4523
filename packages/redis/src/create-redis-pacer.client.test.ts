import { createCloudClient } from '@wa/transport-cloud';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphStandIn, startGraphStandIn } from '../test/graph-stand-in.ts';
import { startRedisServer, type TestRedisServer } from '../test/redis-server.ts';
import { createRedisPacer, type RedisPacerOptions } from './create-redis-pacer.ts';
import { PacingAbortedError } from './pacing-aborted-error.ts';
import { RedisUnavailableError } from './redis-unavailable-error.ts';

// The pacer plugged into the `pacing` setting of a real Cloud client, which sends over loopback to a
// stand-in of the Graph API. Two Redis connections play two processes that share one phone number.
let server: TestRedisServer;
let graph: GraphStandIn;
let processA: Redis;
let processB: Redis;

beforeAll(async () => {
  server = await startRedisServer();
  graph = await startGraphStandIn();
  processA = new Redis(server.url);
  processB = new Redis(server.url);
});
afterAll(async () => {
  processA.disconnect();
  processB.disconnect();
  await graph.close();
  await server.stop();
});

/** A Cloud client of one "process", paced by a Redis pacer on that process's connection. */
function clientOf(redis: Redis, pacing: Omit<RedisPacerOptions, 'redis'>) {
  const pacer = createRedisPacer({ redis, ...pacing });
  const client = createCloudClient({
    accessToken: 'test-token',
    phoneNumberId: '1234567890',
    baseUrl: graph.origin,
    retry: false,
    timeout: 5000,
    pacing: pacer,
  });
  return { pacer, client };
}

/** Waits until `predicate` holds (polling; the test timeout bounds the wait). */
async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('createRedisPacer as the pacing setting of createCloudClient', () => {
  it('shares the phone number limit between two clients: sends over the burst wait and are never sent', async () => {
    // One message per 1000 s after a burst of 2: the third send cannot start during the test.
    const limits = {
      phoneNumberId: 'clients-rate',
      messagesPerSecond: 0.001,
      burst: 2,
      recipientIntervalMs: 0,
    };
    const a = clientOf(processA, limits);
    const b = clientOf(processB, limits);
    const sent = await Promise.all([
      a.client.sendText('15550000001', 'rate 1'),
      b.client.sendText('15550000002', 'rate 2'),
    ]);
    expect(sent.map((result) => result.messageId)).toEqual([
      expect.stringMatching(/^wamid\./),
      expect.stringMatching(/^wamid\./),
    ]);
    // The number's next free slot (GCRA theoretical arrival time) moves once the third send reserved one.
    const slot = () => processB.get('wa:pace:clients-rate');
    const before = await slot();
    const controller = new AbortController();
    const third = a.client.sendText('15550000003', 'rate 3', { signal: controller.signal });
    while ((await slot()) === before) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(a.pacer.pending).toBe(1);
    expect(graph.created.get('rate 3')).toBeUndefined();
    controller.abort();
    const error = await third.catch((reason: unknown) => reason);
    expect(PacingAbortedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_ABORTED', mayHaveBeenSent: false });
    expect(graph.created.get('rate 3')).toBeUndefined();
  });

  it('passes the recipient: a second message to one user waits for its pair slot, others go out', async () => {
    const limits = {
      phoneNumberId: 'clients-pair',
      messagesPerSecond: 1000,
      recipientBurst: 1,
      recipientIntervalMs: 1_000_000,
    };
    const a = clientOf(processA, limits);
    const b = clientOf(processB, limits);
    const controller = new AbortController();
    const first = await a.client.sendText('15550000010', 'pair first');
    expect(first.messageId).toMatch(/^wamid\./);
    const again = b.client.sendText('15550000010', 'pair again', { signal: controller.signal });
    const other = await b.client.sendText('15550000011', 'pair other');
    expect(other.messageId).toMatch(/^wamid\./);
    await until(() => b.pacer.pending === 1);
    controller.abort();
    await expect(again).rejects.toMatchObject({ code: 'WA_ABORTED', mayHaveBeenSent: false });
    expect(graph.created.get('pair again')).toBeUndefined();
    // The client passed each recipient to the pacer: their pair-rate slots are in Redis.
    expect(await processA.keys('wa:pace:clients-pair:to:*')).toEqual(
      expect.arrayContaining(['wa:pace:clients-pair:to:15550000010', 'wa:pace:clients-pair:to:15550000011']),
    );
  });

  it("never sends unpaced when Redis is unreachable (onRedisUnavailable: 'fail')", async () => {
    const unreachable = new Redis({ port: 1, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0 });
    unreachable.on('error', () => {}); // connection errors surface as RedisUnavailableError
    const { client } = clientOf(unreachable, { phoneNumberId: 'clients-down', timeoutMs: 500 });
    const before = graph.requests();
    const error = await client.sendText('15550000020', 'down').catch((reason: unknown) => reason);
    expect(RedisUnavailableError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_REDIS_UNAVAILABLE', mayHaveBeenSent: false });
    expect(graph.requests()).toBe(before);
    unreachable.disconnect();
  });
});
