import { WaError } from '@wa/schema';
import { PACKAGE_NAME } from './package-name.ts';

// The marker of the transports' own abort error, so `RequestAbortedError.isInstance` recognises this one.
const marker = 'wa.error.request-aborted';

/**
 * The caller aborted a send while it waited for its turn. Code `WA_ABORTED`, like the transports' abort
 * error (whose `isInstance` also recognises it); `cause` is the signal's reason. Nothing was sent.
 */
export class PacingAbortedError extends WaError {
  /** Always `false`: the task was never started. */
  readonly mayHaveBeenSent = false;

  constructor(cause: unknown) {
    super({
      code: 'WA_ABORTED',
      message: `[${PACKAGE_NAME}] The call was aborted. Nothing was sent.`,
      cause,
    });
    this.name = 'PacingAbortedError';
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is an abort error of `@wa/redis` or of a transport. */
  static override isInstance(error: unknown): error is PacingAbortedError {
    return WaError.hasMarker(error, marker);
  }
}
