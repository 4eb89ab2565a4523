import { describe, expect, it } from 'vitest';
import {
  computeRetryDelay,
  DEFAULT_RETRY_POLICY,
  resolveRetryPolicy,
  undeliverableRetryDelay,
} from './retry-policy.ts';

describe('resolveRetryPolicy', () => {
  it('fills missing settings with the defaults', () => {
    expect(resolveRetryPolicy({ maxAttempts: 2 })).toStrictEqual({ ...DEFAULT_RETRY_POLICY, maxAttempts: 2 });
    expect(resolveRetryPolicy(undefined)).toStrictEqual({ ...DEFAULT_RETRY_POLICY });
  });

  it('turns retries off with false', () => {
    expect(resolveRetryPolicy(false).maxAttempts).toBe(1);
  });

  it.each([
    [{ maxAttempts: 0 }, /maxAttempts must be a positive integer/],
    [{ maxAttempts: 1.5 }, /maxAttempts must be a positive integer/],
    [{ baseDelayMs: -1 }, /baseDelayMs must be a number >= 0/],
    [{ budgetMs: Number.NaN }, /budgetMs must be a number >= 0/],
  ])('rejects %o', (options, message) => {
    expect(() => resolveRetryPolicy(options)).toThrow(message);
  });
});

describe('computeRetryDelay', () => {
  const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });

  it.each([
    // attempt, random, expected: equal jitter waits between d/2 and d
    [1, 0, 50],
    [1, 0.999_999, 100],
    [2, 0, 100],
    [3, 0.5, 300],
    [5, 0, 500], // 1600 capped at 1000, then halved by the jitter floor
  ])('backs off exponentially with equal jitter (attempt %i, random %f)', (attempt, random, expected) => {
    expect(computeRetryDelay(policy, attempt, {}, random)).toBe(expected);
  });

  it('honours Retry-After exactly', () => {
    expect(computeRetryDelay(policy, 3, { retryAfterMs: 2000 }, 0.3)).toBe(2000);
  });

  it('supports full and no jitter', () => {
    expect(computeRetryDelay({ ...policy, jitter: 'full' }, 2, {}, 0.25)).toBe(50);
    expect(computeRetryDelay({ ...policy, jitter: 'none' }, 2, {}, 0.25)).toBe(200);
  });
});

describe('undeliverableRetryDelay', () => {
  it('R-DLV-11 R-TPL-MKT-5: suggests growing intervals over hours, at most a day', () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((attempt) => undeliverableRetryDelay(attempt) / 60_000);
    expect(minutes).toStrictEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440]);
    expect(undeliverableRetryDelay(2, 1000)).toBe(2000);
  });
});
