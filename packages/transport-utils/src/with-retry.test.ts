import { ApiError, RequestError, type WaError } from '@wa/schema';
import { describe, expect, it } from 'vitest';
import { createRetryClassifier } from './create-retry-classifier.ts';
import { RequestAbortedError } from './request-aborted-error.ts';
import { type RetryClass, resolveRetryPolicy } from './retry-policy.ts';
import { type RetryEvent, withRetry } from './with-retry.ts';

const packageName = '@wa/test';
const codes: Record<number, RetryClass> = { 130429: 'rate-limit', 131026: 'undeliverable', 131047: 'never' };
const classify = createRetryClassifier({ classOfCode: (code) => codes[code] });
const fast = resolveRetryPolicy({
  baseDelayMs: 1,
  maxDelayMs: 50,
  undeliverableBaseDelayMs: 2,
  budgetMs: 500,
});

const apiError = (statusCode: number, errorCode?: number, retryAfterMs?: number): ApiError =>
  new ApiError({
    api: 'cloud',
    statusCode,
    errorCode,
    message: 'x',
    isRetryable: true,
    packageName,
    retryAfterMs,
  });

/** An operation failing with the given errors in turn, then succeeding. */
function failing(...errors: WaError[]) {
  const calls: number[] = [];
  const operation = async (attempt: number) => {
    calls.push(attempt);
    const error = errors[attempt - 1];
    if (error !== undefined) throw error;
    return 'ok';
  };
  return { calls, operation };
}

describe('withRetry', () => {
  it('retries rate limits and undeliverable errors, then returns the result', async () => {
    const { calls, operation } = failing(apiError(400, 130429), apiError(400, 131026));
    const events: RetryEvent[] = [];
    const result = await withRetry(operation, {
      policy: fast,
      classify,
      idempotent: false,
      packageName,
      onRetry: (event) => events.push(event),
    });
    expect(result).toBe('ok');
    expect(calls).toStrictEqual([1, 2, 3]);
    expect(events.map((event) => [event.attempt, event.advice.retryClass])).toStrictEqual([
      [1, 'rate-limit'],
      [2, 'undeliverable'],
    ]);
  });

  it('stops after maxAttempts and throws the last error', async () => {
    const last = apiError(429);
    const { calls, operation } = failing(apiError(429), apiError(429), last, apiError(429));
    const error = await withRetry(operation, {
      policy: { ...fast, maxAttempts: 3 },
      classify,
      idempotent: false,
      packageName,
    }).catch((caught: unknown) => caught);
    expect(error).toBe(last);
    expect(calls).toStrictEqual([1, 2, 3]);
  });

  it('R-DLV-3 never repeats a send that may have reached the server', async () => {
    const timeout = new RequestError({
      code: 'WA_TIMEOUT',
      message: 'x',
      mayHaveBeenSent: true,
      packageName,
    });
    const { calls, operation } = failing(timeout);
    await expect(
      withRetry(operation, { policy: fast, classify, idempotent: false, packageName }),
    ).rejects.toBe(timeout);
    expect(calls).toStrictEqual([1]);
  });

  it('does not retry a code the table marks as never', async () => {
    const { calls, operation } = failing(apiError(400, 131047));
    await expect(
      withRetry(operation, { policy: fast, classify, idempotent: false, packageName }),
    ).rejects.toThrow();
    expect(calls).toStrictEqual([1]);
  });

  it('gives up when Retry-After exceeds maxDelayMs or the budget', async () => {
    const tooLong = failing(apiError(429, undefined, 60_000));
    await expect(
      withRetry(tooLong.operation, { policy: fast, classify, idempotent: false, packageName }),
    ).rejects.toMatchObject({
      retryAfterMs: 60_000,
    });
    expect(tooLong.calls).toStrictEqual([1]);

    const overBudget = failing(apiError(429, undefined, 30), apiError(429, undefined, 30));
    const policy = { ...fast, budgetMs: 40 };
    await expect(
      withRetry(overBudget.operation, { policy, classify, idempotent: false, packageName }),
    ).rejects.toThrow();
    expect(overBudget.calls).toStrictEqual([1, 2]);
  });

  it('lets isRetryable override the verdict', async () => {
    const policy = {
      ...fast,
      isRetryable: (error: WaError) => !(ApiError.isInstance(error) && error.errorCode === 131026),
    };
    const { calls, operation } = failing(apiError(400, 131026));
    await expect(
      withRetry(operation, { policy, classify, idempotent: false, packageName }),
    ).rejects.toThrow();
    expect(calls).toStrictEqual([1]);
  });

  it('rethrows errors outside the SDK family untouched', async () => {
    const bug = new TypeError('bug');
    await expect(
      withRetry(
        async () => {
          throw bug;
        },
        { policy: fast, classify, idempotent: true, packageName },
      ),
    ).rejects.toBe(bug);
  });

  it('stops waiting when the signal aborts, without sending again', async () => {
    const controller = new AbortController();
    const { calls, operation } = failing(apiError(429, undefined, 10_000));
    const policy = { ...fast, maxDelayMs: 20_000, budgetMs: 20_000 };
    const pending = withRetry(operation, {
      policy,
      classify,
      idempotent: false,
      packageName,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 10);
    const error = await pending.catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error) && error.mayHaveBeenSent).toBe(false);
    expect(calls).toStrictEqual([1]);
  });
});
