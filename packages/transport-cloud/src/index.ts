/**
 * `@wa/transport-cloud`: a typed, retry-safe client for the WhatsApp Cloud API (Graph API), built on `fetch`
 * and `@wa/schema`. It implements the `Transport` contract shared with `@wa/transport-onprem`.
 *
 * @example
 * ```ts
 * import { createCloudClient } from '@wa/transport-cloud';
 *
 * const client = createCloudClient({ accessToken: process.env.TOKEN, phoneNumberId: '1234567890' });
 * await client.sendText('15551234567', 'Hello!');
 * ```
 *
 * @module
 */
export type {
  CheckContactsOptions,
  ClientFeature,
  ContactCheck,
  HealthStatus,
  MediaInfo,
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
  type TemplateCategory,
  type TemplateCreateRequest,
  type TemplateDefinition,
  type TemplateEditRequest,
  type TemplateStatus,
} from '@wa/schema/templates';
export {
  type ClientSettings,
  DEFAULT_RETRY_POLICY,
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
export { checkMediaDownloadUrl, META_MEDIA_DOMAINS } from './check-media-download-url.ts';
export { type CheckedMediaUpload, checkMediaUpload, isAnimatedWebp } from './check-media-upload.ts';
export { CloudApiError, type CloudApiErrorOptions } from './cloud-api-error.ts';
export type {
  CloudClient,
  CloudMediaInfo,
  MessageOptions,
  MessagePayload,
  TextMessageOptions,
} from './cloud-client.ts';
export {
  type CloudClientSettings,
  DEFAULT_API_VERSION,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type ResolvedCloudClientSettings,
  resolveCloudClientSettings,
} from './cloud-client-settings.ts';
export {
  CLOUD_ERROR_CODES,
  type CloudErrorCode,
  type CloudErrorCodeInfo,
  cloudErrorCodeInfo,
} from './cloud-error-codes.ts';
export { CLOUD_MEDIA_TYPES, type CloudMediaCategory, type CloudMediaMimeType } from './cloud-media-types.ts';
export type {
  CloudTemplateManagement,
  CreatedTemplate,
  DeleteTemplateOptions,
  GetTemplateOptions,
  ListTemplatesOptions,
  TemplateFilters,
  TemplatePage,
} from './cloud-template-management.ts';
export { createCloudClient } from './create-cloud-client.ts';
export { GraphApiError, type GraphApiErrorOptions } from './graph-api-error.ts';
export { MediaUrlRefusedError } from './media-url-refused-error.ts';
export { cloudRetryClass, toGraphApiError } from './to-graph-api-error.ts';
export { USER_AGENT } from './user-agent.ts';
export { VERSION } from './version.ts';
