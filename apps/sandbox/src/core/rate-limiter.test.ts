import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

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
