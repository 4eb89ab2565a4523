export { type CloudTemplateObject, cloudTemplateObjectSchema } from './cloud-template-object.ts';
export {
  type HsmLocalizableParameter,
  type HsmObject,
  hsmLocalizableParameterSchema,
  hsmObjectSchema,
} from './hsm-object.ts';
export { onPremTemplateComponentSchema } from './onprem-template-component.ts';
export {
  type OnPremTemplateObject,
  onPremTemplateObjectSchema,
} from './onprem-template-object.ts';
export {
  ONPREM_COPY_CODE_BUTTON_FROM,
  ONPREM_TEMPLATE_NAMESPACE_OPTIONAL_FROM,
  type OnPremClientVersionInput,
  onPremTemplateVersionIssues,
  type VersionedTemplate,
} from './onprem-template-version-issues.ts';
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
} from './template-button-component.ts';
export {
  cloudTemplateCarouselComponentSchema,
  TEMPLATE_CAROUSEL_CARDS,
  type TemplateCarouselCard,
  type TemplateCarouselComponent,
  templateCarouselComponentSchema,
} from './template-carousel-component.ts';
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
} from './template-component.ts';
export {
  cloudTemplateLanguageSchema,
  onPremTemplateLanguageSchema,
  type TemplateLanguage,
  templateLanguageSchema,
} from './template-language.ts';
export {
  type TemplateLimitedTimeOfferComponent,
  templateLimitedTimeOfferComponentSchema,
} from './template-limited-time-offer-component.ts';
export {
  type TemplateBodyParameterInput,
  type TemplateMessageOptions,
  type TemplateMessagePayload,
  templateMessage,
} from './template-message.ts';
export { type TemplateObject, templateObjectSchema } from './template-object.ts';
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
} from './template-parameter.ts';
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
} from './template-parameters.ts';
export {
  type TemplateTapTargetComponent,
  templateTapTargetComponentSchema,
} from './template-tap-target-component.ts';
