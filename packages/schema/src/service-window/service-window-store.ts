/**
 * Where a {@link ServiceWindowTracker} keeps the time of each customer's last message. Any method may be
 * asynchronous, so a store shared by many processes (Redis) can implement it.
 */
export interface ServiceWindowStore {
  /** The last inbound time recorded for `key`, in ms since the epoch, or `undefined`. */
  get(key: string): number | undefined | Promise<number | undefined>;
  /**
   * Records `lastInboundAt` for `key` unless a later time is already recorded; it may be forgotten after
   * `ttlMs` (by then the window has long closed).
   */
  set(key: string, lastInboundAt: number, ttlMs: number): void | Promise<void>;
}

/** Settings of {@link createMemoryServiceWindowStore}. */
export interface MemoryServiceWindowStoreOptions {
  /**
   * At most this many customers are remembered; past it the least recently written is dropped (its window
   * then reads as closed, the safe side). Default `100_000` (about 10 MB).
   */
  maxEntries?: number | undefined;
  /** The clock, in ms since the epoch. Default `Date.now`. */
  now?: (() => number) | undefined;
}

/**
 * A {@link ServiceWindowStore} in this process's memory, for one process. With several processes, use a
 * shared store (`createRedisServiceWindowStore` of `@wa/redis`), so every process sees every inbound
 * message.
 */
export function createMemoryServiceWindowStore(
  options: MemoryServiceWindowStoreOptions = {},
): ServiceWindowStore {
  const maxEntries = options.maxEntries ?? 100_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { at: number; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.at;
    },
    set(key, lastInboundAt, ttlMs) {
      const previous = entries.get(key);
      if (previous !== undefined && previous.at >= lastInboundAt) return;
      entries.delete(key);
      entries.set(key, { at: lastInboundAt, expiresAt: lastInboundAt + ttlMs });
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
    },
  };
}
