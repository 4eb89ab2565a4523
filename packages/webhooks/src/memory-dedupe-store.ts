import { BoundedMap } from './bounded-map.ts';
import type { DedupeClaimResult, DedupeStore } from './dedupe-store.ts';
import { checkPositiveInteger, invalidOption } from './invalid-option.ts';

/**
 * Heap bytes one committed key costs in the memory store, measured on Node 24 (x64) with real Cloud
 * keys (`status:wamid.<48 characters>:delivered`, about 75 characters): the key string, its `Map` slot
 * and the table growth, averaged over a million keys. Used to turn `maxBytes` into a number of keys.
 */
export const MEMORY_DEDUPE_BYTES_PER_KEY = 160;

/** The default memory budget of {@link createMemoryDedupeStore}: 64 MiB. */
export const DEFAULT_MEMORY_DEDUPE_MAX_BYTES: number = 64 * 1024 * 1024;

/** Leases beyond this count trigger a sweep of the expired ones (listeners that never settled, crashed claims). */
const LEASE_SWEEP_THRESHOLD = 1024;

/** Options of {@link createMemoryDedupeStore}. */
export interface MemoryDedupeStoreOptions {
  /**
   * The memory budget of committed keys, in bytes. The store keeps at most
   * `maxBytes / MEMORY_DEDUPE_BYTES_PER_KEY` keys (335 544 with the default 64 MiB); beyond that the
   * least recently seen are forgotten first (approximately: half the keys at a time). Keys also expire
   * when their retention (24 hours by default) runs out. Not together with `maxEntries`.
   */
  maxBytes?: number | undefined;
  /** The most committed keys kept, instead of `maxBytes`. */
  maxEntries?: number | undefined;
  /** The clock, in milliseconds (for tests). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/** The in-memory {@link DedupeStore}, with its size for monitoring. */
export interface MemoryDedupeStore extends DedupeStore {
  claim(key: string, owner: string, leaseMs: number): DedupeClaimResult;
  commit(key: string, owner: string, retentionMs: number): void;
  release(key: string, owner: string): void;
  /** How many committed keys are held (expired ones included until they are evicted or read). */
  readonly size: number;
  /** How many leases are held (events whose listeners are running). */
  readonly leases: number;
  /** The most committed keys kept. */
  readonly maxEntries: number;
}

interface Lease {
  owner: string;
  expiresAt: number;
}

/**
 * An in-memory {@link DedupeStore}, the default of `createWebhookHandler`: leases in a small map,
 * committed keys in a bounded map sized by memory (64 MiB by default, about 335 000 keys; see the
 * README for how many hours of traffic that covers). It lives in one process and forgets everything
 * when the process stops: with several instances, or to survive restarts, use a shared store such as
 * the Redis store of `@wa/redis`.
 *
 * @throws {ValidationError} when `maxBytes` or `maxEntries` is not a positive whole number, or both are given.
 *
 * @example
 * ```ts
 * const store = createMemoryDedupeStore({ maxBytes: 256 * 1024 * 1024 });
 * const handler = createWebhookHandler({ appSecret, dedupe: { store } });
 * ```
 */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): MemoryDedupeStore {
  return memoryDedupeStore(entriesOf(options), options.now ?? Date.now);
}

/**
 * The memory store with the default budget and clock, as a handler creates it when no store is given
 * (nothing to check, so the option checks of {@link createMemoryDedupeStore} stay out of its bundle).
 */
export function createDefaultMemoryDedupeStore(): MemoryDedupeStore {
  return memoryDedupeStore(defaultEntries, Date.now);
}

/** The number of keys the default budget holds. */
const defaultEntries = Math.floor(DEFAULT_MEMORY_DEDUPE_MAX_BYTES / MEMORY_DEDUPE_BYTES_PER_KEY);

function memoryDedupeStore(maxEntries: number, now: () => number): MemoryDedupeStore {
  /**
   * key → expiry, in whole seconds after `origin` (rounded up). Small integers are stored inline by V8,
   * where a millisecond timestamp would cost a heap number per key.
   */
  const committed = new BoundedMap<number>(maxEntries);
  const origin = now();
  const toSeconds = (time: number): number => Math.ceil((time - origin) / 1000);
  const leases = new Map<string, Lease>();
  /** The lease count that triggers the next sweep; doubled past the live leases, so sweeps stay amortised O(1). */
  let sweepAt = LEASE_SWEEP_THRESHOLD;

  const sweepLeases = (time: number): void => {
    for (const [key, lease] of leases) if (lease.expiresAt <= time) leases.delete(key);
    sweepAt = Math.max(LEASE_SWEEP_THRESHOLD, leases.size * 2);
  };

  return {
    claim(key, owner, leaseMs) {
      const time = now();
      const expiry = committed.get(key);
      if (expiry !== undefined) {
        if (expiry > toSeconds(time)) return 'duplicate';
        committed.delete(key);
      }
      const lease = leases.get(key);
      if (lease !== undefined && lease.owner !== owner && lease.expiresAt > time) return 'in-progress';
      if (lease === undefined && leases.size >= sweepAt) sweepLeases(time);
      leases.set(key, { owner, expiresAt: time + leaseMs });
      return 'claimed';
    },
    commit(key, owner, retentionMs) {
      const time = now();
      const lease = leases.get(key);
      if (lease !== undefined && lease.owner !== owner && lease.expiresAt > time) return;
      leases.delete(key);
      committed.set(key, toSeconds(time + retentionMs));
    },
    release(key, owner) {
      if (leases.get(key)?.owner === owner) leases.delete(key);
    },
    get size() {
      return committed.size;
    },
    get leases() {
      return leases.size;
    },
    maxEntries,
  };
}

const subject = 'memory dedupe store options';

function entriesOf(options: MemoryDedupeStoreOptions): number {
  const { maxBytes, maxEntries } = options;
  if (maxBytes !== undefined && maxEntries !== undefined) {
    throw invalidOption(subject, '$.maxEntries', 'give maxBytes or maxEntries, not both');
  }
  if (maxBytes !== undefined) checkPositiveInteger(subject, '$.maxBytes', maxBytes);
  if (maxEntries !== undefined) checkPositiveInteger(subject, '$.maxEntries', maxEntries);
  if (maxEntries !== undefined) return maxEntries;
  if (maxBytes === undefined) return defaultEntries;
  return Math.max(1, Math.floor(maxBytes / MEMORY_DEDUPE_BYTES_PER_KEY));
}
