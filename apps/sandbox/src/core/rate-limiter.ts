/**
 * A sliding one-second window: at most `perSecond` acquisitions in any 1000 ms. `0` means unlimited.
 * Models the throughput limit of a business phone number (R-PERF-1 gives 70 msg/s for an On-Premises
 * single shard; the Cloud API's default is 80 msg/s).
 */
export class RateLimiter {
  readonly #perSecond: number;
  readonly #times: number[] = [];

  constructor(perSecond: number) {
    this.#perSecond = perSecond;
  }

  /** Takes one slot; returns 0 when allowed, else the milliseconds until a slot frees up. */
  acquire(now: number = Date.now()): number {
    if (this.#perSecond <= 0) return 0;
    while (this.#times.length > 0 && (this.#times[0] ?? 0) <= now - 1000) this.#times.shift();
    if (this.#times.length >= this.#perSecond) return (this.#times[0] ?? now) + 1000 - now;
    this.#times.push(now);
    return 0;
  }
}
