import { WaError } from '@wa/schema';

const marker = 'wa.error.sandbox';

/** The stable codes of {@link SandboxError}. */
export type SandboxErrorCode =
  /** No business message arrived in time (`nextMessage`). */
  | 'WA_SANDBOX_TIMEOUT'
  /** A customer action named something the business message does not have (a button, a list row). */
  | 'WA_SANDBOX_NOT_IN_MESSAGE'
  /** The webhook receiver never answered 2xx to a delivery (after every attempt). */
  | 'WA_SANDBOX_WEBHOOK_FAILED'
  /** The port asked for is taken by another process. */
  | 'WA_SANDBOX_PORT_IN_USE'
  /** A setting has a value the sandbox cannot use, or an unknown message or customer was named. */
  | 'WA_SANDBOX_INVALID';

/** An error of `@wa/sandbox`; its message starts with `[@wa/sandbox]` and never holds a credential. */
export class SandboxError extends WaError {
  declare readonly code: SandboxErrorCode;

  constructor(code: SandboxErrorCode, message: string, cause?: unknown) {
    super({ code, message: `[@wa/sandbox] ${message}`, cause });
    this.name = 'SandboxError';
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is a `SandboxError` from any copy of `@wa/sandbox`. */
  static override isInstance(error: unknown): error is SandboxError {
    return WaError.hasMarker(error, marker);
  }
}
