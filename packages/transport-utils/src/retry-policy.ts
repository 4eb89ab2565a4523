import type { WaError } from '@wa/schema';

/**
 * How a failure may be retried, as decided by a transport's classifier ({@link RetryClassifier}):
 *
 * - `rate-limit`: the API refused the request because a rate limit was reached (HTTP 429, Cloud
 *   `130429`/`131056`, On-Prem `1015`). Nothing was created; wait for `Retry-After` or back off.
 * - `transient`: the API or the network failed in a way that certainly created nothing (connection refused,
 *   HTTP 503, documented "temporarily unavailable" codes). Back off and try again.
 * - `undeliverable`: the message could not be delivered now (Cloud `131026`, On-Prem `1026`). Nothing was
 *   created; per the API's guidance, resend only after growing intervals, never at once.
 * - `never`: retrying cannot help or could duplicate a message.
 */
export type RetryClass = 'rate-limit' | 'transient' | 'undeliverable' | 'never';

/** A classifier's verdict on one failure. */
export interface RetryAdvice {
  /** The kind of failure, which selects the back-off schedule. */
  retryClass: RetryClass;
  /** Why, in a few words (for logs and the `onRetry` hook). */
  reason: string;
  /** The server asked to wait this long before retrying (`Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined;
}

/**
 * Decides whether and how a failed attempt may be retried. Transports provide one that knows their API's
 * error codes; `idempotent` is true for calls that can be repeated without effect (reads, deletes,
 * mark-as-read), false for calls that create something (sending a message, uploading media).
 */
export type RetryClassifier = (error: WaError, context: { idempotent: boolean }) => RetryAdvice;

/**
 * Decides, after the transport's classifier, whether one failure is retried. Return `true` or `false` to
 * override the classifier, or `undefined` to keep its verdict. Use it to retry less (never retry a
 * `131026`, for instance); retrying an ambiguous failure of a send may duplicate the message.
 */
export type RetryOverride = (
  error: WaError,
  context: { attempt: number; advice: RetryAdvice; idempotent: boolean },
) => boolean | undefined;

/** How failed requests are retried. Every field is optional in {@link RetryPolicyOptions}. */
export interface RetryPolicy {
  /** Total attempts, the first included (1 disables retries). Default `4`. */
  maxAttempts: number;
  /** First back-off delay for `rate-limit` and `transient` failures, in ms. Default `500`. */
  baseDelayMs: number;
  /**
   * No computed back-off delay exceeds this, in ms. A `Retry-After` longer than this ends the retries (the
   * error is thrown with its `retryAfterMs`). Default `30_000`.
   */
  maxDelayMs: number;
  /**
   * Randomisation of each back-off delay `d`: `'equal'` waits between `d/2` and `d` (the minimum still
   * doubles, so intervals keep growing), `'full'` between `0` and `d`, `'none'` exactly `d`. Default `'equal'`.
   */
  jitter: 'equal' | 'full' | 'none';
  /** First delay for `undeliverable` failures (`131026`/`1026`), doubled on each retry, in ms. Default `15_000`. */
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
  undeliverableBaseDelayMs: 15_000,
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
 * `Retry-After` is honoured exactly; otherwise the delay grows exponentially from the class's base delay,
 * capped by `maxDelayMs` and randomised by `jitter`.
 *
 * @param random A number in [0, 1) (injectable for tests).
 */
export function computeRetryDelay(
  policy: RetryPolicy,
  attempt: number,
  advice: RetryAdvice,
  random: number = Math.random(),
): number {
  if (advice.retryAfterMs !== undefined) return advice.retryAfterMs;
  const base = advice.retryClass === 'undeliverable' ? policy.undeliverableBaseDelayMs : policy.baseDelayMs;
  const delay = Math.min(policy.maxDelayMs, base * 2 ** (attempt - 1));
  switch (policy.jitter) {
    case 'none':
      return delay;
    case 'full':
      return Math.round(delay * random);
    default:
      return Math.round(delay / 2 + (delay / 2) * random);
  }
}
