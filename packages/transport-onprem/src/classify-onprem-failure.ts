import { ApiError, type RetryClass } from '@wa/schema';
import { assessApiFailure, classifyFailure, type RetryClassifier } from '@wa/transport-utils';
import { isOnPremErrorCode, ONPREM_ERROR_CODES } from './onprem-error-codes.ts';

/** The retry class of a documented On-Prem error code (see {@link ONPREM_ERROR_CODES}). */
export function retryClassOfOnPremCode(code: number): RetryClass | undefined {
  return isOnPremErrorCode(code) ? ONPREM_ERROR_CODES[code].retry : undefined;
}

/** The retry class of an On-Prem error response, from its HTTP status and `errors[0].code`. */
export function classifyOnPremFailure(statusCode: number, errorCode: number | undefined): RetryClass {
  return assessApiFailure(statusCode, errorCode, retryClassOfOnPremCode).retryClass;
}

/**
 * The retry classifier of the On-Premises client: the shared classifier, except that a 401 is never
 * retried by the HTTP layer (the client answers it with one fresh login and one more attempt of its own).
 */
export const classifyOnPremCallFailure: RetryClassifier = (error, context) => {
  if (ApiError.isInstance(error) && error.statusCode === 401) {
    return { retryClass: 'never', retry: false, reason: 'HTTP 401: the client logs in again first' };
  }
  return classifyFailure(error, context);
};
