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

/**
 * The Cloud API's pair rate limit between the business and one customer: a bucket of `burst` messages
 * per recipient that refills one message every `intervalMs` (Meta: about one message every 6 seconds,
 * bursts up to 45). Over the limit the API answers 131056. `burst` 0 means unlimited.
 */
export class PairRateLimiter {
  readonly #burst: number;
  readonly #intervalMs: number;
  readonly #buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(burst: number, intervalMs = 6000) {
    this.#burst = burst;
    this.#intervalMs = intervalMs;
  }

  /** Takes a slot for `recipient`; returns 0 when allowed, else the milliseconds until one frees up. */
  acquire(recipient: string, now: number = Date.now()): number {
    if (this.#burst <= 0) return 0;
    const bucket = this.#buckets.get(recipient) ?? { tokens: this.#burst, updatedAt: now };
    bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.updatedAt) / this.#intervalMs);
    bucket.updatedAt = now;
    this.#buckets.set(recipient, bucket);
    if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) * this.#intervalMs);
    bucket.tokens -= 1;
    return 0;
  }
}
