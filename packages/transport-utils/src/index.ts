/**
 * `@wa/transport-utils`: building blocks shared by the `@wa/*` transports: the HTTP client over `fetch` that
 * maps every failure to the SDK's errors, the retry policy that never duplicates a message, the pacer, and
 * logging hooks that never expose credentials. Applications use a transport, not this package.
 *
 * @module
 */
export {
  type ClientCore,
  createClientMethods,
  type MissingFeature,
  toMessageText,
  toWireText,
} from './client-methods.ts';
export {
  type ClientSettings,
  type ClientSettingsContext,
  DEFAULT_TIMEOUT_MS,
  isTransportPacer,
  type ResolvedClientSettings,
  resolveClientSettings,
} from './client-settings.ts';
export { classifyApiFailure, createRetryClassifier } from './create-retry-classifier.ts';
export { environmentVariable } from './environment-variable.ts';
export {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpFailure,
  type HttpRequest,
  type HttpResponse,
} from './http-client.ts';
export { createPacer, type PacedTaskOptions, type Pacer, type PacerOptions } from './pacer.ts';
export { parseRetryAfter } from './parse-retry-after.ts';
export { RequestAbortedError, type RequestAbortedErrorOptions } from './request-aborted-error.ts';
export {
  computeRetryDelay,
  DEFAULT_RETRY_POLICY,
  type RetryAdvice,
  type RetryClass,
  type RetryClassifier,
  type RetryOverride,
  type RetryPolicy,
  type RetryPolicyOptions,
  resolveRetryPolicy,
} from './retry-policy.ts';
export { sleep } from './sleep.ts';
export { toClientValidationError } from './to-client-validation-error.ts';
export {
  NEVER_SENT_ERROR_CODES,
  networkErrorCodes,
  type RequestFailureKind,
  type ToRequestErrorOptions,
  toRequestError,
} from './to-request-error.ts';
export {
  callHook,
  type RequestHookEvent,
  type ResponseHookEvent,
  type RetryHookEvent,
  redactHeaders,
  reportRetry,
  type TransportHooks,
} from './transport-hooks.ts';
export {
  UnsupportedOperationError,
  type UnsupportedOperationErrorOptions,
} from './unsupported-operation-error.ts';
export { VERSION } from './version.ts';
export { type RetryEvent, type WithRetryOptions, withRetry } from './with-retry.ts';
