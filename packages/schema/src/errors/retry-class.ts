/**
 * How a failure may be retried: one vocabulary for both APIs' error-code tables and for every SDK error.
 *
 * - `rate-limit`: a rate limit refused the request (HTTP 429, Cloud `4`/`80007`/`130429`/`131056`, On-Prem
 *   `429`/`1015`). Nothing was created; retry after `Retry-After` or a back-off, sends included.
 * - `transient`: the request was refused before it was processed (connection refused, a code documented as
 *   "refused before acting", such as On-Prem `1011` service not ready). Nothing was created; retry, sends
 *   included.
 * - `if-idempotent`: the outcome is unknown (a 5xx answer, a timeout, a reset, "temporarily unavailable"
 *   codes). Retried only for calls that can be repeated without effect (reads, deletes, mark-as-read); a
 *   send is never repeated, since the message may have been created.
 * - `undeliverable`: the message could not be delivered now (Cloud `131026`, On-Prem `1026`). Nothing was
 *   created, but resending at once only fails again: reschedule it after growing intervals (hours).
 * - `never`: retrying cannot help (fix the request, the token, the template or the account first).
 */
export type RetryClass = 'rate-limit' | 'transient' | 'if-idempotent' | 'undeliverable' | 'never';

/** True when a failure of class `retryClass` may be retried at once (after a back-off) by the failed call. */
export function isRetryableClass(retryClass: RetryClass, idempotent: boolean): boolean {
  return (
    retryClass === 'rate-limit' ||
    retryClass === 'transient' ||
    (retryClass === 'if-idempotent' && idempotent)
  );
}
