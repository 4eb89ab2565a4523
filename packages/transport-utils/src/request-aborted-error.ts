import { WaError } from '@wa/schema';

const marker = 'wa.error.request-aborted';

/** Options of {@link RequestAbortedError}. */
export interface RequestAbortedErrorOptions {
  /** The package whose call was aborted, for the message prefix. */
  packageName: string;
  /**
   * False when the call was aborted before its request was handed to `fetch` (still queued by the pacer or
   * waiting for a retry); true when the request may already have reached the server.
   */
  mayHaveBeenSent: boolean;
  /** The abort reason of the caller's `AbortSignal`. */
  cause?: unknown;
}

/**
 * The caller aborted the call through its `AbortSignal`. `code` is `WA_ABORTED`; `cause` is the signal's
 * reason. Check `mayHaveBeenSent` before sending the same message again.
 */
export class RequestAbortedError extends WaError {
  /** True when the request may already have reached the server (a message may have been sent). */
  readonly mayHaveBeenSent: boolean;

  constructor({ packageName, mayHaveBeenSent, cause }: RequestAbortedErrorOptions) {
    const state = mayHaveBeenSent
      ? 'The request may have reached the server: do not resend blindly.'
      : 'Nothing was sent.';
    super({ code: 'WA_ABORTED', message: `[${packageName}] The call was aborted. ${state}`, cause });
    this.name = 'RequestAbortedError';
    this.mayHaveBeenSent = mayHaveBeenSent;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is a `RequestAbortedError` from any copy of `@wa/transport-utils`. */
  static override isInstance(error: unknown): error is RequestAbortedError {
    return WaError.hasMarker(error, marker);
  }
}
