import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedisServer } from '../test/redis-server.ts';
import { createRedisPacer } from './create-redis-pacer.ts';
import { PacingAbortedError } from './pacing-aborted-error.ts';
import { RedisUnavailableError } from './redis-unavailable-error.ts';

let server: TestRedisServer;
let processA: Redis;
let processB: Redis;

beforeAll(async () => {
  server = await startRedisServer();
  processA = new Redis(server.url);
  processB = new Redis(server.url);
});
afterAll(async () => {
  processA.disconnect();
  processB.disconnect();
  await server.stop();
});

/** Starts `count` tasks on `pacer`; `started` lists the ids whose task ran. */
function launch(
  pacer: ReturnType<typeof createRedisPacer>,
  ids: string[],
  started: string[],
  signal: AbortSignal,
  recipient: (id: string) => string | undefined = () => undefined,
) {
  return ids.map((id) =>
    pacer.run(
      async () => {
        started.push(id);
        return id;
      },
      { recipient: recipient(id), signal },
    ),
  );
}

/** Waits until `predicate` holds (polling; no time limit assertion: the test timeout bounds it). */
async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('createRedisPacer', () => {
  // One message per 1000 s: whatever is over the burst cannot start during the test, whatever the machine's speed.
  const slow = { messagesPerSecond: 0.001, recipientIntervalMs: 0 };

  it('shares one burst between two processes: only `burst` sends start, the rest wait their turn', async () => {
    const a = createRedisPacer({ redis: processA, phoneNumberId: 'shared-burst', burst: 3, ...slow });
    const b = createRedisPacer({ redis: processB, phoneNumberId: 'shared-burst', burst: 3, ...slow });
    const started: string[] = [];
    const controller = new AbortController();
    const runs = [
      ...launch(a, ['a1', 'a2', 'a3'], started, controller.signal),
      ...launch(b, ['b1', 'b2', 'b3'], started, controller.signal),
    ];
    await until(() => started.length === 3 && a.pending + b.pending === 3);
    controller.abort(new Error('shutting down'));
    const results = await Promise.allSettled(runs);
    const rejected = results.filter((result) => result.status === 'rejected');
    expect(started).toHaveLength(3);
    expect(rejected).toHaveLength(3);
    for (const result of rejected) {
      const reason = (result as PromiseRejectedResult).reason as PacingAbortedError;
      expect(PacingAbortedError.isInstance(reason)).toBe(true);
      expect(reason.code).toBe('WA_ABORTED');
      expect(reason.mayHaveBeenSent).toBe(false);
    }
  });

  it('spaces messages to one recipient (pair rate) without holding up other recipients', async () => {
    const pacer = createRedisPacer({
      redis: processA,
      phoneNumberId: 'pair-rate',
      messagesPerSecond: 1000,
      recipientBurst: 2,
      recipientIntervalMs: 1_000_000,
    });
    const peer = createRedisPacer({
      redis: processB,
      phoneNumberId: 'pair-rate',
      messagesPerSecond: 1000,
      recipientBurst: 2,
      recipientIntervalMs: 1_000_000,
    });
    const started: string[] = [];
    const controller = new AbortController();
    const toOf = (id: string) => (id.startsWith('x') ? '15550000001' : '15550000002');
    const runs = [
      ...launch(pacer, ['x1', 'x2'], started, controller.signal, toOf),
      ...launch(peer, ['x3', 'y1'], started, controller.signal, toOf),
    ];
    await until(() => started.length === 3);
    await Promise.all(launch(peer, ['y2'], started, controller.signal, toOf));
    controller.abort();
    await Promise.allSettled(runs);
    expect(started.sort()).toEqual(['x1', 'x2', 'y1', 'y2']);
  });

  it('costs one Redis round trip per paced send', async () => {
    const pacer = createRedisPacer({
      redis: processA,
      phoneNumberId: 'round-trips',
      messagesPerSecond: 1000,
      burst: 1000,
    });
    await pacer.run(async () => 'warm-up', { recipient: '15550000000' }); // loads the script once
    await processA.config('RESETSTAT');
    const sends = 50;
    await Promise.all(
      Array.from({ length: sends }, (_, index) =>
        pacer.run(async () => index, { recipient: `1555000${1000 + index}` }),
      ),
    );
    const stats = await processA.info('commandstats');
    const calls = (name: string) => Number(new RegExp(`cmdstat_${name}:calls=(\\d+)`).exec(stats)?.[1] ?? 0);
    expect(calls('evalsha') + calls('eval')).toBe(sends);
  });

  it('rejects with RedisUnavailableError and never runs the task when Redis is unreachable', async () => {
    const unreachable = new Redis({ port: 1, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0 });
    unreachable.on('error', () => {}); // connection errors surface as RedisUnavailableError
    const pacer = createRedisPacer({ redis: unreachable, phoneNumberId: 'down', timeoutMs: 500 });
    let ran = false;
    const error = await pacer
      .run(async () => {
        ran = true;
      })
      .catch((reason: unknown) => reason);
    expect(RedisUnavailableError.isInstance(error)).toBe(true);
    expect((error as RedisUnavailableError).code).toBe('WA_REDIS_UNAVAILABLE');
    expect((error as RedisUnavailableError).message).toMatch(/^\[@wa\/redis\] pacing: Redis is unreachable/);
    expect(ran).toBe(false);
    unreachable.disconnect();
  });

  it("falls back to pacing in this process with onRedisUnavailable: 'local'", async () => {
    const unreachable = new Redis({ port: 1, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0 });
    unreachable.on('error', () => {}); // connection errors surface as RedisUnavailableError
    const pacer = createRedisPacer({
      redis: unreachable,
      phoneNumberId: 'down',
      timeoutMs: 500,
      onRedisUnavailable: 'local',
      burst: 2,
      ...slow,
    });
    const started: string[] = [];
    const controller = new AbortController();
    const runs = launch(pacer, ['l1', 'l2', 'l3'], started, controller.signal);
    await until(() => started.length === 2 && pacer.pending === 1);
    controller.abort();
    const results = await Promise.allSettled(runs);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    unreachable.disconnect();
  });

  it.each([
    ['messagesPerSecond', { messagesPerSecond: 1001 }],
    ['messagesPerSecond', { messagesPerSecond: 0 }],
    ['burst', { burst: 0.5 }],
    ['recipientIntervalMs', { recipientIntervalMs: -1 }],
  ])('rejects an out-of-range %s with a RangeError', (name, settings) => {
    expect(() => createRedisPacer({ redis: processA, phoneNumberId: 'x', ...settings })).toThrow(
      new RegExp(`^\\[@wa/redis\\] ${name} must be a number`),
    );
  });
});
