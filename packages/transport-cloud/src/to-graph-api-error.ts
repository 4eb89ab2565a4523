import type { RetryClass } from '@wa/schema';
import { isRetryableClass } from '@wa/schema/internal';
import { cloudErrorResponseSchema } from '@wa/schema/responses';
import { assessApiFailure, type HttpFailure, undeliverableRetryDelay } from '@wa/transport-utils';
import { CloudApiError } from './cloud-api-error.ts';
import { cloudErrorCodeInfo } from './cloud-error-codes.ts';

/**
 * The retry class of a Graph error: the code's row in `CLOUD_ERROR_CODES`; for an unlisted code,
 * `if-idempotent` when Graph flags it `is_transient` (Meta's hint that the same call may succeed later,
 * which says nothing about whether this one was processed), else the HTTP status decides.
 */
export function cloudRetryClass(
  statusCode: number,
  errorCode: number | undefined,
  isTransient: boolean | undefined,
): RetryClass {
  return assessApiFailure(statusCode, errorCode, (code) => graphClassOfCode(code, isTransient)).retryClass;
}

function graphClassOfCode(code: number, isTransient: boolean | undefined): RetryClass | undefined {
  return cloudErrorCodeInfo(code)?.retry ?? (isTransient === true ? 'if-idempotent' : undefined);
}

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * Turns a Graph error response into a {@link CloudApiError}. A body that is not a Graph error (a proxy's
 * HTML page, an empty body) never causes a parse error: the message falls back to the HTTP status text, and
 * the error says the request may have been processed (`mayHaveBeenSent: true`).
 */
export function toGraphApiError(failure: HttpFailure): CloudApiError {
  const statusText = failure.statusText || `HTTP ${failure.statusCode}`;
  const parsed = cloudErrorResponseSchema.safeParse(failure.body);
  // A body that is almost a Graph error (say `error_data` without `details`) still gives its code, so that
  // the retry decision does not depend on an optional field.
  const error: Record<string, unknown> | undefined = parsed.success
    ? parsed.data.error
    : lenientGraphError(failure.body);
  const errorCode = typeof error?.code === 'number' ? error.code : undefined;
  const isTransient = typeof error?.is_transient === 'boolean' ? error.is_transient : undefined;
  const errorData = error?.error_data as { details?: unknown } | undefined;
  const { retryClass, mayHaveBeenSent } = assessApiFailure(failure.statusCode, errorCode, (code) =>
    graphClassOfCode(code, isTransient),
  );
  return new CloudApiError({
    statusCode: failure.statusCode,
    message: optionalString(error?.message) ?? statusText,
    errorCode,
    errorSubcode: typeof error?.error_subcode === 'number' ? error.error_subcode : undefined,
    errorType: optionalString(error?.type),
    details: optionalString(errorData?.details),
    fbtraceId: optionalString(error?.fbtrace_id),
    userTitle: optionalString(error?.error_user_title),
    userMessage: optionalString(error?.error_user_msg),
    isTransient,
    responseBody: failure.body,
    isRetryable: isRetryableClass(retryClass, failure.idempotent),
    mayHaveBeenSent,
    retryClass,
    retryAfterMs: failure.retryAfterMs,
    suggestedRetryDelayMs:
      retryClass === 'undeliverable'
        ? undeliverableRetryDelay(1, failure.undeliverableBaseDelayMs)
        : retryClass === 'rate-limit'
          ? failure.retryAfterMs
          : undefined,
  });
}

/** The `error` object of a body that does not match the schema, when it has a numeric `code`. */
function lenientGraphError(body: unknown): Record<string, unknown> | undefined {
  const error = (body as { error?: unknown } | null | undefined)?.error;
  if (error === null || typeof error !== 'object') return undefined;
  return typeof (error as { code?: unknown }).code === 'number'
    ? (error as Record<string, unknown>)
    : undefined;
}
