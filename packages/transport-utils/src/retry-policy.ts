import type { RetryClass, WaError } from '@wa/schema';

export type { RetryClass } from '@wa/schema';

/** A classifier's verdict on one failure. */
export interface RetryAdvice {
  /** The kind of failure (see {@link RetryClass}). */
  retryClass: RetryClass;
  /** True when the failed call may be repeated now (after a back-off): nothing duplicates. */
  retry: boolean;
  /** Why, in a few words (for logs and the `onRetry` hook). */
  reason: string;
  /** The server asked to wait this long before retrying (`Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined;
}

/**
 * Decides whether and how a failed attempt may be retried. `idempotent` is true for calls that can be
 * repeated without effect (reads, deletes, mark-as-read), false for calls that create something (sending a
 * message, uploading media).
 */
export type RetryClassifier = (error: WaError, context: { idempotent: boolean }) => RetryAdvice;

/**
 * Decides, after the classifier, whether one failure is retried. Return `true` or `false` to override the
 * classifier, or `undefined` to keep its verdict. Use it to retry less; retrying a failure of a send whose
 * `mayHaveBeenSent` is true may duplicate the message.
 */
export type RetryOverride = (
  error: WaError,
  context: { attempt: number; advice: RetryAdvice; idempotent: boolean },
) => boolean | undefined;

/** How failed requests are retried. Every field is optional in {@link RetryPolicyOptions}. */
export interface RetryPolicy {
  /** Total attempts, the first included (1 disables retries). Default `4`. */
  maxAttempts: number;
  /** First back-off delay, in ms; doubled on each retry. Default `500`. */
  baseDelayMs: number;
  /**
   * No back-off delay exceeds this, in ms. A `Retry-After` longer than this ends the retries (the error is
   * thrown with its `retryAfterMs`, for a queue to reschedule). Default `30_000`.
   */
  maxDelayMs: number;
  /**
   * Randomisation of each back-off delay `d`: `'equal'` waits between `d/2` and `d` (the minimum still
   * doubles, so intervals keep growing), `'full'` between `0` and `d`, `'none'` exactly `d`. Default `'equal'`.
   */
  jitter: 'equal' | 'full' | 'none';
  /**
   * The first of the growing intervals suggested for an `undeliverable` failure (`131026`/`1026`), in ms;
   * each later one doubles, up to a day (see {@link undeliverableRetryDelay}). Such a failure is never
   * retried inside the call: the error carries this as `suggestedRetryDelayMs`. Default 15 minutes.
   */
  undeliverableBaseDelayMs: number;
  /**
   * The total time one call may spend waiting between attempts, in ms. A retry whose delay would exceed
   * what is left is not made; the last error is thrown instead. Default `60_000`.
   */
  budgetMs: number;
  /** Optional override of the per-failure decision. */
  isRetryable?: RetryOverride | undefined;
}

/** Settings of the retry policy; missing fields take the defaults of {@link DEFAULT_RETRY_POLICY}. */
export type RetryPolicyOptions = Partial<RetryPolicy>;

/** The default retry policy of both transports. */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  jitter: 'equal',
  undeliverableBaseDelayMs: 15 * 60_000,
  budgetMs: 60_000,
});

/**
 * Completes retry settings with the defaults. `false` disables retries (one attempt).
 *
 * @throws RangeError when a number is negative or `maxAttempts` is not a positive integer.
 */
export function resolveRetryPolicy(options: RetryPolicyOptions | false | undefined): RetryPolicy {
  if (options === false) return { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 };
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value !== undefined) Object.assign(policy, { [key]: value });
  }
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new RangeError(
      `[@wa/transport-utils] retry.maxAttempts must be a positive integer, got ${policy.maxAttempts}.`,
    );
  }
  for (const key of ['baseDelayMs', 'maxDelayMs', 'undeliverableBaseDelayMs', 'budgetMs'] as const) {
    if (!(policy[key] >= 0)) {
      throw new RangeError(`[@wa/transport-utils] retry.${key} must be a number >= 0, got ${policy[key]}.`);
    }
  }
  return policy;
}

/**
 * The delay before the retry that follows failed attempt number `attempt` (1 for the first attempt).
 * `Retry-After` is honoured exactly; otherwise the delay grows exponentially from `baseDelayMs`, capped by
 * `maxDelayMs` and randomised by `jitter`.
 *
 * @param random A number in [0, 1) (injectable for tests).
 */
export function computeRetryDelay(
  policy: RetryPolicy,
  attempt: number,
  advice: Pick<RetryAdvice, 'retryAfterMs'>,
  random: number = Math.random(),
): number {
  if (advice.retryAfterMs !== undefined) return advice.retryAfterMs;
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  switch (policy.jitter) {
    case 'none':
      return delay;
    case 'full':
      return Math.round(delay * random);
    default:
      return Math.round(delay / 2 + (delay / 2) * random);
  }
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * R-DLV-11: the growing intervals after which a queue should resend a message that failed as
 * `undeliverable` (Cloud `131026`, On-Prem `1026`): `baseDelayMs × 2^(attempt-1)`, at most one day.
 * With the default base: 15 min, 30 min, 1 h, 2 h, 4 h, 8 h, 16 h, then daily.
 *
 * @param attempt How many times the message has failed so far (1 after the first failure).
 * @example
 * undeliverableRetryDelay(3); // 3_600_000 (one hour)
 */
export function undeliverableRetryDelay(
  attempt: number,
  baseDelayMs: number = DEFAULT_RETRY_POLICY.undeliverableBaseDelayMs,
): number {
  return Math.min(DAY_MS, baseDelayMs * 2 ** (Math.max(1, attempt) - 1));
}
