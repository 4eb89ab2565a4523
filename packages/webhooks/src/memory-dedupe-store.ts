import { BoundedMap } from './bounded-map.ts';
import type { DedupeStore } from './dedupe-store.ts';

/** Options of {@link createMemoryDedupeStore}. */
export interface MemoryDedupeStoreOptions {
  /**
   * The most keys kept; the least recently seen are forgotten first (approximately: keys are dropped a
   * half-capacity generation at a time). Default 10 000.
   */
  maxEntries?: number | undefined;
  /** The clock, in milliseconds (for tests). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/** The in-memory {@link DedupeStore}, with its size for monitoring. */
export interface MemoryDedupeStore extends DedupeStore {
  has(key: string): boolean;
  set(key: string, ttlMs: number): void;
  claim(key: string, ttlMs: number): boolean;
  delete(key: string): void;
  /** How many keys are held (expired ones included until they are evicted or read). */
  readonly size: number;
}

/**
 * An in-memory {@link DedupeStore}: least-recently-used eviction (approximate, O(1)) with a per-key time
 * to live, bounded by `maxEntries`. The default of `createWebhookHandler`. It lives in one process: with several instances
 * behind a load balancer, use a shared store.
 *
 * @example
 * ```ts
 * const handler = createWebhookHandler({ appSecret, dedupe: { store: createMemoryDedupeStore({ maxEntries: 50_000 }) } });
 * ```
 */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): MemoryDedupeStore {
  const now = options.now ?? Date.now;
  /** key → expiry time, in milliseconds. */
  const entries = new BoundedMap<number>(options.maxEntries ?? 10_000);
  return {
    has(key) {
      const expiresAt = entries.get(key);
      if (expiresAt === undefined) return false;
      if (expiresAt <= now()) {
        entries.delete(key);
        return false;
      }
      return true;
    },
    set(key, ttlMs) {
      entries.set(key, now() + ttlMs);
    },
    claim(key, ttlMs) {
      const time = now();
      const expiresAt = entries.get(key);
      if (expiresAt === undefined) {
        entries.insertAbsent(key, time + ttlMs);
        return true;
      }
      if (expiresAt > time) return false;
      entries.set(key, time + ttlMs);
      return true;
    },
    delete(key) {
      entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
