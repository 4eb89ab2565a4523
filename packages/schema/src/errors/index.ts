export { ApiError, type ApiErrorOptions, type WhatsAppApi } from './api-error.ts';
export { MissingSettingError, type MissingSettingErrorOptions } from './missing-setting-error.ts';
export { RequestError, type RequestErrorOptions } from './request-error.ts';
export { isRetryableClass, type RetryClass } from './retry-class.ts';
export {
  ServiceWindowClosedError,
  type ServiceWindowClosedErrorOptions,
} from './service-window-closed-error.ts';
export { ValidationError, type ValidationErrorOptions, type ValidationIssue } from './validation-error.ts';
export { WaError, type WaErrorOptions } from './wa-error.ts';
