/**
 * `@wa/schema/errors`: the typed errors every `@wa` package throws, all extending `WaError` with a
 * stable `code`.
 *
 * @module
 */
export { ApiError, type ApiErrorOptions, type WhatsAppApi } from '../errors/api-error.ts';
export { MissingSettingError, type MissingSettingErrorOptions } from '../errors/missing-setting-error.ts';
export { RequestError, type RequestErrorOptions } from '../errors/request-error.ts';
export type { RetryClass } from '../errors/retry-class.ts';
export {
  ServiceWindowClosedError,
  type ServiceWindowClosedErrorOptions,
} from '../errors/service-window-closed-error.ts';
export {
  ValidationError,
  type ValidationErrorOptions,
  type ValidationIssue,
} from '../errors/validation-error.ts';
export { WaError, type WaErrorOptions } from '../errors/wa-error.ts';
