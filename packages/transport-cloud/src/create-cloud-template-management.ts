import { MissingSettingError, type RequestOptions, validate } from '@wa/schema';
import {
  createTemplateCatalog,
  templateCreateRequestSchema,
  templateCreateResponseSchema,
  templateDefinitionSchema,
  templateEditRequestSchema,
  templateListResponseSchema,
} from '@wa/schema/templates';
import { type HttpRequest, type HttpResponse, toClientValidationError } from '@wa/transport-utils';
import type {
  CloudTemplateManagement,
  CreatedTemplate,
  ListTemplatesOptions,
  TemplateFilters,
} from './cloud-template-management.ts';
import { PACKAGE_NAME } from './package-name.ts';
import { parseAnswer, unexpectedAnswer } from './parse-answer.ts';

/** Makes one Graph API call (unpaced; retried by the HTTP layer only when `idempotent`). */
export type GraphCall = (
  operation: string,
  request: Omit<HttpRequest, 'operation'>,
  options: { idempotent: boolean; signal?: AbortSignal | undefined },
) => Promise<HttpResponse>;

/** Reads a `{ success: true }` answer (edit, delete); anything else is an unexpected body. */
function expectSuccess(operation: string, body: unknown): void {
  if ((body as { success?: unknown } | undefined)?.success !== true) {
    throw unexpectedAnswer(operation, body, true);
  }
}

/** `?a=1&b=2` from the defined entries (empty when none). */
function query(entries: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function filterQuery(options: ListTemplatesOptions): Record<string, string | number | undefined> {
  return {
    name: options.name,
    status: options.status,
    category: options.category,
    language: options.language,
    fields: options.fields?.join(','),
    limit: options.limit,
    after: options.after,
    before: options.before,
  };
}

/**
 * The template management methods of the Cloud client, on the account `businessAccountId` (see
 * {@link CloudTemplateManagement}). Without an account ID, the account-wide calls reject with a
 * `MissingSettingError`; `getTemplate` and `editTemplate` work with the template ID alone.
 */
export function createCloudTemplateManagement(
  call: GraphCall,
  businessAccountId: string | undefined,
): CloudTemplateManagement {
  function templatesPath(): string {
    if (businessAccountId === undefined || businessAccountId === '') {
      throw new MissingSettingError({
        setting: 'businessAccountId',
        environmentVariable: 'WHATSAPP_BUSINESS_ACCOUNT_ID',
        packageName: PACKAGE_NAME,
      });
    }
    return `/${encodeURIComponent(businessAccountId)}/message_templates`;
  }

  async function listTemplates(options: ListTemplatesOptions = {}) {
    const response = await call(
      'listTemplates',
      { method: 'GET', url: `${templatesPath()}${query(filterQuery(options))}` },
      { idempotent: true, signal: options.signal },
    );
    return parseAnswer(templateListResponseSchema, response.body, 'listTemplates', false);
  }

  async function listAllTemplates(filters: TemplateFilters = {}) {
    const all = [];
    const seen = new Set<string>();
    let after: string | undefined;
    for (;;) {
      const page = await listTemplates({ ...filters, after });
      all.push(...page.data);
      const next = page.paging?.cursors?.after;
      // Graph names a `next` page only when there is one; a cursor seen before would loop forever.
      if (page.paging?.next === undefined || next === undefined || seen.has(next)) return all;
      seen.add(next);
      after = next;
    }
  }

  const management: CloudTemplateManagement = {
    listTemplates,
    listAllTemplates,

    async getTemplate(templateId, options = {}) {
      const response = await call(
        'getTemplate',
        {
          method: 'GET',
          url: `/${encodeURIComponent(templateId)}${query({ fields: options.fields?.join(',') })}`,
        },
        { idempotent: true, signal: options.signal },
      );
      return parseAnswer(templateDefinitionSchema, response.body, 'getTemplate', false);
    },

    async createTemplate(request, options: RequestOptions = {}) {
      let body: unknown;
      try {
        body = validate(templateCreateRequestSchema, request, 'template creation request');
      } catch (error) {
        throw toClientValidationError(error, PACKAGE_NAME);
      }
      const response = await call(
        'createTemplate',
        { method: 'POST', url: templatesPath(), json: body },
        { idempotent: false, signal: options.signal },
      );
      const answer = parseAnswer(templateCreateResponseSchema, response.body, 'createTemplate', true);
      const created: CreatedTemplate = {
        id: answer.id,
        status: answer.status ?? 'PENDING',
        category: answer.category ?? request.category,
      };
      return created;
    },

    async editTemplate(templateId, request, options: RequestOptions = {}) {
      let body: unknown;
      try {
        body = validate(templateEditRequestSchema, request, 'template edit request');
      } catch (error) {
        throw toClientValidationError(error, PACKAGE_NAME);
      }
      const response = await call(
        'editTemplate',
        { method: 'POST', url: `/${encodeURIComponent(templateId)}`, json: body },
        // Sending the same edit twice leaves the template as once: safe to retry.
        { idempotent: true, signal: options.signal },
      );
      expectSuccess('editTemplate', response.body);
    },

    async deleteTemplate(options) {
      const response = await call(
        'deleteTemplate',
        {
          method: 'DELETE',
          url: `${templatesPath()}${query({ name: options.name, hsm_id: options.templateId })}`,
        },
        { idempotent: true, signal: options.signal },
      );
      expectSuccess('deleteTemplate', response.body);
    },

    templateCatalog(options = {}) {
      return createTemplateCatalog({ ...options, load: () => listAllTemplates() });
    },
  };
  return management;
}
