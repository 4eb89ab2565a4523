import { cloudErrorResponseSchema } from '@wa/schema';
import { classifyApiFailure, type HttpFailure, type RetryClass } from '@wa/transport-utils';
import { cloudErrorCodeInfo } from './cloud-error-codes.ts';
import { GraphApiError } from './graph-api-error.ts';

/**
 * The retry class of a Graph error: the code's row in `CLOUD_ERROR_CODES`; for an unlisted code,
 * `transient` when Graph flags it `is_transient`, else the HTTP status decides.
 */
export function cloudRetryClass(
  statusCode: number,
  errorCode: number | undefined,
  isTransient: boolean | undefined,
  idempotent: boolean,
): RetryClass {
  return classifyApiFailure(
    statusCode,
    errorCode,
    (code) => cloudErrorCodeInfo(code)?.retry ?? (isTransient === true ? 'transient' : undefined),
    idempotent,
  );
}

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * Turns a Graph error response into a {@link GraphApiError}. A body that is not a Graph error (a proxy's
 * HTML page, an empty body) never causes a parse error: the message falls back to the HTTP status text.
 */
export function toGraphApiError(failure: HttpFailure): GraphApiError {
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
  return new GraphApiError({
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
    isRetryable: cloudRetryClass(failure.statusCode, errorCode, isTransient, false) !== 'never',
    retryAfterMs: failure.retryAfterMs,
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
