import { WaError } from '@wa/schema';
import { PACKAGE_NAME } from './package-name.ts';

const marker = 'wa.error.redis-unavailable';

/**
 * Redis did not answer (connection refused or lost, or no answer within the time limit), so a shared
 * limit could not be checked. Code `WA_REDIS_UNAVAILABLE`. Nothing was sent: `mayHaveBeenSent` is
 * always `false`, so the call may be repeated.
 */
export class RedisUnavailableError extends WaError {
  /** Always `false`: the task was not started. */
  readonly mayHaveBeenSent = false;
  /** What needed Redis, e.g. `pacing`. */
  readonly operation: string;

  constructor(options: { operation: string; message: string; cause?: unknown }) {
    super({
      code: 'WA_REDIS_UNAVAILABLE',
      message: `[${PACKAGE_NAME}] ${options.operation}: Redis is unreachable (${options.message}); nothing was sent.`,
      cause: options.cause,
    });
    this.name = 'RedisUnavailableError';
    this.operation = options.operation;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is a `RedisUnavailableError` from any copy of `@wa/redis`. */
  static override isInstance(error: unknown): error is RedisUnavailableError {
    return WaError.hasMarker(error, marker);
  }
}
