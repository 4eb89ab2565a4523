/**
 * `@wa/schema`: the wire types and zod validators of the WhatsApp Business messages API.
 *
 * @module
 */
export type { MessageDialect } from './common/message-dialect.ts';
export * from './errors/index.ts';
export * from './messages/index.ts';
export * from './responses/index.ts';
export * from './rules/index.ts';
export * from './service-window/index.ts';
export * from './templates/index.ts';
export type {
  CheckContactsOptions,
  ClientFeature,
  ContactCheck,
  DownloadedMedia,
  HealthStatus,
  MediaInfo,
  MediaReference,
  MediaUpload,
  MessagePayload,
  MessageText,
  NodeStatus,
  RequestOptions,
  SendMessageOptions,
  SendOptions,
  SendResult,
  SendResultContact,
  SendTextOptions,
  TemplateInput,
  Transport,
  TransportPacer,
  TransportPacerTaskOptions,
  WhatsAppClient,
  WithMessageText,
} from './transport.ts';
export * from './validation/index.ts';
export { VERSION } from './version.ts';
export * from './webhooks/index.ts';
