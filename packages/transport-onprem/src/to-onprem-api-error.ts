import { isRetryableClass } from '@wa/schema/internal';
import { onPremErrorResponseSchema } from '@wa/schema/responses';
import { assessApiFailure, type HttpFailure, undeliverableRetryDelay } from '@wa/transport-utils';
import { retryClassOfOnPremCode } from './classify-onprem-failure.ts';
import { OnPremApiError } from './onprem-api-error.ts';

/**
 * Turns an HTTP error response of the On-Premises client into an {@link OnPremApiError}. The body is
 * read as `{ errors: [{ code, title, details }], meta }`; when it is not (a proxy's HTML page, an empty
 * body), the HTTP status text is used instead, so that the real failure is never hidden behind a parse
 * error, and the error says the request may have been processed (`mayHaveBeenSent: true`).
 */
export function toOnPremApiError(failure: HttpFailure): OnPremApiError {
  const parsed = onPremErrorResponseSchema.safeParse(failure.body);
  const errors = parsed.success
    ? parsed.data.errors.map(({ code, title, details, href }) => ({ code, title, details, href }))
    : [];
  const fallbackMessage =
    failure.operation === 'login' && failure.statusCode === 401
      ? 'Login failed: check the username and password'
      : failure.statusText || `HTTP ${failure.statusCode}`;
  const { retryClass, mayHaveBeenSent } = assessApiFailure(
    failure.statusCode,
    errors[0]?.code,
    retryClassOfOnPremCode,
  );
  return new OnPremApiError({
    statusCode: failure.statusCode,
    errors,
    fallbackMessage,
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
