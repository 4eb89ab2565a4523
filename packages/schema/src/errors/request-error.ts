import { WaError } from './wa-error.ts';

const marker = 'wa.error.request';

/** Options of {@link RequestError}. */
export interface RequestErrorOptions {
  /** `WA_TIMEOUT` when the time limit passed, `WA_NETWORK_ERROR` when the connection failed. */
  code: 'WA_TIMEOUT' | 'WA_NETWORK_ERROR';
  /** What happened, without any credential. */
  message: string;
  /**
   * False only when the request certainly never reached the server (connection refused, DNS failure,
   * reset before the body was written). True when it may have been received and acted on: a message
   * may have been sent, so sending it again could duplicate it.
   */
  mayHaveBeenSent: boolean;
  /** The package that made the request, for the message prefix. */
  packageName: string;
  cause?: unknown;
}

/**
 * No answer was received: the request timed out (`WA_TIMEOUT`) or the connection failed
 * (`WA_NETWORK_ERROR`). Check `mayHaveBeenSent` before sending the same message again.
 */
export class RequestError extends WaError {
  /** True when the server may have received the request (a message may have been sent). */
  readonly mayHaveBeenSent: boolean;
  declare readonly code: 'WA_TIMEOUT' | 'WA_NETWORK_ERROR';

  constructor({ code, message, mayHaveBeenSent, packageName, cause }: RequestErrorOptions) {
    const warning = mayHaveBeenSent ? ' The request may have reached the server: do not resend blindly.' : '';
    super({ code, message: `[${packageName}] ${message}${warning}`, cause });
    this.name = code === 'WA_TIMEOUT' ? 'TimeoutError' : 'NetworkError';
    this.mayHaveBeenSent = mayHaveBeenSent;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is a `RequestError` from any copy of `@wa/schema`. */
  static override isInstance(error: unknown): error is RequestError {
    return WaError.hasMarker(error, marker);
  }
}
