/**
 * `@wa/schema`: the wire types and zod validators of the WhatsApp Business messages API. The root
 * entry holds what most applications need: `OutgoingMessage` and the message builders, `validate` /
 * `safeValidate`, the converters to each API's send request, the errors, the `Transport` /
 * `WhatsAppClient` contract, the common webhook payload types and the rules table. Everything else is
 * in a subpath: `@wa/schema/messages`, `/webhooks`, `/responses`, `/errors`, `/rules` and `/templates`.
 *
 * @module
 */
export type { MessageDialect } from './common/message-dialect.ts';
export { ApiError, type ApiErrorOptions, type WhatsAppApi } from './errors/api-error.ts';
export { MissingSettingError, type MissingSettingErrorOptions } from './errors/missing-setting-error.ts';
export { RequestError, type RequestErrorOptions } from './errors/request-error.ts';
export type { RetryClass } from './errors/retry-class.ts';
export {
  ServiceWindowClosedError,
  type ServiceWindowClosedErrorOptions,
} from './errors/service-window-closed-error.ts';
export {
  ValidationError,
  type ValidationErrorOptions,
  type ValidationIssue,
} from './errors/validation-error.ts';
export { WaError, type WaErrorOptions } from './errors/wa-error.ts';
export { contactsMessage } from './messages/builders/contacts-message.ts';
export { locationMessage } from './messages/builders/location-message.ts';
export {
  type AudioMedia,
  audioMessage,
  type CaptionedMedia,
  type DocumentMedia,
  documentMessage,
  imageMessage,
  type MediaSource,
  stickerMessage,
  videoMessage,
} from './messages/builders/media-message.ts';
export type {
  MessageEnvelope,
  MessageOptions,
  MessageRecipient,
} from './messages/builders/message-options.ts';
export { reactionMessage } from './messages/builders/reaction-message.ts';
export { type TextMessageOptions, textMessage } from './messages/builders/text-message.ts';
export { CloudSendRequest } from './messages/cloud-send-request.ts';
export { type CatalogMessageOptions, catalogMessage } from './messages/interactive/catalog-message.ts';
export { type CtaUrlMessageOptions, ctaUrlMessage } from './messages/interactive/cta-url-message.ts';
export {
  type FlowMessageDataExchangeOptions,
  type FlowMessageNavigateOptions,
  type FlowMessageOptions,
  flowMessage,
} from './messages/interactive/flow-message.ts';
export { type ListMessageOptions, listMessage } from './messages/interactive/list-message.ts';
export {
  type LocationRequestMessageOptions,
  locationRequestMessage,
} from './messages/interactive/location-request-message.ts';
export {
  type ProductListMessageOptions,
  type ProductListSectionOption,
  productListMessage,
} from './messages/interactive/product-list-message.ts';
export { type ProductMessageOptions, productMessage } from './messages/interactive/product-message.ts';
export {
  type ReplyButtonOption,
  type ReplyButtonsMessageOptions,
  replyButtonsMessage,
} from './messages/interactive/reply-buttons-message.ts';
export { OnPremSendRequest } from './messages/onprem-send-request.ts';
export {
  type AudioMessage,
  type ContactsMessage,
  type DocumentMessage,
  type HsmMessage,
  type ImageMessage,
  type InteractiveMessage,
  type LocationMessage,
  OutgoingMessage,
  outgoingMessageSchema,
  type ReactionMessage,
  type StickerMessage,
  type TemplateMessage,
  type TextMessage,
  type VideoMessage,
} from './messages/outgoing-message.ts';
export {
  type TemplateBodyParameterInput,
  type TemplateMessageOptions,
  templateMessage,
} from './messages/template/template-message.ts';
export {
  copyCodeButton,
  currency,
  dateTime,
  type LocationParameterOptions,
  locationParameter,
  mediaParameter,
  quickReplyButton,
  textParameter,
  urlButton,
} from './messages/template/template-parameters.ts';
export { type CloudConversionOptions, toCloudSendRequest } from './messages/to-cloud-send-request.ts';
export { type OnPremConversionOptions, toOnPremSendRequest } from './messages/to-onprem-send-request.ts';
export { type RuleId, rules } from './rules/index.ts';
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
export type { UnknownKeysOptions, UnknownKeysPolicy } from './validation/unknown-keys-policy.ts';
export { safeValidate, type ValidationResult, validate } from './validation/validate.ts';
export { VERSION } from './version.ts';
export type { CloudMessageStatus } from './webhooks/cloud/cloud-message-status.ts';
export {
  CloudWebhookPayload,
  cloudWebhookPayloadSchema,
  type WebhookContact,
} from './webhooks/cloud/cloud-webhook-payload.ts';
export type { InboundMessageType } from './webhooks/event-kinds.ts';
export type { InboundMessage, InboundMessageOf } from './webhooks/messages/inbound-message.ts';
export type { InteractiveReply } from './webhooks/messages/interactive-reply.ts';
export type { WebhookError } from './webhooks/messages/webhook-error.ts';
export type { OnPremMessageStatus } from './webhooks/onprem/onprem-message-status.ts';
export {
  OnPremWebhookPayload,
  onPremWebhookPayloadSchema,
} from './webhooks/onprem/onprem-webhook-payload.ts';
