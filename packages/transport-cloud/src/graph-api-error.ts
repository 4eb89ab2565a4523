import { ApiError } from '@wa/schema';

const marker = 'wa.error.graph-api';

/** Options of {@link GraphApiError}. */
export interface GraphApiErrorOptions {
  /** The HTTP status of the response. */
  statusCode: number;
  /** Graph `error.message`, or the HTTP status text when the body is not a Graph error. */
  message: string;
  /** Graph `error.code`, e.g. `131026`. */
  errorCode?: number | undefined;
  /** Graph `error.error_subcode`. */
  errorSubcode?: number | undefined;
  /** Graph `error.type`, e.g. `OAuthException`. */
  errorType?: string | undefined;
  /** Graph `error.error_data.details`. */
  details?: string | undefined;
  /** Graph `error.fbtrace_id`. */
  fbtraceId?: string | undefined;
  /** Graph `error.error_user_title`. */
  userTitle?: string | undefined;
  /** Graph `error.error_user_msg`. */
  userMessage?: string | undefined;
  /** Graph `error.is_transient`. */
  isTransient?: boolean | undefined;
  /** The parsed response body. */
  responseBody?: unknown;
  /** True when sending again cannot create a duplicate message and may succeed. */
  isRetryable: boolean;
  /** The `Retry-After` header, in milliseconds. */
  retryAfterMs?: number | undefined;
}

/**
 * The Cloud API (Graph) answered with an error. Carries every field of the Graph error body, the HTTP
 * status and whether a retry is safe; `code` is `WA_API_ERROR`, the Graph code is `errorCode` (see
 * `CLOUD_ERROR_CODES`).
 *
 * @example
 * ```ts
 * try {
 *   await client.sendText('15551234567', 'Hi');
 * } catch (error) {
 *   if (GraphApiError.isInstance(error) && error.errorCode === 131047) {
 *     // More than 24 hours since the user's last message: send a template instead.
 *   }
 * }
 * ```
 */
export class GraphApiError extends ApiError {
  /** Graph `error.error_user_title`, a title meant for end users. */
  readonly userTitle: string | undefined;
  /** Graph `error.error_user_msg`, a message meant for end users. */
  readonly userMessage: string | undefined;
  /** Graph `error.is_transient`: Meta's hint that the same call may succeed later. */
  readonly isTransient: boolean | undefined;

  constructor(options: GraphApiErrorOptions) {
    super({ ...options, api: 'cloud', packageName: '@wa/transport-cloud' });
    this.name = 'GraphApiError';
    this.userTitle = options.userTitle;
    this.userMessage = options.userMessage;
    this.isTransient = options.isTransient;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is a `GraphApiError` from any copy of `@wa/transport-cloud`. */
  static override isInstance(error: unknown): error is GraphApiError {
    return ApiError.hasMarker(error, marker);
  }
}
