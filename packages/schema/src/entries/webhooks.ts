/**
 * `@wa/schema/webhooks`: the incoming webhook payloads of both APIs (tolerant): the Cloud and
 * On-Premises notification envelopes, message statuses and the inbound message objects they share.
 *
 * @module
 */
export {
  type CloudMessageStatus,
  type CloudMessageStatusBase,
  type CloudMessageStatusSchema,
  cloudDeliveryStatusSchema,
  cloudFailedStatusSchema,
  cloudMessageStatusBaseSchema,
  cloudMessageStatusSchema,
  cloudUnknownStatusSchema,
} from '../webhooks/cloud/cloud-message-status.ts';
export {
  type CloudMessagesValue,
  type CloudWebhookChange,
  type CloudWebhookChangeEnvelopeSchema,
  type CloudWebhookChangeSchema,
  type CloudWebhookEntry,
  type CloudWebhookMetadata,
  CloudWebhookPayload,
  cloudMessagesChangeEnvelopeSchema,
  cloudMessagesChangeSchema,
  cloudMessagesValueEnvelopeSchema,
  cloudMessagesValueSchema,
  cloudUnknownChangeSchema,
  cloudWebhookChangeEnvelopeSchema,
  cloudWebhookChangeSchema,
  cloudWebhookEntryEnvelopeSchema,
  cloudWebhookEntrySchema,
  cloudWebhookMetadataSchema,
  cloudWebhookPayloadEnvelopeSchema,
  cloudWebhookPayloadSchema,
  type WebhookContact,
  webhookContactSchema,
} from '../webhooks/cloud/cloud-webhook-payload.ts';
export {
  type StatusConversation,
  type StatusPricing,
  statusConversationSchema,
  statusPricingSchema,
} from '../webhooks/cloud/conversation-pricing.ts';
export {
  type MessageTemplateQualityUpdateValue,
  type MessageTemplateStatusUpdateValue,
  messageTemplateQualityUpdateValueSchema,
  messageTemplateStatusUpdateValueSchema,
  type TemplateCategoryUpdateValue,
  type TemplateChangeField,
  templateCategoryUpdateValueSchema,
  templateChangeValueSchemas,
} from '../webhooks/cloud/template-webhook-values.ts';
export {
  type InboundMessageType,
  type InteractiveReplyType,
  inboundMessageTypes,
  interactiveReplyTypes,
  type MessageStatusValue,
  messageStatusValues,
  type OnPremMessageStatusValue,
  onPremMessageStatusValues,
} from '../webhooks/event-kinds.ts';
export { type AdReferral, adReferralSchema } from '../webhooks/messages/ad-referral.ts';
export {
  type InboundContactCard,
  inboundContactCardSchema,
} from '../webhooks/messages/inbound-contact-card.ts';
export { type InboundLocation, inboundLocationSchema } from '../webhooks/messages/inbound-location.ts';
export {
  type InboundAudio,
  type InboundDocument,
  type InboundImage,
  type InboundSticker,
  type InboundVideo,
  inboundAudioSchema,
  inboundDocumentSchema,
  inboundImageSchema,
  inboundStickerSchema,
  inboundVideoSchema,
} from '../webhooks/messages/inbound-media.ts';
export {
  type InboundMessage,
  type InboundMessageBase,
  type InboundMessageOf,
  type InboundMessageSchema,
  inboundAudioMessageSchema,
  inboundButtonMessageSchema,
  inboundContactsMessageSchema,
  inboundDocumentMessageSchema,
  inboundImageMessageSchema,
  inboundInteractiveMessageSchema,
  inboundLocationMessageSchema,
  inboundMessageBaseSchema,
  inboundMessageSchema,
  inboundOrderMessageSchema,
  inboundReactionMessageSchema,
  inboundStickerMessageSchema,
  inboundSystemMessageSchema,
  inboundTextMessageSchema,
  inboundUnknownMessageSchema,
  inboundUnsupportedMessageSchema,
  inboundVideoMessageSchema,
  knownInboundMessageTypes,
} from '../webhooks/messages/inbound-message.ts';
export {
  type InboundMessageContext,
  inboundMessageContextSchema,
  type ReferredProduct,
  referredProductSchema,
} from '../webhooks/messages/inbound-message-context.ts';
export {
  buttonReplySchema,
  type InteractiveReply,
  type InteractiveReplySchema,
  interactiveReplySchema,
  listReplySchema,
  nfmReplySchema,
  unknownInteractiveReplySchema,
} from '../webhooks/messages/interactive-reply.ts';
export { type WebhookError, webhookErrorSchema } from '../webhooks/messages/webhook-error.ts';
export {
  type OnPremMessageStatus,
  type OnPremMessageStatusBase,
  type OnPremMessageStatusSchema,
  onPremDeliveryStatusSchema,
  onPremFailedStatusSchema,
  onPremMessageStatusBaseSchema,
  onPremMessageStatusSchema,
  onPremUnknownStatusSchema,
} from '../webhooks/onprem/onprem-message-status.ts';
export {
  OnPremWebhookPayload,
  onPremWebhookPayloadEnvelopeSchema,
  onPremWebhookPayloadSchema,
} from '../webhooks/onprem/onprem-webhook-payload.ts';
export type { TolerantUnion } from '../webhooks/unknown-variant.ts';
