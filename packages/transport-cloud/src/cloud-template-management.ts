import type { RequestOptions } from '@wa/schema';
import type {
  TemplateCatalog,
  TemplateCatalogOptions,
  TemplateCategory,
  TemplateCreateRequest,
  TemplateDefinition,
  TemplateEditRequest,
  TemplateListResponse,
  TemplateStatus,
} from '@wa/schema/templates';

/** Filters of {@link CloudTemplateManagement.listAllTemplates}: which templates of the account to list. */
export interface TemplateFilters extends RequestOptions {
  /** Templates whose name contains this text. */
  name?: string | undefined;
  /** Templates in this review status (`APPROVED`, `PAUSED`, …). */
  status?: TemplateStatus | undefined;
  /** Templates of this category. */
  category?: TemplateCategory | undefined;
  /** Templates in this language and locale, e.g. `en_US`. */
  language?: string | undefined;
  /**
   * The fields to return, e.g. `['name', 'language', 'status', 'components']`; default the API's (which
   * include the name, language, status, category, components and ID).
   */
  fields?: readonly string[] | undefined;
  /** Templates per page (the API's default when absent). */
  limit?: number | undefined;
}

/** Options of {@link CloudTemplateManagement.listTemplates}: filters and the page cursor. */
export interface ListTemplatesOptions extends TemplateFilters {
  /** The page after this cursor (`paging.cursors.after` of the previous page). */
  after?: string | undefined;
  /** The page before this cursor (`paging.cursors.before` of the previous page). */
  before?: string | undefined;
}

/** Options of {@link CloudTemplateManagement.getTemplate}. */
export interface GetTemplateOptions extends RequestOptions {
  /** The fields to return, e.g. `['name', 'status', 'quality_score']`; default the API's. */
  fields?: readonly string[] | undefined;
}

/** One page of templates: the definitions and Graph's paging (cursors, and `next` when more follow). */
export type TemplatePage = TemplateListResponse;

/** The answer to a template creation: its ID, its review status and the category Meta gave it. */
export interface CreatedTemplate {
  /** The new template's ID. */
  id: string;
  /** Its review status, usually `PENDING` (or `APPROVED` when reviewed at once). */
  status: TemplateStatus;
  /** Its category (Meta may change it when `allow_category_change` is set). */
  category: string;
}

/** Which template(s) {@link CloudTemplateManagement.deleteTemplate} deletes. */
export interface DeleteTemplateOptions extends RequestOptions {
  /** The template's name: without `templateId`, every language of the name is deleted. */
  name: string;
  /** The ID of one language version of the name, to delete only that one. */
  templateId?: string | undefined;
}

/**
 * Message template management through the WhatsApp Business Account (WABA): Cloud API only (the
 * On-Premises API has no such endpoints), so these methods are not part of the shared `WhatsAppClient`.
 * Calls that go through the account (`listTemplates`, `listAllTemplates`, `createTemplate`,
 * `deleteTemplate`, `templateCatalog`) need the `businessAccountId` setting and a token with the
 * `whatsapp_business_management` permission.
 */
export interface CloudTemplateManagement {
  /** One page of the account's templates (`GET /{waba-id}/message_templates`). */
  listTemplates(options?: ListTemplatesOptions): Promise<TemplatePage>;
  /** Every template of the account that matches `filters`, following the pages to the end. */
  listAllTemplates(filters?: TemplateFilters): Promise<TemplateDefinition[]>;
  /** One template by its ID (`GET /{template-id}`). */
  getTemplate(templateId: string, options?: GetTemplateOptions): Promise<TemplateDefinition>;
  /**
   * Creates a template and submits it for review (`POST /{waba-id}/message_templates`). The request is
   * validated first (`templateCreateRequestSchema`): an invalid one rejects with a `ValidationError`.
   */
  createTemplate(request: TemplateCreateRequest, options?: RequestOptions): Promise<CreatedTemplate>;
  /** Edits a template (`POST /{template-id}`): its components, category or time-to-live. */
  editTemplate(templateId: string, request: TemplateEditRequest, options?: RequestOptions): Promise<void>;
  /** Deletes a template: every language of a name, or one version with `templateId`. */
  deleteTemplate(options: DeleteTemplateOptions): Promise<void>;
  /**
   * A template catalog of this account for the `templateCatalog` setting, loaded with `listAllTemplates`
   * (`createTemplateCatalog` with `load` set; the other options are passed on).
   */
  templateCatalog(options?: Omit<TemplateCatalogOptions, 'load'>): TemplateCatalog;
}
