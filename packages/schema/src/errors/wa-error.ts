const marker = 'wa.error';
const symbol = Symbol.for(marker);

/** Options shared by every error of the `@wa/*` packages. */
export interface WaErrorOptions {
  /** The stable, machine-readable code of the error, e.g. `WA_VALIDATION_ERROR`. */
  code: string;
  /** A human-readable description; by convention it starts with the package name in brackets. */
  message: string;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * The base class of every error thrown by the `@wa/*` packages.
 *
 * `instanceof` fails when two copies of `@wa/schema` are installed; use {@link WaError.isInstance},
 * which checks a global symbol marker instead.
 */
export class WaError extends Error {
  /** The stable, machine-readable code of the error. */
  readonly code: string;

  constructor({ code, message, cause }: WaErrorOptions) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'WaError';
    this.code = code;
    Object.defineProperty(this, symbol, { value: true });
  }

  /** True when `error` is a `WaError` from any copy of `@wa/schema`. */
  static isInstance(error: unknown): error is WaError {
    return WaError.hasMarker(error, marker);
  }

  /** True when `error` carries the global marker `Symbol.for(markerName)`; used by subclasses. */
  protected static hasMarker(error: unknown, markerName: string): boolean {
    const markerSymbol = Symbol.for(markerName);
    return (
      error != null &&
      typeof error === 'object' &&
      markerSymbol in error &&
      (error as Record<symbol, unknown>)[markerSymbol] === true
    );
  }
}
