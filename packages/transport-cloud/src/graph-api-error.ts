import { CloudApiError, type CloudApiErrorOptions } from './cloud-api-error.ts';

/**
 * The earlier name of {@link CloudApiError}.
 *
 * @deprecated Use `CloudApiError` (symmetric with `OnPremApiError`); this alias will be removed.
 */
export const GraphApiError = CloudApiError;
/** @deprecated Use `CloudApiError`. */
export type GraphApiError = CloudApiError;
/** @deprecated Use `CloudApiErrorOptions`. */
export type GraphApiErrorOptions = CloudApiErrorOptions;
