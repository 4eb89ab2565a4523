/**
 * `@wa/webhooks`: verify, parse and route WhatsApp webhook notifications on any runtime (Web Crypto
 * build; Node resolves to an equivalent build using `node:crypto`).
 *
 * @module
 * @example
 * ```ts
 * import { createWebhookHandler } from '@wa/webhooks';
 *
 * const webhooks = createWebhookHandler({ appSecret: env.WHATSAPP_APP_SECRET, verifyToken: env.WHATSAPP_VERIFY_TOKEN });
 * webhooks.on('message.text', (event) => console.log(event.message.text.body));
 * export default { fetch: webhooks };
 * ```
 */
export type { ReceiveResult, WebhookHandler } from './build-webhook-handler.ts';
export { createWebhookHandler } from './create-webhook-handler.ts';
export type { DedupeStore } from './dedupe-store.ts';
export type { AnyEventListener, ErrorListener } from './event-dispatcher.ts';
export {
  createMemoryDedupeStore,
  type MemoryDedupeStore,
  type MemoryDedupeStoreOptions,
} from './memory-dedupe-store.ts';
export { type ParsedWebhookPayload, parseWebhookPayload } from './parse-webhook-payload.ts';
export { DEFAULT_MAX_BODY_BYTES } from './read-body.ts';
export { signPayload } from './sign-payload.ts';
export { SIGNATURE_HEADER } from './signature-header.ts';
export {
  createStatusTracker,
  isStatusAdvance,
  type StatusTracker,
  type StatusTrackerOptions,
  type StatusUpdateResult,
} from './status-tracker.ts';
export { type ValidateEventNameOptions, validateEventName } from './validate-event-name.ts';
export { verifySignature } from './verify-signature.ts';
export type { RawBody, VerifySignatureOptions } from './verify-signature-options.ts';
export { verifySubscription } from './verify-subscription.ts';
export { VERSION } from './version.ts';
export {
  dedupeKeyOf,
  type ErrorEvent,
  type EventContact,
  type InteractiveReplyEvent,
  type MessageEvent,
  type StatusEvent,
  type StatusUpdateOf,
  type StatusValue,
  type UnknownEvent,
  type UnknownEventReason,
  type WebhookApi,
  type WebhookEvent,
  type WebhookMetadata,
} from './webhook-event.ts';
export type { WebhookEventListener, WebhookEventMap } from './webhook-event-map.ts';
export { isWebhookEventName, type WebhookEventName, webhookEventNames } from './webhook-event-names.ts';
export { WebhookHandlerError, type WebhookHandlerErrorOptions } from './webhook-handler-error.ts';
export type { DedupeOptions, WebhookHandlerOptions } from './webhook-handler-options.ts';
export {
  WebhookRequestError,
  type WebhookRequestErrorCode,
  type WebhookRequestErrorOptions,
  webhookRequestErrorStatus,
} from './webhook-request-error.ts';
