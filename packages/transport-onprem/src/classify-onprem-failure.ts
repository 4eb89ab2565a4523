import { ApiError, type WaError } from '@wa/schema';
import {
  classifyApiFailure,
  createRetryClassifier,
  type RetryAdvice,
  type RetryClass,
  type RetryClassifier,
} from '@wa/transport-utils';
import { isOnPremErrorCode, ONPREM_ERROR_CODES } from './onprem-error-codes.ts';

/** The retry class of a documented On-Prem error code (see {@link ONPREM_ERROR_CODES}). */
export function retryClassOfOnPremCode(code: number): RetryClass | undefined {
  if (!isOnPremErrorCode(code)) return undefined;
  switch (ONPREM_ERROR_CODES[code].retry) {
    case 'backoff':
      return 'undeliverable';
    case 'later':
      return code === 1015 || code === 429 ? 'rate-limit' : 'transient';
    case 'if-idempotent':
      // Decided by the HTTP status and the call: retried only when repeating it has no effect.
      return undefined;
    default:
      return 'never';
  }
}

/** The retry class of an On-Prem error response, from its HTTP status and `errors[0].code`. */
export function classifyOnPremFailure(
  statusCode: number,
  errorCode: number | undefined,
  idempotent: boolean,
): RetryClass {
  return classifyApiFailure(statusCode, errorCode, retryClassOfOnPremCode, idempotent);
}

const sharedClassifier = createRetryClassifier({ classOfCode: retryClassOfOnPremCode });

/**
 * The retry classifier of the On-Premises client: the shared classifier over the On-Prem code table,
 * except that a failed login is never retried by the call that needed it (the login already retried),
 * and a 401 is never retried here (it gets one re-login and one retry of its own).
 */
export function createOnPremRetryClassifier(isLoginFailure: (error: WaError) => boolean): RetryClassifier {
  return (error, context): RetryAdvice => {
    if (isLoginFailure(error)) return { retryClass: 'never', reason: 'the login failed' };
    if (ApiError.isInstance(error) && error.statusCode === 401) {
      return { retryClass: 'never', reason: 'HTTP 401 after a fresh login' };
    }
    return sharedClassifier(error, context);
  };
}
