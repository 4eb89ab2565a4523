import type { ServiceWindowStore } from '@wa/schema/templates';
import type { Redis } from 'ioredis';
import { PACKAGE_NAME } from './package-name.ts';
import { redisScript } from './redis-script.ts';

// One string key per customer: the last inbound time in ms since the epoch, expiring at that time plus
// the TTL (as the in-memory store of @wa/schema). A time that is not later than the stored one changes
// nothing, so webhooks arriving out of order, in any process, never move the window back.
const setScript = redisScript(`
local current = redis.call('GET', KEYS[1])
if current and tonumber(current) >= tonumber(ARGV[1]) then return 0 end
local clock = redis.call('TIME')
local nowMs = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
if tonumber(ARGV[2]) <= nowMs then
  redis.call('DEL', KEYS[1])
  return 0
end
redis.call('SET', KEYS[1], ARGV[1], 'PXAT', ARGV[2])
return 1
`);

/** Options of {@link createRedisServiceWindowStore}. */
export interface RedisServiceWindowStoreOptions {
  /** The ioredis client to use (shared with the rest of the app is fine). */
  redis: Redis;
  /** Prefix of every key the store writes. Default `wa:window:`. */
  keyPrefix?: string | undefined;
}

/** The Redis {@link ServiceWindowStore}, with the key it writes for a customer (for monitoring). */
export interface RedisServiceWindowStore extends ServiceWindowStore {
  get(key: string): Promise<number | undefined>;
  set(key: string, lastInboundAt: number, ttlMs: number): Promise<void>;
  /** The Redis key that holds `key`. */
  redisKey(key: string): string;
}

// Times and TTLs are whole milliseconds; their sum must stay an exact integer (Redis PXAT).
const maxMs = 2 ** 52;

function checkMs(name: string, value: number, min: number): number {
  if (!Number.isFinite(value) || value < min || value > maxMs) {
    throw new RangeError(
      `[${PACKAGE_NAME}] ${name} must be a number of milliseconds between ${min} and 2^52, got ${value}.`,
    );
  }
  return Math.round(value);
}

/**
 * A customer service window store shared by every process that uses the same Redis, for
 * `createServiceWindowTracker({ store })` of `@wa/schema`: an inbound message recorded by any process
 * (the webhook receivers) opens the window for every process (the senders). `set` is one Lua script (one
 * round trip) that keeps the later time and sets the expiry atomically; `get` is one `GET`.
 *
 * @throws RangeError from `set` when `lastInboundAt` (>= 0) or `ttlMs` (>= 1) is not a number of milliseconds.
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * import { createServiceWindowTracker } from '@wa/schema/templates';
 * import { createRedisServiceWindowStore } from '@wa/redis';
 *
 * const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
 * const tracker = createServiceWindowTracker({ store: createRedisServiceWindowStore({ redis }) });
 * ```
 */
export function createRedisServiceWindowStore(
  options: RedisServiceWindowStoreOptions,
): RedisServiceWindowStore {
  const { redis } = options;
  const prefix = options.keyPrefix ?? 'wa:window:';
  const redisKey = (key: string) => `${prefix}${key}`;
  return {
    redisKey,
    async get(key) {
      const value = await redis.get(redisKey(key));
      if (value === null) return undefined;
      const at = Number(value);
      return Number.isFinite(at) ? at : undefined;
    },
    async set(key, lastInboundAt, ttlMs) {
      const at = checkMs('lastInboundAt', lastInboundAt, 0);
      const expiresAt = at + checkMs('ttlMs', ttlMs, 1);
      await setScript.run(redis, [redisKey(key)], [String(at), String(expiresAt)]);
    },
  };
}
