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
  const parsed = cloudErrorResponseSchema.safeParse(failure.body);
  const statusText = failure.statusText || `HTTP ${failure.statusCode}`;
  if (!parsed.success) {
    return new GraphApiError({
      statusCode: failure.statusCode,
      message: statusText,
      responseBody: failure.body,
      isRetryable: cloudRetryClass(failure.statusCode, undefined, undefined, false) !== 'never',
      retryAfterMs: failure.retryAfterMs,
    });
  }
  const { error } = parsed.data;
  const isTransient = typeof error.is_transient === 'boolean' ? error.is_transient : undefined;
  return new GraphApiError({
    statusCode: failure.statusCode,
    message: error.message,
    errorCode: error.code,
    errorSubcode: error.error_subcode,
    errorType: error.type,
    details: error.error_data?.details,
    fbtraceId: error.fbtrace_id,
    userTitle: optionalString(error.error_user_title),
    userMessage: optionalString(error.error_user_msg),
    isTransient,
    responseBody: failure.body,
    isRetryable: cloudRetryClass(failure.statusCode, error.code, isTransient, false) !== 'never',
    retryAfterMs: failure.retryAfterMs,
  });
}
