import type { DedupeStore } from './dedupe-store.ts';

/** Options of {@link createMemoryDedupeStore}. */
export interface MemoryDedupeStoreOptions {
  /** The most keys kept; the least recently seen is forgotten first. Default 10 000. */
  maxEntries?: number | undefined;
  /** The clock, in milliseconds (for tests). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/** The in-memory {@link DedupeStore}, with its size for monitoring. */
export interface MemoryDedupeStore extends DedupeStore {
  has(key: string): boolean;
  set(key: string, ttlMs: number): void;
  delete(key: string): void;
  /** How many keys are held (expired ones included until they are evicted or read). */
  readonly size: number;
}

/**
 * An in-memory {@link DedupeStore}: least-recently-used eviction with a per-key time to live, bounded by
 * `maxEntries`. The default of `createWebhookHandler`. It lives in one process: with several instances
 * behind a load balancer, use a shared store.
 *
 * @example
 * ```ts
 * const handler = createWebhookHandler({ appSecret, dedupe: { store: createMemoryDedupeStore({ maxEntries: 50_000 }) } });
 * ```
 */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): MemoryDedupeStore {
  const maxEntries = Math.max(1, Math.floor(options.maxEntries ?? 10_000));
  const now = options.now ?? Date.now;
  /** key → expiry time; Map order is the recency order (oldest first). */
  const entries = new Map<string, number>();
  return {
    has(key) {
      const expiresAt = entries.get(key);
      if (expiresAt === undefined) return false;
      if (expiresAt <= now()) {
        entries.delete(key);
        return false;
      }
      entries.delete(key);
      entries.set(key, expiresAt);
      return true;
    },
    set(key, ttlMs) {
      entries.delete(key);
      entries.set(key, now() + ttlMs);
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
    delete(key) {
      entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
