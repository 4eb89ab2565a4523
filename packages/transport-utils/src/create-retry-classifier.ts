import { ApiError, RequestError, type RetryClass, type WaError } from '@wa/schema';
import { isRetryableClass } from '@wa/schema/internal';
import type { RetryAdvice, RetryClassifier } from './retry-policy.ts';

/** What {@link assessApiFailure} concludes about one error answer. */
export interface ApiFailureAssessment {
  /** How the failure may be retried. */
  retryClass: RetryClass;
  /** False only when the answer proves that nothing was created. */
  mayHaveBeenSent: boolean;
}

/**
 * Judges an HTTP error answer by its status and the API's own error code (`undefined` when the body is not
 * the API's error body, for example a proxy's HTML page). The rules both transports share:
 *
 * - the code's row in the API's table wins when there is one (`classOfCode`);
 * - otherwise 429 is a `rate-limit` refusal, 408 and 5xx are `if-idempotent` (a gateway may answer after
 *   the request was forwarded and processed), and anything else is `never`;
 * - `mayHaveBeenSent` is false only for a rate limit, a documented refusal (`transient`), an undeliverable
 *   message, and a 4xx answer (other than 408) that carries the API's own error code. A 5xx or 408 answer,
 *   or an answer that is not the API's, may hide a processed request.
 */
export function assessApiFailure(
  statusCode: number,
  errorCode: number | undefined,
  classOfCode: (errorCode: number) => RetryClass | undefined,
): ApiFailureAssessment {
  const fromCode = errorCode === undefined ? undefined : classOfCode(errorCode);
  const retryClass: RetryClass =
    fromCode ??
    (statusCode === 429 ? 'rate-limit' : statusCode === 408 || statusCode >= 500 ? 'if-idempotent' : 'never');
  const refused = retryClass === 'rate-limit' || retryClass === 'transient' || retryClass === 'undeliverable';
  const apiRejected =
    errorCode !== undefined && statusCode < 500 && statusCode !== 408 && retryClass === 'never';
  return { retryClass, mayHaveBeenSent: !(refused || apiRejected || statusCode === 429) };
}

/**
 * The retry classifier both transports use:
 *
 * - an `ApiError` is retried by its `retryClass` (set when the answer was mapped): `rate-limit` and
 *   `transient` always, `if-idempotent` only for idempotent calls, `undeliverable` and `never` not at all;
 * - a `RequestError` whose request never left (`mayHaveBeenSent: false`) is retried; one that may have
 *   reached the server only when the call is idempotent: an ambiguous send is never repeated (R-DLV-3);
 * - anything else (validation errors, aborts, missing settings) is never retried.
 */
export const classifyFailure: RetryClassifier = (error: WaError, { idempotent }): RetryAdvice => {
  if (ApiError.isInstance(error)) {
    const { retryClass } = error;
    const code = error.errorCode === undefined ? '' : ` code ${error.errorCode}`;
    return {
      retryClass,
      retry: isRetryableClass(retryClass, idempotent),
      reason: `HTTP ${error.statusCode}${code}`,
      retryAfterMs: error.retryAfterMs,
    };
  }
  if (RequestError.isInstance(error)) {
    if (!error.mayHaveBeenSent) {
      return { retryClass: 'transient', retry: true, reason: 'the request never reached the server' };
    }
    return {
      retryClass: 'if-idempotent',
      retry: idempotent,
      reason: idempotent ? 'no answer to an idempotent request' : 'the request may have reached the server',
    };
  }
  return { retryClass: 'never', retry: false, reason: error.code };
};
