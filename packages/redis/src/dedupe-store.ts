/**
 * What {@link DedupeStore.claim} found: `claimed` (the caller now holds the lease and dispatches),
 * `duplicate` (already processed: skip it) or `in-progress` (another receiver holds a live lease: answer
 * so that Meta retries later).
 */
export type DedupeClaimResult = 'claimed' | 'duplicate' | 'in-progress';

/**
 * The two-phase deduplication store of `@wa/webhooks` (declared here with the same names, so this
 * package does not need `@wa/webhooks` at run time): a receiver claims a delivery with a lease while its
 * listeners run, commits it when they succeed and releases it when they fail, so that Meta's retry is
 * dispatched again. A lease that is neither committed nor released (a crashed receiver) expires.
 */
export interface DedupeStore {
  /** Atomically: committed → `duplicate`; leased by another live owner → `in-progress`; else lease to `owner` for `leaseMs` → `claimed`. */
  claim(key: string, owner: string, leaseMs: number): DedupeClaimResult | Promise<DedupeClaimResult>;
  /** Marks `key` processed for `retentionMs`, only if `owner` still holds the lease (or no one does). */
  commit(key: string, owner: string, retentionMs: number): void | Promise<void>;
  /** Drops the lease if `owner` holds it. */
  release(key: string, owner: string): void | Promise<void>;
}
