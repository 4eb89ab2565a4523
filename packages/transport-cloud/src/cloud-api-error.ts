import { ApiError, type ApiErrorOptions } from '@wa/schema';
import { PACKAGE_NAME } from './package-name.ts';

const marker = 'wa.error.api.cloud';
/** The marker of the class's earlier name, `GraphApiError`, still set for older `isInstance` checks. */
const legacyMarker = 'wa.error.graph-api';

/**
 * Options of {@link CloudApiError}: the {@link ApiErrorOptions} of the shared base (without `api` and
 * `packageName`, which are always `cloud` and this package), plus the Graph fields meant for end users.
 */
export interface CloudApiErrorOptions extends Omit<ApiErrorOptions, 'api' | 'packageName' | 'cause'> {
  /** Graph `error.message`, or the HTTP status text when the body is not a Graph error. */
  message: string;
  /** Graph `error.error_user_title`. */
  userTitle?: string | undefined;
  /** Graph `error.error_user_msg`. */
  userMessage?: string | undefined;
  /** Graph `error.is_transient`. */
  isTransient?: boolean | undefined;
}

/**
 * The Cloud API (Graph) answered with an error: the Cloud twin of `OnPremApiError`, on the shared `ApiError`
 * base. Carries every field of the Graph error body, the HTTP status, whether a retry is safe
 * (`isRetryable`, `retryClass`) and whether the message may have been sent anyway (`mayHaveBeenSent`);
 * `code` is `WA_API_ERROR`, the Graph code is `errorCode` (see `CLOUD_ERROR_CODES`).
 *
 * @example
 * ```ts
 * try {
 *   await client.sendText('15551234567', 'Hi');
 * } catch (error) {
 *   if (CloudApiError.isInstance(error) && error.errorCode === 131047) {
 *     // More than 24 hours since the user's last message: send a template instead.
 *   }
 * }
 * ```
 */
export class CloudApiError extends ApiError {
  declare readonly api: 'cloud';
  /** Graph `error.error_user_title`, a title meant for end users. */
  readonly userTitle: string | undefined;
  /** Graph `error.error_user_msg`, a message meant for end users. */
  readonly userMessage: string | undefined;
  /** Graph `error.is_transient`: Meta's hint that the same call may succeed later. */
  readonly isTransient: boolean | undefined;

  constructor(options: CloudApiErrorOptions) {
    super({ ...options, api: 'cloud', packageName: PACKAGE_NAME });
    this.name = 'CloudApiError';
    this.userTitle = options.userTitle;
    this.userMessage = options.userMessage;
    this.isTransient = options.isTransient;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
    Object.defineProperty(this, Symbol.for(legacyMarker), { value: true });
  }

  /** True when `error` is a `CloudApiError` from any copy of `@wa/transport-cloud`. */
  static override isInstance(error: unknown): error is CloudApiError {
    return ApiError.hasMarker(error, marker) || ApiError.hasMarker(error, legacyMarker);
  }
}
