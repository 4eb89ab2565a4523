/**
 * `@wa/schema/templates`: message template definitions (the management API's create, edit and list
 * shapes), the template catalog that checks a template message against its approved definition, and the
 * 24-hour customer service window tracker.
 *
 * @module
 */
export {
  createMemoryServiceWindowStore,
  type MemoryServiceWindowStoreOptions,
  type ServiceWindowStore,
} from '../service-window/service-window-store.ts';
export {
  createServiceWindowTracker,
  type InboundMessageRecord,
  SERVICE_WINDOW_MS,
  type ServiceWindowStatus,
  type ServiceWindowTracker,
  type ServiceWindowTrackerOptions,
} from '../service-window/service-window-tracker.ts';
export {
  type CheckTemplateMessageOptions,
  checkTemplateMessage,
} from '../templates/check-template-message.ts';
export {
  createTemplateCatalog,
  type TemplateCatalog,
  type TemplateCatalogOptions,
  type TemplateStatusChange,
} from '../templates/template-catalog.ts';
export {
  MAX_TEMPLATE_NAME_LENGTH,
  type NamedParameterExample,
  namedParameterExampleSchema,
  type TemplateButtonDefinition,
  type TemplateCardDefinition,
  type TemplateCategory,
  type TemplateComponentDefinition,
  type TemplateComponentExample,
  type TemplateCreateRequest,
  type TemplateCreateResponse,
  type TemplateDefinition,
  type TemplateEditRequest,
  type TemplateListResponse,
  type TemplateParameterFormat,
  type TemplateQualityScore,
  type TemplateStatus,
  templateButtonDefinitionSchema,
  templateCategorySchema,
  templateComponentDefinitionSchema,
  templateComponentExampleSchema,
  templateCreateRequestSchema,
  templateCreateResponseSchema,
  templateDefinitionSchema,
  templateEditRequestSchema,
  templateListResponseSchema,
  templateParameterFormatSchema,
  templateQualityScoreSchema,
  templateStatusSchema,
} from '../templates/template-definition.ts';
export { templateVariables } from '../templates/template-variables.ts';
