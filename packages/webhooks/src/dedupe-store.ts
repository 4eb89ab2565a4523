/**
 * What {@link DedupeStore.claim} found: `'claimed'` (the caller now holds a lease and dispatches the
 * event), `'duplicate'` (the event was processed already: skip it) or `'in-progress'` (another live
 * owner holds the lease: answer non-2xx so the delivery comes back later).
 */
export type DedupeClaimResult = 'claimed' | 'duplicate' | 'in-progress';

/**
 * Where the handler records which events it is processing and which it has processed, in two phases:
 * a short **lease** while the listeners run, **committed** when they succeed (kept for the retention
 * window) or **released** when they fail, so Meta's redelivery is dispatched again. A lease that is
 * never committed nor released (the process died) simply runs out, and the next delivery claims it.
 *
 * Every method may answer synchronously or with a promise, so a shared store (Redis, a database) can
 * implement it; `@wa/redis` provides one. Keys are `dedupeKeyOf(event)`; owners are opaque strings,
 * unique per ingestion.
 */
export interface DedupeStore {
  /**
   * Atomically: if `key` is committed, `'duplicate'`; if it is leased by another owner whose lease has
   * not run out, `'in-progress'`; otherwise lease it to `owner` for `leaseMs` milliseconds and answer
   * `'claimed'`.
   */
  claim(key: string, owner: string, leaseMs: number): DedupeClaimResult | Promise<DedupeClaimResult>;
  /**
   * Marks `key` processed for `retentionMs` milliseconds, only if `owner` still holds the lease (or the
   * lease ran out and nobody claimed the key since).
   */
  commit(key: string, owner: string, retentionMs: number): void | Promise<void>;
  /** Drops the lease if `owner` holds it, so a redelivery is dispatched again. */
  release(key: string, owner: string): void | Promise<void>;
}
