import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedisServer } from '../test/redis-server.ts';
import { createRedisDedupeStore, DEFAULT_DEDUPE_RETENTION_MS } from './create-redis-dedupe-store.ts';

let server: TestRedisServer;
let redis: Redis;
let other: Redis;

beforeAll(async () => {
  server = await startRedisServer();
  redis = new Redis(server.url);
  other = new Redis(server.url);
});
afterAll(async () => {
  redis.disconnect();
  other.disconnect();
  await server.stop();
});

describe('createRedisDedupeStore (two-phase webhook deduplication)', () => {
  it('claims a new key, reports it in progress to another owner, and duplicate once committed', async () => {
    const store = createRedisDedupeStore({ redis, keyPrefix: 'a:' });
    const peer = createRedisDedupeStore({ redis: other, keyPrefix: 'a:' });
    expect(await store.claim('message:wamid.1', 'owner-a', 30_000)).toBe('claimed');
    expect(await peer.claim('message:wamid.1', 'owner-b', 30_000)).toBe('in-progress');
    // The owner itself may claim again (it refreshes its lease).
    expect(await store.claim('message:wamid.1', 'owner-a', 30_000)).toBe('claimed');
    await store.commit('message:wamid.1', 'owner-a', 60_000);
    expect(await peer.claim('message:wamid.1', 'owner-b', 30_000)).toBe('duplicate');
    expect(await store.claim('message:wamid.1', 'owner-a', 30_000)).toBe('duplicate');
    const ttl = await redis.pttl('a:message:wamid.1');
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('lets another owner claim after a release, and a release by a non-owner changes nothing', async () => {
    const store = createRedisDedupeStore({ redis, keyPrefix: 'b:' });
    expect(await store.claim('k', 'owner-a', 30_000)).toBe('claimed');
    await store.release('k', 'owner-b');
    expect(await store.claim('k', 'owner-b', 30_000)).toBe('in-progress');
    await store.release('k', 'owner-a');
    expect(await store.claim('k', 'owner-b', 30_000)).toBe('claimed');
  });

  it('lets another owner claim once the lease expired (a crashed receiver)', async () => {
    const store = createRedisDedupeStore({ redis, keyPrefix: 'c:' });
    expect(await store.claim('k', 'owner-a', 50)).toBe('claimed');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await store.claim('k', 'owner-b', 30_000)).toBe('claimed');
    // The first owner's late commit must not overwrite the new owner's lease.
    await store.commit('k', 'owner-a', 60_000);
    expect(await redis.get('c:k')).toBe('l:owner-b');
    await store.commit('k', 'owner-b', 60_000);
    expect(await redis.get('c:k')).toBe('c');
  });

  it('commits a key nobody holds (a lease that expired before the listeners finished)', async () => {
    const store = createRedisDedupeStore({ redis, keyPrefix: 'd:' });
    await store.commit('k', 'owner-a', 60_000);
    expect(await store.claim('k', 'owner-b', 30_000)).toBe('duplicate');
  });

  it('uses the 24-hour retention when commit gets no usable retention', async () => {
    const store = createRedisDedupeStore({ redis, keyPrefix: 'e:' });
    expect(await store.claim('k', 'o', 1000)).toBe('claimed');
    await store.commit('k', 'o', Number.NaN);
    const ttl = await redis.pttl('e:k');
    expect(ttl).toBeGreaterThan(DEFAULT_DEDUPE_RETENTION_MS - 10_000);
    expect(ttl).toBeLessThanOrEqual(DEFAULT_DEDUPE_RETENTION_MS);
  });

  it('grants exactly one claim when many owners race for the same key', async () => {
    const store = createRedisDedupeStore({ redis, keyPrefix: 'f:' });
    const peer = createRedisDedupeStore({ redis: other, keyPrefix: 'f:' });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        (index % 2 === 0 ? store : peer).claim('race', `owner-${index}`, 30_000),
      ),
    );
    expect(results.filter((result) => result === 'claimed')).toHaveLength(1);
    expect(results.filter((result) => result === 'in-progress')).toHaveLength(39);
  });

  it('loads its scripts again after the server forgot them', async () => {
    const store = createRedisDedupeStore({ redis, keyPrefix: 'g:' });
    await redis.script('FLUSH');
    expect(await store.claim('k', 'o', 1000)).toBe('claimed');
  });

  it.each([0, -1, Number.POSITIVE_INFINITY])(
    'rejects a lease of %s ms with a RangeError',
    async (leaseMs) => {
      const store = createRedisDedupeStore({ redis });
      await expect(store.claim('k', 'o', leaseMs)).rejects.toThrow(/\[@wa\/redis\] leaseMs must be/);
    },
  );
});
