import { describe, expect, it } from 'vitest';
import { PairRateLimiter, RateLimiter } from './rate-limiter.ts';

describe('RateLimiter', () => {
  it('R-PERF-1 allows the configured number per second, then says how long to wait', () => {
    const limiter = new RateLimiter(2);
    expect(limiter.acquire(1000)).toBe(0);
    expect(limiter.acquire(1100)).toBe(0);
    expect(limiter.acquire(1200)).toBe(800);
    expect(limiter.acquire(2000)).toBe(0);
  });

  it('never limits with 0', () => {
    const limiter = new RateLimiter(0);
    for (let index = 0; index < 100; index += 1) expect(limiter.acquire(5)).toBe(0);
  });
});

describe('PairRateLimiter', () => {
  it('lets `burst` messages through to one customer, then one every interval; customers are independent', () => {
    const limiter = new PairRateLimiter(2, 6000);
    expect(limiter.acquire('a', 0)).toBe(0);
    expect(limiter.acquire('a', 0)).toBe(0);
    expect(limiter.acquire('a', 0)).toBe(6000);
    expect(limiter.acquire('b', 0)).toBe(0);
    expect(limiter.acquire('a', 3000)).toBe(3000);
    expect(limiter.acquire('a', 6000)).toBe(0);
  });

  it('is off with a burst of 0', () => {
    const limiter = new PairRateLimiter(0);
    for (let index = 0; index < 50; index += 1) expect(limiter.acquire('a', 0)).toBe(0);
  });
});
