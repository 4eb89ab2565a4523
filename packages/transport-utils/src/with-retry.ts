import { WaError } from '@wa/schema';
import { RequestAbortedError } from './request-aborted-error.ts';
import {
  computeRetryDelay,
  type RetryAdvice,
  type RetryClassifier,
  type RetryPolicy,
} from './retry-policy.ts';
import { sleep } from './sleep.ts';

/** What the `onRetry` callback of {@link withRetry} receives before each wait. */
export interface RetryEvent {
  /** The number of the attempt that failed (1 for the first). */
  attempt: number;
  /** How long the call now waits before the next attempt, in ms. */
  delayMs: number;
  /** The failure being retried. */
  error: WaError;
  /** The classifier's verdict that allowed the retry. */
  advice: RetryAdvice;
}

/** Options of {@link withRetry}. */
export interface WithRetryOptions {
  /** The resolved policy (see `resolveRetryPolicy`). */
  policy: RetryPolicy;
  /** The transport's classifier of its API's failures. */
  classify: RetryClassifier;
  /** True when repeating the call has no further effect (reads, deletes, mark-as-read). */
  idempotent: boolean;
  /** The package making the call, for the abort error's message. */
  packageName: string;
  /** Aborts waiting between attempts (the attempt itself receives the signal from the caller). */
  signal?: AbortSignal | undefined;
  /** Called before each wait; must not throw. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /** A source of random numbers in [0, 1) for jitter (injectable for tests). */
  random?: (() => number) | undefined;
}

/**
 * Runs `operation` and retries it while the classifier (and the policy's `isRetryable` override) allow it,
 * within `maxAttempts` and the waiting `budgetMs`. Only `WaError`s are retried; anything else is rethrown at
 * once. When the retries end, the last error is thrown unchanged.
 *
 * @param operation Makes one attempt; receives the attempt number (1-based).
 * @example
 * const result = await withRetry((attempt) => http.request({ method: 'GET', path: '/media/1' }), {
 *   policy: resolveRetryPolicy({ maxAttempts: 3 }),
 *   classify: classifyFailure,
 *   idempotent: true,
 *   packageName: '@wa/transport-cloud',
 * });
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: WithRetryOptions,
): Promise<T> {
  const { policy, classify, idempotent, signal } = options;
  let waitedMs = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (!WaError.isInstance(error) || attempt >= policy.maxAttempts) throw error;
      const advice = classify(error, { idempotent });
      const override = policy.isRetryable?.(error, { attempt, advice, idempotent });
      const retry = override ?? advice.retryClass !== 'never';
      if (!retry) throw error;
      const delayMs = computeRetryDelay(policy, attempt, advice, options.random?.() ?? Math.random());
      if (delayMs > policy.maxDelayMs || waitedMs + delayMs > policy.budgetMs) throw error;
      options.onRetry?.({ attempt, delayMs, error, advice });
      try {
        await sleep(delayMs, signal);
      } catch (reason) {
        throw new RequestAbortedError({
          packageName: options.packageName,
          mayHaveBeenSent: false,
          cause: reason,
        });
      }
      waitedMs += delayMs;
    }
  }
}
