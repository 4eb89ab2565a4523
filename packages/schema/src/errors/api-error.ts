import type { RetryClass } from './retry-class.ts';
import { WaError } from './wa-error.ts';

const marker = 'wa.error.api';

/** Which WhatsApp API answered. */
export type WhatsAppApi = 'cloud' | 'onprem';

/** Options of {@link ApiError}. */
export interface ApiErrorOptions {
  /** Which API answered. */
  api: WhatsAppApi;
  /** The HTTP status of the response. */
  statusCode: number;
  /** What went wrong, as the API said it (Graph `error.message`, On-Prem `errors[0].title`). */
  message: string;
  /** The API's numeric error code (Graph `error.code`, On-Prem `errors[0].code`), e.g. `131026`. */
  errorCode?: number | undefined;
  /** Graph `error.error_subcode`. */
  errorSubcode?: number | undefined;
  /** Graph `error.type`, e.g. `OAuthException`. */
  errorType?: string | undefined;
  /** Graph `error.error_data.details` or On-Prem `errors[0].details`. */
  details?: string | undefined;
  /** Graph `error.fbtrace_id`, for Meta support. */
  fbtraceId?: string | undefined;
  /** The parsed response body (never contains request credentials). */
  responseBody?: unknown;
  /** True when repeating the failed call cannot create a duplicate and may succeed. */
  isRetryable: boolean;
  /**
   * False only when the answer proves nothing was created (a rate limit, a documented refusal, a 4xx answer
   * of the API itself). True when the request may have been processed (a 5xx or 408 answer, a body that is
   * not the API's): a message may have been sent, so sending it again could duplicate it. Default `true`.
   */
  mayHaveBeenSent?: boolean | undefined;
  /** How the failure may be retried (see {@link RetryClass}). Default `never`. */
  retryClass?: RetryClass | undefined;
  /** How long the API asked to wait before retrying (from `Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined;
  /**
   * When to try again if the call is rescheduled (by a queue), in milliseconds: `Retry-After` for a rate
   * limit, the first of growing intervals for an undeliverable message.
   */
  suggestedRetryDelayMs?: number | undefined;
  /** The package that received the error, for the message prefix. */
  packageName: string;
  cause?: unknown;
}

/**
 * The API answered with an error: the shared base of the Cloud and On-Premises error classes.
 * `code` is this class's stable code (`WA_API_ERROR`); the API's own numeric code is `errorCode`.
 */
export class ApiError extends WaError {
  /** Which API answered. */
  readonly api: WhatsAppApi;
  /** The HTTP status of the response. */
  readonly statusCode: number;
  /** The API's numeric error code, e.g. `131026` (Cloud) or `1026` (On-Prem). */
  readonly errorCode: number | undefined;
  /** Graph `error.error_subcode`. */
  readonly errorSubcode: number | undefined;
  /** Graph `error.type`. */
  readonly errorType: string | undefined;
  /** Extra detail from the API. */
  readonly details: string | undefined;
  /** Graph `error.fbtrace_id`. */
  readonly fbtraceId: string | undefined;
  /** The parsed response body. */
  readonly responseBody: unknown;
  /** True when repeating the failed call cannot create a duplicate and may succeed. */
  readonly isRetryable: boolean;
  /**
   * True when the request may have been processed: a message may have been sent, so do not resend blindly.
   * False when the answer proves nothing was created.
   */
  readonly mayHaveBeenSent: boolean;
  /** How the failure may be retried: `rate-limit`, `transient`, `if-idempotent`, `undeliverable` or `never`. */
  readonly retryClass: RetryClass;
  /** How long the API asked to wait before retrying, in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** When to try again if a queue reschedules the call, in milliseconds (rate limits, undeliverable). */
  readonly suggestedRetryDelayMs: number | undefined;

  constructor(options: ApiErrorOptions) {
    const code = options.errorCode === undefined ? '' : ` (code ${options.errorCode})`;
    super({
      code: 'WA_API_ERROR',
      message: `[${options.packageName}] HTTP ${options.statusCode}${code}: ${options.message}${options.details ? ` (${options.details})` : ''}`,
      cause: options.cause,
    });
    this.name = 'ApiError';
    this.api = options.api;
    this.statusCode = options.statusCode;
    this.errorCode = options.errorCode;
    this.errorSubcode = options.errorSubcode;
    this.errorType = options.errorType;
    this.details = options.details;
    this.fbtraceId = options.fbtraceId;
    this.responseBody = options.responseBody;
    this.isRetryable = options.isRetryable;
    this.mayHaveBeenSent = options.mayHaveBeenSent ?? true;
    this.retryClass = options.retryClass ?? 'never';
    this.retryAfterMs = options.retryAfterMs;
    this.suggestedRetryDelayMs = options.suggestedRetryDelayMs;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is an `ApiError` (Cloud or On-Prem) from any copy of `@wa/schema`. */
  static override isInstance(error: unknown): error is ApiError {
    return WaError.hasMarker(error, marker);
  }
}
