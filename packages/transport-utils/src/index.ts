/**
 * `@wa/transport-utils`: internal building blocks of the `@wa/*` transports: the HTTP client on ky that maps
 * every failure to the SDK's errors and retries only what cannot duplicate a message, the pacer, and logging
 * hooks that never expose credentials. Applications use a transport, not this package.
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
export {
  type ApiFailureAssessment,
  assessApiFailure,
  classifyFailure,
} from './create-retry-classifier.ts';
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
  undeliverableRetryDelay,
} from './retry-policy.ts';
export { createSendCheck, type SendCheck, type SendChecks } from './send-checks.ts';
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
  isSensitiveHeader,
  type PacedHookEvent,
  type RequestHookEvent,
  type ResponseHookEvent,
  type RetryHookEvent,
  redactHeaders,
  type TransportHooks,
} from './transport-hooks.ts';
export {
  UnsupportedOperationError,
  type UnsupportedOperationErrorOptions,
} from './unsupported-operation-error.ts';
export { VERSION } from './version.ts';
