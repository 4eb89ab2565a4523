import type { DedupeClaimResult, DedupeStore } from '@wa/webhooks';
import type { Redis } from 'ioredis';
import { PACKAGE_NAME } from './package-name.ts';
import { redisScript } from './redis-script.ts';

/** How long a processed delivery is remembered when `commit` is given no usable retention: 24 hours. */
export const DEFAULT_DEDUPE_RETENTION_MS = 24 * 60 * 60 * 1000;

// One string key per delivery: "c" once committed, "l:<owner>" while leased. Both expire (PX).
const claimScript = redisScript(`
local value = redis.call('GET', KEYS[1])
if value == 'c' then return 'duplicate' end
if value and value ~= 'l:' .. ARGV[1] then return 'in-progress' end
redis.call('SET', KEYS[1], 'l:' .. ARGV[1], 'PX', ARGV[2])
return 'claimed'
`);
const commitScript = redisScript(`
local value = redis.call('GET', KEYS[1])
if value == false or value == 'l:' .. ARGV[1] then
  redis.call('SET', KEYS[1], 'c', 'PX', ARGV[2])
  return 1
end
return 0
`);
const releaseScript = redisScript(`
if redis.call('GET', KEYS[1]) == 'l:' .. ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

/** Options of {@link createRedisDedupeStore}. */
export interface RedisDedupeStoreOptions {
  /** The ioredis client to use (shared with the rest of the app is fine; the store never blocks it). */
  redis: Redis;
  /** Prefix of every key the store writes. Default `wa:dedupe:`. */
  keyPrefix?: string | undefined;
  /** Retention used when `commit` is called without a positive `retentionMs`. Default 24 hours. */
  retentionMs?: number | undefined;
}

/** The Redis {@link DedupeStore}, with the key it writes for a delivery (for monitoring). */
export interface RedisDedupeStore extends DedupeStore {
  claim(key: string, owner: string, leaseMs: number): Promise<DedupeClaimResult>;
  commit(key: string, owner: string, retentionMs: number): Promise<void>;
  release(key: string, owner: string): Promise<void>;
  /** The Redis key that holds `key`. */
  redisKey(key: string): string;
}

function positiveMs(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 1) {
    throw new RangeError(`[${PACKAGE_NAME}] ${name} must be a number of milliseconds >= 1, got ${value}.`);
  }
  return Math.ceil(value);
}

/**
 * A webhook dedupe store shared by every process that uses the same Redis: each call is one Lua script
 * (one round trip), so two receivers handed the same retry at once cannot both dispatch it.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * import { createRedisDedupeStore } from '@wa/redis';
 *
 * const store = createRedisDedupeStore({ redis: new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379') });
 * if ((await store.claim('message:wamid.1', 'receiver-a', 30_000)) === 'claimed') {
 *   await store.commit('message:wamid.1', 'receiver-a', 24 * 60 * 60 * 1000);
 * }
 * ```
 */
export function createRedisDedupeStore(options: RedisDedupeStoreOptions): RedisDedupeStore {
  const { redis } = options;
  const prefix = options.keyPrefix ?? 'wa:dedupe:';
  const fallbackRetentionMs = positiveMs('retentionMs', options.retentionMs ?? DEFAULT_DEDUPE_RETENTION_MS);
  const redisKey = (key: string) => `${prefix}${key}`;
  return {
    redisKey,
    async claim(key, owner, leaseMs) {
      const result = await claimScript.run(redis, [redisKey(key)], [owner, positiveMs('leaseMs', leaseMs)]);
      return result as DedupeClaimResult;
    },
    async commit(key, owner, retentionMs) {
      const ms =
        Number.isFinite(retentionMs) && retentionMs >= 1 ? Math.ceil(retentionMs) : fallbackRetentionMs;
      await commitScript.run(redis, [redisKey(key)], [owner, ms]);
    },
    async release(key, owner) {
      await releaseScript.run(redis, [redisKey(key)], [owner]);
    },
  };
}
