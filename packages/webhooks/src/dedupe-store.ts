/**
 * Where the handler remembers which deliveries it has already dispatched. Meta delivers webhooks at
 * least once and retries (for up to 7 days) when it gets no 200 in time, so one message or status can
 * arrive twice. Any method may be asynchronous, so a shared store (Redis, a database) can implement it:
 *
 * ```ts
 * const redisStore: DedupeStore = {
 *   has: async (key) => (await redis.exists(key)) === 1,
 *   set: async (key, ttlMs) => { await redis.set(key, '1', 'PX', ttlMs); },
 *   claim: async (key, ttlMs) => (await redis.set(key, '1', 'PX', ttlMs, 'NX')) === 'OK',
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
   * Records `key` for `ttlMs` milliseconds unless it is already recorded, in one atomic step, and tells
   * whether it was new. Optional, and preferred over `has` + `set` when present: with a shared store,
   * two instances receiving the same retry at once cannot both see the key as new (Redis:
   * `SET key 1 NX PX ttlMs`).
   */
  claim?(key: string, ttlMs: number): boolean | Promise<boolean>;
  /**
   * Forgets `key`. Called when `retryOnHandlerError` makes Meta retry a delivery whose handler failed,
   * so the retry is dispatched again. Optional.
   */
  delete?(key: string): void | Promise<void>;
}
