export {
  type CheckTemplateMessageOptions,
  checkTemplateMessage,
} from './check-template-message.ts';
export {
  createTemplateCatalog,
  type TemplateCatalog,
  type TemplateCatalogOptions,
  type TemplateStatusChange,
} from './template-catalog.ts';
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
  templateDefinitionSchema,
  templateEditRequestSchema,
  templateListResponseSchema,
  templateParameterFormatSchema,
  templateQualityScoreSchema,
  templateStatusSchema,
} from './template-definition.ts';
export { templateVariables } from './template-variables.ts';
