export {
  type AddressMessageInteractive,
  addressMessageActionSchema,
  addressMessageInteractiveSchema,
  addressMessageParametersSchema,
} from './address-message-interactive.ts';
export {
  type CallPermissionRequestInteractive,
  callPermissionRequestInteractiveSchema,
} from './call-permission-request-interactive.ts';
export {
  type CarouselCard,
  type CarouselInteractive,
  carouselInteractiveSchema,
  carouselQuickReplyButtonSchema,
  cloudCarouselInteractiveSchema,
  INTERACTIVE_CAROUSEL_CARDS,
  MAX_CAROUSEL_CARD_BODY_LENGTH,
} from './carousel-interactive.ts';
export { type CatalogMessageOptions, catalogMessage } from './catalog-message.ts';
export {
  type CatalogMessageAction,
  type CatalogMessageInteractive,
  catalogMessageActionSchema,
  catalogMessageInteractiveSchema,
} from './catalog-message-interactive.ts';
export {
  type CloudInteractiveObject,
  cloudInteractiveObjectSchema,
} from './cloud-interactive-object.ts';
export {
  type CtaUrlAction,
  type CtaUrlInteractive,
  cloudCtaUrlInteractiveSchema,
  ctaUrlActionSchema,
  ctaUrlInteractiveSchema,
  ctaUrlParametersSchema,
  MAX_CTA_URL_DISPLAY_TEXT_LENGTH,
} from './cta-url-interactive.ts';
export { type CtaUrlMessageOptions, ctaUrlMessage } from './cta-url-message.ts';
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
} from './flow-interactive.ts';
export {
  type FlowMessageDataExchangeOptions,
  type FlowMessageNavigateOptions,
  type FlowMessageOptions,
  flowMessage,
} from './flow-message.ts';
export {
  type InteractiveBody,
  interactiveBodySchema,
  MAX_INTERACTIVE_BODY_LENGTH,
} from './interactive-body.ts';
export {
  type InteractiveFooter,
  interactiveFooterSchema,
  MAX_INTERACTIVE_FOOTER_LENGTH,
} from './interactive-footer.ts';
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
} from './interactive-header.ts';
export type {
  InteractiveMessageBaseOptions,
  InteractiveMessagePayload,
} from './interactive-message-payload.ts';
export {
  type InteractiveObject,
  type InteractiveType,
  interactiveObjectSchema,
} from './interactive-object.ts';
export {
  type ListAction,
  type ListInteractive,
  listActionSchema,
  listInteractiveSchema,
  MAX_LIST_BUTTON_LENGTH,
  MAX_LIST_ROWS,
} from './list-interactive.ts';
export { type ListMessageOptions, listMessage } from './list-message.ts';
export {
  type ListRow,
  listRowSchema,
  MAX_LIST_ROW_DESCRIPTION_LENGTH,
  MAX_LIST_ROW_ID_LENGTH,
  MAX_LIST_ROW_TITLE_LENGTH,
} from './list-row.ts';
export { type ListSection, listSectionSchema, MAX_SECTION_TITLE_LENGTH } from './list-section.ts';
export {
  type LocationRequestInteractive,
  locationRequestActionSchema,
  locationRequestInteractiveSchema,
} from './location-request-interactive.ts';
export { type LocationRequestMessageOptions, locationRequestMessage } from './location-request-message.ts';
export {
  type OnPremInteractiveObject,
  onPremInteractiveObjectSchema,
} from './onprem-interactive-object.ts';
export {
  cloudOrderDetailsInteractiveSchema,
  cloudOrderStatusInteractiveSchema,
  type OrderDetailsInteractive,
  type OrderStatusInteractive,
  orderDetailsInteractiveSchema,
  orderParametersSchema,
  orderStatusInteractiveSchema,
} from './order-interactive.ts';
export {
  MAX_PRODUCT_RETAILER_ID_LENGTH,
  type ProductAction,
  type ProductInteractive,
  productActionSchema,
  productInteractiveSchema,
} from './product-interactive.ts';
export {
  MAX_PRODUCT_LIST_ITEMS,
  type ProductListAction,
  type ProductListInteractive,
  productListActionSchema,
  productListInteractiveSchema,
} from './product-list-interactive.ts';
export {
  type ProductListMessageOptions,
  type ProductListSectionOption,
  productListMessage,
} from './product-list-message.ts';
export { type ProductMessageOptions, productMessage } from './product-message.ts';
export {
  type ProductItem,
  type ProductSection,
  productItemSchema,
  productSectionSchema,
} from './product-section.ts';
export {
  MAX_REPLY_BUTTON_ID_LENGTH,
  MAX_REPLY_BUTTON_TITLE_LENGTH,
  type ReplyButton,
  replyButtonReplySchema,
  replyButtonSchema,
} from './reply-button.ts';
export {
  cloudReplyButtonsInteractiveSchema,
  MAX_REPLY_BUTTONS,
  onPremReplyButtonsInteractiveSchema,
  type ReplyButtonsAction,
  type ReplyButtonsInteractive,
  replyButtonsActionSchema,
  replyButtonsInteractiveSchema,
} from './reply-buttons-interactive.ts';
export {
  type ReplyButtonOption,
  type ReplyButtonsMessageOptions,
  replyButtonsMessage,
} from './reply-buttons-message.ts';
export {
  type RequestContactInfoInteractive,
  requestContactInfoInteractiveSchema,
} from './request-contact-info-interactive.ts';
export { MAX_SECTIONS } from './section-checks.ts';
export {
  MAX_VOICE_CALL_DISPLAY_TEXT_LENGTH,
  MAX_VOICE_CALL_PAYLOAD_LENGTH,
  type VoiceCallInteractive,
  voiceCallInteractiveSchema,
  voiceCallParametersSchema,
} from './voice-call-interactive.ts';
