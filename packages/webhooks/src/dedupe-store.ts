/**
 * Where the handler remembers which deliveries it has already dispatched. Meta delivers webhooks at
 * least once and retries (for up to 7 days) when it gets no 200 in time, so one message or status can
 * arrive twice. Any method may be asynchronous, so a shared store (Redis, a database) can implement it:
 *
 * ```ts
 * const redisStore: DedupeStore = {
 *   has: async (key) => (await redis.exists(key)) === 1,
 *   set: async (key, ttlMs) => { await redis.set(key, '1', 'PX', ttlMs); },
 *   delete: async (key) => { await redis.del(key); },
 * };
 * ```
 */
export interface DedupeStore {
  /** True when `key` was recorded and has not expired. */
  has(key: string): boolean | Promise<boolean>;
  /** Records `key` for `ttlMs` milliseconds. */
  set(key: string, ttlMs: number): void | Promise<void>;
  /**
   * Forgets `key`. Called when `retryOnHandlerError` makes Meta retry a delivery whose handler failed,
   * so the retry is dispatched again. Optional.
   */
  delete?(key: string): void | Promise<void>;
}
