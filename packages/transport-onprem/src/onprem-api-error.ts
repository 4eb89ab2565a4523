import { ApiError, type RetryClass } from '@wa/schema';
import { isOnPremErrorCode, ONPREM_ERROR_CODES } from './onprem-error-codes.ts';
import { PACKAGE_NAME } from './package-name.ts';

const marker = 'wa.error.api.onprem';

/** One entry of an On-Premises error body: `{ errors: [{ code, title, details }] }`. */
export interface OnPremErrorEntry {
  /** The On-Prem error code, e.g. `1026`. */
  code: number;
  /** Its title, e.g. `Receiver incapable`. */
  title: string;
  /** More detail, when the client gives it. */
  details?: string | undefined;
  /** A link to the error reference, when the client gives it. */
  href?: string | undefined;
}

/** Options of {@link OnPremApiError}. */
export interface OnPremApiErrorOptions {
  /** The HTTP status of the response. */
  statusCode: number;
  /** The first entry of `errors`, when the body had one. */
  error?: OnPremErrorEntry | undefined;
  /** Every entry of `errors` (the client may report more than one). */
  errors?: readonly OnPremErrorEntry[] | undefined;
  /** What to say when the body had no `errors` entry (usually the HTTP status text). */
  fallbackMessage?: string | undefined;
  /** The parsed response body. */
  responseBody?: unknown;
  /** True when repeating the failed call cannot duplicate a message and may succeed. */
  isRetryable: boolean;
  /** False only when the answer proves nothing was created. Default `true`. */
  mayHaveBeenSent?: boolean | undefined;
  /** How the failure may be retried. Default `never`. */
  retryClass?: RetryClass | undefined;
  /** When a queue should try again, in milliseconds (rate limits, undeliverable). */
  suggestedRetryDelayMs?: number | undefined;
  /** How long the client asked to wait (`Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

/**
 * The On-Premises client answered with an error: the On-Prem twin of `CloudApiError`, on the shared
 * {@link ApiError} base, so code that handles Cloud errors handles these too: `errorCode` is
 * `errors[0].code`, the message is `errors[0].title` and `details` is `errors[0].details`; `retryClass`,
 * `isRetryable` and `mayHaveBeenSent` follow the same rules on both APIs.
 *
 * @example
 * ```ts
 * try {
 *   await client.send(message);
 * } catch (error) {
 *   if (OnPremApiError.isInstance(error) && error.errorCode === 1026) {
 *     // receiver incapable: reschedule after error.suggestedRetryDelayMs, with growing intervals
 *   }
 * }
 * ```
 */
export class OnPremApiError extends ApiError {
  declare readonly api: 'onprem';
  /** Every entry of the body's `errors` array. */
  readonly errors: readonly OnPremErrorEntry[];
  /**
   * What {@link ONPREM_ERROR_CODES} says of `errorCode`; `undefined` for codes outside the table.
   *
   * @deprecated Use `retryClass`, which every `ApiError` carries.
   */
  readonly retryAdvice: RetryClass | undefined;

  constructor(options: OnPremApiErrorOptions) {
    const entry = options.error ?? options.errors?.[0];
    super({
      api: 'onprem',
      statusCode: options.statusCode,
      message: entry?.title ?? options.fallbackMessage ?? `HTTP ${options.statusCode}`,
      errorCode: entry?.code,
      details: entry?.details,
      responseBody: options.responseBody,
      isRetryable: options.isRetryable,
      mayHaveBeenSent: options.mayHaveBeenSent,
      retryClass: options.retryClass,
      retryAfterMs: options.retryAfterMs,
      suggestedRetryDelayMs: options.suggestedRetryDelayMs,
      packageName: PACKAGE_NAME,
      cause: options.cause,
    });
    this.name = 'OnPremApiError';
    this.errors = options.errors ?? (entry ? [entry] : []);
    this.retryAdvice =
      entry !== undefined && isOnPremErrorCode(entry.code) ? ONPREM_ERROR_CODES[entry.code].retry : undefined;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is an `OnPremApiError` from any copy of this package. */
  static override isInstance(error: unknown): error is OnPremApiError {
    return ApiError.hasMarker(error, marker);
  }
}
