/**
 * The exports both root entries share (`index.ts`, Web Crypto, and `index-node.ts`, `node:crypto`):
 * everything except the three functions that compute HMACs. Nothing reached from here imports a `node:*`
 * module, so the Web Crypto entry stays runnable on edge runtimes.
 */
export type { ReceiveResult, WebhookHandler, WebhookReceiver } from './build-webhook-handler.ts';
export { constantTimeEqual } from './constant-time-equal.ts';
export {
  createOnPremWebhookHandler,
  type OnPremWebhookHandler,
} from './create-onprem-webhook-handler.ts';
export type { DedupeClaimResult, DedupeStore } from './dedupe-store.ts';
export type { AnyEventListener, ErrorListener } from './event-dispatcher.ts';
export {
  createMemoryDedupeStore,
  DEFAULT_MEMORY_DEDUPE_MAX_BYTES,
  MEMORY_DEDUPE_BYTES_PER_KEY,
  type MemoryDedupeStore,
  type MemoryDedupeStoreOptions,
} from './memory-dedupe-store.ts';
export type { BasicCredentials, OnPremWebhookHandlerOptions } from './onprem-webhook-handler-options.ts';
export { type ParsedWebhookPayload, parseWebhookPayload } from './parse-webhook-payload.ts';
export { DEFAULT_MAX_BODY_BYTES } from './read-body.ts';
export { SIGNATURE_HEADER } from './signature-header.ts';
export {
  createStatusTracker,
  isStatusAdvance,
  type StatusTracker,
  type StatusTrackerOptions,
  type StatusUpdateResult,
} from './status-tracker.ts';
export { type ValidateEventNameOptions, validateEventName } from './validate-event-name.ts';
export type { RawBody, VerifySignatureOptions } from './verify-signature-options.ts';
export { verifySubscription } from './verify-subscription.ts';
export { VERSION } from './version.ts';
export {
  dedupeKeyOf,
  type ErrorEvent,
  type EventContact,
  type InteractiveReplyEvent,
  type InvalidEvent,
  type InvalidPart,
  type MessageEvent,
  type StatusEvent,
  type StatusUpdateOf,
  type StatusValue,
  type TemplateCategoryEvent,
  type TemplateEvent,
  type TemplateQualityEvent,
  type TemplateStatusEvent,
  type UnknownEvent,
  type UnknownEventReason,
  type WebhookApi,
  type WebhookEvent,
  type WebhookMetadata,
} from './webhook-event.ts';
export type { WebhookEventListener, WebhookEventMap } from './webhook-event-map.ts';
export { isWebhookEventName, type WebhookEventName, webhookEventNames } from './webhook-event-names.ts';
export { WebhookHandlerError, type WebhookHandlerErrorOptions } from './webhook-handler-error.ts';
export type {
  DedupeOptions,
  WebhookDelivery,
  WebhookHandlerOptions,
  WebhookIntakeOptions,
} from './webhook-handler-options.ts';
export { DEFAULT_DEDUPE_LEASE_MS, DEFAULT_DEDUPE_RETENTION_MS } from './webhook-intake.ts';
export {
  WebhookRequestError,
  type WebhookRequestErrorCode,
  type WebhookRequestErrorOptions,
  webhookRequestErrorStatus,
} from './webhook-request-error.ts';
