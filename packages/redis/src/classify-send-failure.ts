import type { OutboxFailure } from './outbox-record.ts';

/** What the outbox does with a failed send. */
export type SendFailureAction =
  /** Nothing was sent and sending again cannot help: fail the job with the error. */
  | { action: 'fail' }
  /** The message may have been sent: never retry, hand it to a person. */
  | { action: 'review' }
  /** Nothing was sent; try again later. `retryAfterMs` is the API's own advice, when it gave one. */
  | {
      action: 'retry';
      reason: 'rate-limit' | 'undeliverable' | 'transient';
      retryAfterMs?: number | undefined;
    };

/** Rate-limit codes: 130429 (throughput), 131056 (pair rate), 80007 (account), 4 (app calls). */
const rateLimitCodes: ReadonlySet<number> = new Set([130429, 131056, 80007, 4]);
/** "Message undeliverable": 131026 on the Cloud API, 1026 on the On-Premises API (R-ERR-1, R-ERR-2). */
const undeliverableCodes: ReadonlySet<number> = new Set([131026, 1026]);

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

function numberField(error: unknown, name: string): number | undefined {
  const value = field(error, name);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Decides what to do with the error a send rejected with. Fields are read by name, so errors of any copy
 * of `@wa/schema` (and fields older versions lack) are handled:
 *
 * - `WA_VALIDATION_ERROR` → fail (nothing was sent, the message must be fixed; R-ERR-4);
 * - `mayHaveBeenSent === true` → review, never retried (R-DLV-3);
 * - an API error 131026 / 1026 → retry after hours (R-DLV-11);
 * - an API rate limit (HTTP 429 or 130429, 131056, 80007, 4) → retry after `retryAfterMs` or a back-off;
 * - another API error → retry when the API marked it retryable (nothing was created), else fail;
 * - any other `WaError` with `mayHaveBeenSent === false` (connection refused, Redis unreachable, abort
 *   before the request) → retry;
 * - anything else (an unknown error: the outcome is unknown) → review.
 */
export function classifySendFailure(error: unknown): SendFailureAction {
  const code = field(error, 'code');
  if (code === 'WA_VALIDATION_ERROR') return { action: 'fail' };
  if (field(error, 'mayHaveBeenSent') === true) return { action: 'review' };
  if (code === 'WA_API_ERROR') {
    const errorCode = numberField(error, 'errorCode');
    const retryAfterMs = numberField(error, 'retryAfterMs');
    if (errorCode !== undefined && undeliverableCodes.has(errorCode)) {
      return { action: 'retry', reason: 'undeliverable' };
    }
    if (
      numberField(error, 'statusCode') === 429 ||
      (errorCode !== undefined && rateLimitCodes.has(errorCode))
    ) {
      return { action: 'retry', reason: 'rate-limit', retryAfterMs };
    }
    if (field(error, 'isRetryable') === true) return { action: 'retry', reason: 'transient', retryAfterMs };
    return { action: 'fail' };
  }
  if (typeof code === 'string' && code.startsWith('WA_') && field(error, 'mayHaveBeenSent') === false) {
    return { action: 'retry', reason: 'transient' };
  }
  return { action: 'review' };
}

/** The error as the record keeps it. */
export function toOutboxFailure(error: unknown, source: OutboxFailure['source'] = 'send'): OutboxFailure {
  const code = field(error, 'code');
  const message = field(error, 'message');
  return {
    source,
    code: typeof code === 'string' ? code : 'WA_UNKNOWN_ERROR',
    message: typeof message === 'string' ? message : String(error),
    errorCode: numberField(error, 'errorCode'),
    statusCode: numberField(error, 'statusCode'),
  };
}
