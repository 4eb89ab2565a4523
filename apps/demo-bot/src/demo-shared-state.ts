import {
  createRedisDedupeStore,
  createRedisPacer,
  createRedisServiceWindowStore,
  type RedisDedupeStore,
  type RedisPacer,
  type RedisServiceWindowStore,
} from '@wa/redis';
import { Redis } from 'ioredis';

/** What several bot processes share through one Redis (`WA_DEMO_REDIS_URL`). */
export interface DemoSharedState {
  /** The client's `pacing`: one messages-per-second limit and pair rate for every process. */
  pacer: RedisPacer;
  /** The webhook handler's dedupe store: a delivery is dispatched once, whichever process receives it. */
  dedupeStore: RedisDedupeStore;
  /** The service window tracker's store: a message seen by one process opens the window for all. */
  serviceWindowStore: RedisServiceWindowStore;
  /** Closes the Redis connection. */
  close(): Promise<void>;
}

/** Options of {@link createDemoSharedState}. */
export interface DemoSharedStateOptions {
  /** The Redis URL, e.g. `redis://127.0.0.1:6379`. */
  url: string;
  /** The business phone number the limits are counted for. */
  phoneNumberId: string;
  /**
   * The per-recipient pair rate interval. The sandbox has no pair limit, so the demo sets `0` there;
   * `undefined` keeps the real Cloud API's default.
   */
  recipientIntervalMs?: number | undefined;
  /**
   * Told when the connection to Redis is lost and when it is back (once each, not on every retry). The
   * line never holds the URL, which may carry a password.
   */
  log?: ((line: string) => void) | undefined;
}

/**
 * Connects to Redis and builds the shared pacer, dedupe store and service window store of `@wa/redis`.
 *
 * @example
 * const shared = createDemoSharedState({ url: 'redis://127.0.0.1:6379', phoneNumberId: '106540352242922' });
 * const client = createCloudClient({ ...settings, pacing: shared.pacer });
 * await shared.close();
 */
export function createDemoSharedState(options: DemoSharedStateOptions): DemoSharedState {
  const redis = new Redis(options.url, { maxRetriesPerRequest: 2 });
  // ioredis reports connection errors as events (an unhandled one would end the process) and retries.
  const log = options.log ?? (() => {});
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    log(`Redis unreachable (${error.message}); sends fail until it is back.`);
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log('Redis is back.');
  });
  return {
    pacer: createRedisPacer({
      redis,
      phoneNumberId: options.phoneNumberId,
      recipientIntervalMs: options.recipientIntervalMs,
    }),
    dedupeStore: createRedisDedupeStore({ redis }),
    serviceWindowStore: createRedisServiceWindowStore({ redis }),
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
