/**
 * `@wa/transport-onprem`: a typed, retry-safe client for the self-hosted WhatsApp Business On-Premises
 * API (`POST /v1/messages` and friends). Meta sunset the On-Premises API on 2025-10-23; this package
 * serves existing deployments, relays that kept its shape, and local sandboxes. It implements the same
 * `Transport` contract as `@wa/transport-cloud`, so moving to the Cloud API is a change of import.
 *
 * @example
 * ```ts
 * import { createOnPremClient } from '@wa/transport-onprem';
 *
 * const client = createOnPremClient({ baseUrl: 'http://127.0.0.1:9090', username: 'admin', password: 'S3cret!pass' });
 * const { messageId } = await client.send({ to: '15551234567', type: 'text', text: { body: 'Hello' } });
 * ```
 *
 * @module
 */

export type {
  ClientFeature,
  ContactCheck,
  HealthStatus,
  MediaInfo,
  MessagePayload,
  MessageText,
  NodeStatus,
  RetryClass,
  SendMessageOptions,
  SendTextOptions,
  TemplateInput,
  TransportPacer,
  UnknownKeysPolicy,
  WhatsAppClient,
} from '@wa/schema';
export { ServiceWindowClosedError } from '@wa/schema';
export {
  createServiceWindowTracker,
  createTemplateCatalog,
  type InboundMessageRecord,
  type ServiceWindowStatus,
  type ServiceWindowTracker,
  type ServiceWindowTrackerOptions,
  type TemplateCatalog,
  type TemplateCatalogOptions,
  type TemplateDefinition,
} from '@wa/schema/templates';
export {
  type ClientSettings,
  DEFAULT_RETRY_POLICY,
  DEFAULT_TIMEOUT_MS,
  type PacerOptions,
  RequestAbortedError,
  type RequestHookEvent,
  type ResponseHookEvent,
  type RetryHookEvent,
  type RetryPolicy,
  type RetryPolicyOptions,
  type TransportHooks,
  UnsupportedOperationError,
  undeliverableRetryDelay,
} from '@wa/transport-utils';
export { createOnPremClient } from './create-onprem-client.ts';
export { type OnPremTlsSettings, TLS_VERIFICATION_DISABLED_WARNING } from './create-tls-fetch.ts';
export { OnPremApiError, type OnPremApiErrorOptions, type OnPremErrorEntry } from './onprem-api-error.ts';
export type {
  CheckContactsOptions,
  OnPremClient,
  OnPremContactCheck,
  OnPremHealth,
  OnPremNodeStatus,
  OnPremSendResult,
} from './onprem-client.ts';
export {
  ONPREM_MULTI_SHARD_PACING,
  ONPREM_SINGLE_SHARD_PACING,
  type OnPremAuthentication,
  type OnPremClientBaseSettings,
  type OnPremClientSettings,
  type OnPremPasswordAuthentication,
  type OnPremTokenAuthentication,
} from './onprem-client-settings.ts';
export {
  isOnPremErrorCode,
  ONPREM_ERROR_CODES,
  type OnPremErrorCode,
  type OnPremErrorCodeInfo,
  type OnPremRetryAdvice,
} from './onprem-error-codes.ts';
export { USER_AGENT } from './user-agent.ts';
export { VERSION } from './version.ts';
