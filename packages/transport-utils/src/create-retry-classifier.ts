import { ApiError, RequestError, type WaError } from '@wa/schema';
import type { RetryAdvice, RetryClass, RetryClassifier } from './retry-policy.ts';

/**
 * The retry class of an HTTP error response from its status and the API's numeric error code. The API's
 * code wins when `classOfCode` knows it. Otherwise: 429 is a rate limit and 408/503 are transient (the
 * server did not process the request); 500, 502 and 504 are transient only for idempotent calls, because a
 * gateway error may hide a request that was processed; everything else is `never`.
 *
 * @param classOfCode The API's table of error codes (`undefined` for codes it does not list).
 */
export function classifyApiFailure(
  statusCode: number,
  errorCode: number | undefined,
  classOfCode: (errorCode: number) => RetryClass | undefined,
  idempotent: boolean,
): RetryClass {
  const fromCode = errorCode === undefined ? undefined : classOfCode(errorCode);
  if (fromCode !== undefined) return fromCode;
  if (statusCode === 429) return 'rate-limit';
  if (statusCode === 408 || statusCode === 503) return 'transient';
  if (statusCode === 500 || statusCode === 502 || statusCode === 504)
    return idempotent ? 'transient' : 'never';
  return 'never';
}

/**
 * Builds the retry classifier of a transport from its API's error-code table. The resulting classifier:
 *
 * - retries an `ApiError` according to {@link classifyApiFailure} (an error answer means nothing was created);
 * - retries a `RequestError` whose request never reached the server (`mayHaveBeenSent: false`), and one that
 *   may have reached it only when the call is idempotent: an ambiguous send is never repeated;
 * - never retries anything else (validation errors, aborts, missing settings).
 */
export function createRetryClassifier(options: {
  classOfCode: (errorCode: number) => RetryClass | undefined;
}): RetryClassifier {
  return (error: WaError, { idempotent }): RetryAdvice => {
    if (ApiError.isInstance(error)) {
      const retryClass = classifyApiFailure(
        error.statusCode,
        error.errorCode,
        options.classOfCode,
        idempotent,
      );
      const code = error.errorCode === undefined ? '' : ` code ${error.errorCode}`;
      return { retryClass, reason: `HTTP ${error.statusCode}${code}`, retryAfterMs: error.retryAfterMs };
    }
    if (RequestError.isInstance(error)) {
      if (!error.mayHaveBeenSent)
        return { retryClass: 'transient', reason: 'the request never reached the server' };
      return idempotent
        ? { retryClass: 'transient', reason: 'no answer to an idempotent request' }
        : { retryClass: 'never', reason: 'the request may have reached the server' };
    }
    return { retryClass: 'never', reason: error.code };
  };
}
