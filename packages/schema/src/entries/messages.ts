/**
 * `@wa/schema/messages`: every outgoing message of both APIs: the dialect-neutral `OutgoingMessage`,
 * its per-type schemas and payload objects (text, media, contacts, location, reaction, interactive,
 * template), the builders, the Cloud and On-Premises send and mark-as-read requests, and the converters.
 *
 * @module
 */
export { contactsMessage } from '../messages/builders/contacts-message.ts';
export { locationMessage } from '../messages/builders/location-message.ts';
export {
  type CloudMarkReadOptions,
  cloudMarkReadRequest,
  onPremMarkReadRequest,
} from '../messages/builders/mark-read-request.ts';
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
} from '../messages/builders/media-message.ts';
export type {
  MessageEnvelope,
  MessageOptions,
  MessageRecipient,
} from '../messages/builders/message-options.ts';
export { reactionMessage } from '../messages/builders/reaction-message.ts';
export { type TextMessageOptions, textMessage } from '../messages/builders/text-message.ts';
export {
  CloudSendRequest,
  cloudEnvelope,
  cloudMessageTypes,
  cloudSendRequestSchema,
  MAX_BIZ_OPAQUE_CALLBACK_DATA_LENGTH,
} from '../messages/cloud-send-request.ts';
export {
  type ContactAddress,
  type ContactEmail,
  type ContactEntryType,
  type ContactName,
  type ContactObject,
  type ContactOrg,
  type ContactPhone,
  type ContactPhoneType,
  type ContactUrl,
  contactAddressSchema,
  contactEmailSchema,
  contactNameSchema,
  contactObjectSchema,
  contactOrgSchema,
  contactPhoneSchema,
  contactsSchema,
  contactUrlSchema,
} from '../messages/contacts/contact-object.ts';
export { type ContextObject, contextObjectSchema } from '../messages/context/context-object.ts';
export {
  type AddressMessageInteractive,
  addressMessageActionSchema,
  addressMessageInteractiveSchema,
  addressMessageParametersSchema,
} from '../messages/interactive/address-message-interactive.ts';
export {
  type CallPermissionRequestInteractive,
  callPermissionRequestInteractiveSchema,
} from '../messages/interactive/call-permission-request-interactive.ts';
export {
  type CarouselCard,
  type CarouselInteractive,
  carouselInteractiveSchema,
  carouselQuickReplyButtonSchema,
  cloudCarouselInteractiveSchema,
  INTERACTIVE_CAROUSEL_CARDS,
  MAX_CAROUSEL_CARD_BODY_LENGTH,
} from '../messages/interactive/carousel-interactive.ts';
export { type CatalogMessageOptions, catalogMessage } from '../messages/interactive/catalog-message.ts';
export {
  type CatalogMessageAction,
  type CatalogMessageInteractive,
  catalogMessageActionSchema,
  catalogMessageInteractiveSchema,
} from '../messages/interactive/catalog-message-interactive.ts';
export {
  type CloudInteractiveObject,
  cloudInteractiveObjectSchema,
} from '../messages/interactive/cloud-interactive-object.ts';
export {
  type CtaUrlAction,
  type CtaUrlInteractive,
  cloudCtaUrlInteractiveSchema,
  ctaUrlActionSchema,
  ctaUrlInteractiveSchema,
  ctaUrlParametersSchema,
  MAX_CTA_URL_DISPLAY_TEXT_LENGTH,
} from '../messages/interactive/cta-url-interactive.ts';
export { type CtaUrlMessageOptions, ctaUrlMessage } from '../messages/interactive/cta-url-message.ts';
export {
  type FlowAction,
  type FlowActionPayload,
  type FlowInteractive,
  type FlowParameters,
  flowActionPayloadSchema,
  flowActionSchema,
  flowInteractiveSchema,
  flowParametersSchema,
  MAX_FLOW_CTA_LENGTH,
} from '../messages/interactive/flow-interactive.ts';
export {
  type FlowMessageDataExchangeOptions,
  type FlowMessageNavigateOptions,
  type FlowMessageOptions,
  flowMessage,
} from '../messages/interactive/flow-message.ts';
export {
  type InteractiveBody,
  interactiveBodySchema,
  MAX_INTERACTIVE_BODY_LENGTH,
} from '../messages/interactive/interactive-body.ts';
export {
  type InteractiveFooter,
  interactiveFooterSchema,
  MAX_INTERACTIVE_FOOTER_LENGTH,
} from '../messages/interactive/interactive-footer.ts';
export {
  cloudInteractiveHeaderSchema,
  type InteractiveHeader,
  type InteractiveMediaHeader,
  type InteractiveTextHeader,
  interactiveHeaderSchema,
  interactiveHeaderTypes,
  interactiveTextHeaderSchema,
  MAX_INTERACTIVE_HEADER_TEXT_LENGTH,
  onPremInteractiveHeaderSchema,
} from '../messages/interactive/interactive-header.ts';
export type {
  InteractiveMessageBaseOptions,
  InteractiveMessagePayload,
} from '../messages/interactive/interactive-message-payload.ts';
export {
  type InteractiveObject,
  type InteractiveType,
  interactiveObjectSchema,
} from '../messages/interactive/interactive-object.ts';
export {
  type ListAction,
  type ListInteractive,
  listActionSchema,
  listInteractiveSchema,
  MAX_LIST_BUTTON_LENGTH,
  MAX_LIST_ROWS,
} from '../messages/interactive/list-interactive.ts';
export { type ListMessageOptions, listMessage } from '../messages/interactive/list-message.ts';
export {
  type ListRow,
  listRowSchema,
  MAX_LIST_ROW_DESCRIPTION_LENGTH,
  MAX_LIST_ROW_ID_LENGTH,
  MAX_LIST_ROW_TITLE_LENGTH,
} from '../messages/interactive/list-row.ts';
export {
  type ListSection,
  listSectionSchema,
  MAX_SECTION_TITLE_LENGTH,
} from '../messages/interactive/list-section.ts';
export {
  type LocationRequestInteractive,
  locationRequestActionSchema,
  locationRequestInteractiveSchema,
} from '../messages/interactive/location-request-interactive.ts';
export {
  type LocationRequestMessageOptions,
  locationRequestMessage,
} from '../messages/interactive/location-request-message.ts';
export {
  type OnPremInteractiveObject,
  onPremInteractiveObjectSchema,
} from '../messages/interactive/onprem-interactive-object.ts';
export {
  cloudOrderDetailsInteractiveSchema,
  cloudOrderStatusInteractiveSchema,
  type OrderDetailsInteractive,
  type OrderStatusInteractive,
  orderDetailsInteractiveSchema,
  orderParametersSchema,
  orderStatusInteractiveSchema,
} from '../messages/interactive/order-interactive.ts';
export {
  MAX_PRODUCT_RETAILER_ID_LENGTH,
  type ProductAction,
  type ProductInteractive,
  productActionSchema,
  productInteractiveSchema,
} from '../messages/interactive/product-interactive.ts';
export {
  MAX_PRODUCT_LIST_ITEMS,
  type ProductListAction,
  type ProductListInteractive,
  productListActionSchema,
  productListInteractiveSchema,
} from '../messages/interactive/product-list-interactive.ts';
export {
  type ProductListMessageOptions,
  type ProductListSectionOption,
  productListMessage,
} from '../messages/interactive/product-list-message.ts';
export { type ProductMessageOptions, productMessage } from '../messages/interactive/product-message.ts';
export {
  type ProductItem,
  type ProductSection,
  productItemSchema,
  productSectionSchema,
} from '../messages/interactive/product-section.ts';
export {
  MAX_REPLY_BUTTON_ID_LENGTH,
  MAX_REPLY_BUTTON_TITLE_LENGTH,
  type ReplyButton,
  replyButtonReplySchema,
  replyButtonSchema,
} from '../messages/interactive/reply-button.ts';
export {
  cloudReplyButtonsInteractiveSchema,
  MAX_REPLY_BUTTONS,
  onPremReplyButtonsInteractiveSchema,
  type ReplyButtonsAction,
  type ReplyButtonsInteractive,
  replyButtonsActionSchema,
  replyButtonsInteractiveSchema,
} from '../messages/interactive/reply-buttons-interactive.ts';
export {
  type ReplyButtonOption,
  type ReplyButtonsMessageOptions,
  replyButtonsMessage,
} from '../messages/interactive/reply-buttons-message.ts';
export {
  type RequestContactInfoInteractive,
  requestContactInfoInteractiveSchema,
} from '../messages/interactive/request-contact-info-interactive.ts';
export { MAX_SECTIONS } from '../messages/interactive/section-checks.ts';
export {
  MAX_VOICE_CALL_DISPLAY_TEXT_LENGTH,
  MAX_VOICE_CALL_PAYLOAD_LENGTH,
  type VoiceCallInteractive,
  voiceCallInteractiveSchema,
  voiceCallParametersSchema,
} from '../messages/interactive/voice-call-interactive.ts';
export { type LocationObject, locationObjectSchema } from '../messages/location/location-object.ts';
export {
  CloudMarkReadRequest,
  cloudMarkReadRequestSchema,
  OnPremMarkReadRequest,
  onPremMarkReadRequestSchema,
} from '../messages/mark-read-request.ts';
export {
  type AudioObject,
  audioObjectSchema,
  cloudAudioObjectSchema,
  cloudDocumentObjectSchema,
  cloudImageObjectSchema,
  cloudStickerObjectSchema,
  cloudVideoObjectSchema,
  type DocumentObject,
  documentObjectSchema,
  type ImageObject,
  imageObjectSchema,
  MAX_CAPTION_LENGTH,
  type MediaKind,
  type MediaObject,
  type MediaObjectSchemaFor,
  type MediaProvider,
  mediaKinds,
  mediaObjectFor,
  mediaObjectSchema,
  mediaProviderSchema,
  onPremAudioObjectSchema,
  onPremDocumentObjectSchema,
  onPremImageObjectSchema,
  onPremStickerObjectSchema,
  onPremVideoObjectSchema,
  type StickerObject,
  stickerObjectSchema,
  type VideoObject,
  videoObjectSchema,
} from '../messages/media/media-object.ts';
export {
  OnPremSendRequest,
  onPremMessageTypes,
  onPremSendRequestSchema,
} from '../messages/onprem-send-request.ts';
export {
  type AudioMessage,
  audioMessageSchema,
  type ContactsMessage,
  contactsMessageSchema,
  type DocumentMessage,
  documentMessageSchema,
  type HsmMessage,
  hsmMessageSchema,
  type ImageMessage,
  type InteractiveMessage,
  imageMessageSchema,
  interactiveMessageSchema,
  type LocationMessage,
  locationMessageSchema,
  OutgoingMessage,
  outgoingMessageSchema,
  outgoingMessageTypes,
  type ReactionMessage,
  reactionMessageSchema,
  type StickerMessage,
  stickerMessageSchema,
  type TemplateMessage,
  type TextMessage,
  templateMessageSchema,
  textMessageSchema,
  type VideoMessage,
  videoMessageSchema,
} from '../messages/outgoing-message.ts';
export { type ReactionObject, reactionObjectSchema } from '../messages/reaction/reaction-object.ts';
export {
  type CloudTemplateObject,
  cloudTemplateObjectSchema,
} from '../messages/template/cloud-template-object.ts';
export {
  type HsmLocalizableParameter,
  type HsmObject,
  hsmLocalizableParameterSchema,
  hsmObjectSchema,
} from '../messages/template/hsm-object.ts';
export { onPremTemplateComponentSchema } from '../messages/template/onprem-template-component.ts';
export {
  type OnPremTemplateObject,
  onPremTemplateObjectSchema,
} from '../messages/template/onprem-template-object.ts';
export {
  ONPREM_COPY_CODE_BUTTON_FROM,
  ONPREM_TEMPLATE_NAMESPACE_OPTIONAL_FROM,
  type OnPremClientVersionInput,
  onPremTemplateVersionIssues,
  type VersionedTemplate,
} from '../messages/template/onprem-template-version-issues.ts';
export {
  MAX_TEMPLATE_BUTTONS,
  onPremTemplateButtonComponentSchema,
  onPremTemplateButtonSubTypes,
  type TemplateButtonComponent,
  type TemplateButtonIndex,
  type TemplateButtonParameter,
  type TemplateButtonSubType,
  templateButtonActionSchema,
  templateButtonComponentSchema,
  templateButtonIndexSchema,
  templateButtonParameterSchema,
} from '../messages/template/template-button-component.ts';
export {
  cloudTemplateCarouselComponentSchema,
  TEMPLATE_CAROUSEL_CARDS,
  type TemplateCarouselCard,
  type TemplateCarouselComponent,
  templateCarouselComponentSchema,
} from '../messages/template/template-carousel-component.ts';
export {
  cloudTemplateComponentSchema,
  type TemplateBodyComponent,
  type TemplateComponent,
  type TemplateFooterComponent,
  type TemplateHeaderComponent,
  templateBodyComponentSchema,
  templateComponentSchema,
  templateFooterComponentSchema,
  templateHeaderComponentSchema,
} from '../messages/template/template-component.ts';
export {
  cloudTemplateLanguageSchema,
  onPremTemplateLanguageSchema,
  type TemplateLanguage,
  templateLanguageSchema,
} from '../messages/template/template-language.ts';
export {
  type TemplateLimitedTimeOfferComponent,
  templateLimitedTimeOfferComponentSchema,
} from '../messages/template/template-limited-time-offer-component.ts';
export {
  type TemplateBodyParameterInput,
  type TemplateMessageOptions,
  type TemplateMessagePayload,
  templateMessage,
} from '../messages/template/template-message.ts';
export { type TemplateObject, templateObjectSchema } from '../messages/template/template-object.ts';
export {
  type TemplateBodyParameter,
  type TemplateCurrencyParameter,
  type TemplateDateTimeParameter,
  type TemplateHeaderParameter,
  type TemplateLocationParameter,
  type TemplateMediaParameter,
  type TemplateProductParameter,
  type TemplateTextParameter,
  templateBodyParameterSchema,
  templateCurrencyParameterSchema,
  templateDateTimeParameterSchema,
  templateHeaderParameterSchema,
  templateLocationParameterSchema,
  templateProductParameterSchema,
  templateTextParameterSchema,
} from '../messages/template/template-parameter.ts';
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
} from '../messages/template/template-parameters.ts';
export {
  type TemplateTapTargetComponent,
  templateTapTargetComponentSchema,
} from '../messages/template/template-tap-target-component.ts';
export {
  type OnPremTextObject,
  onPremTextObjectSchema,
} from '../messages/text/onprem-text-object.ts';
export { MAX_TEXT_BODY_LENGTH, type TextObject, textObjectSchema } from '../messages/text/text-object.ts';
export { type CloudConversionOptions, toCloudSendRequest } from '../messages/to-cloud-send-request.ts';
export {
  type OnPremConversionOptions,
  toOnPremDialect,
  toOnPremSendRequest,
} from '../messages/to-onprem-send-request.ts';
