import type { IncomingMessage, ServerResponse } from 'node:http';
import { safeValidate, type ValidationIssue } from '@wa/schema';
import {
  type TemplateDefinition,
  templateCreateRequestSchema,
  templateEditRequestSchema,
} from '@wa/schema/templates';
import { type ApiErrorAnswer, graphError } from '../http/api-errors.ts';
import { readJsonBody, sendJson } from '../http/http-utils.ts';
import type { RequestContext } from '../http/request-context.ts';

/** Templates per page when `limit` is not given. */
const defaultPageSize = 25;
/** The most templates one page holds. */
const maxPageSize = 1000;

function answer(response: ServerResponse, error: ApiErrorAnswer): void {
  sendJson(response, error.status, error.body, error.headers);
}

function invalid(details: string, subcode?: number): ApiErrorAnswer {
  return graphError({
    status: 400,
    code: 100,
    title: 'Invalid parameter',
    details,
    ...(subcode === undefined ? {} : { subcode }),
  });
}

function issuesText(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}

function encodeCursor(index: number): string {
  return Buffer.from(`tpl:${index}`).toString('base64url');
}

function decodeCursor(cursor: string): number | undefined {
  const match = /^tpl:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

async function readBody(
  request: IncomingMessage,
  context: RequestContext,
): Promise<{ ok: true; value: unknown } | { ok: false; error: ApiErrorAnswer }> {
  const read = await readJsonBody(request, context.config.maxBodyBytes);
  return read.ok ? read : { ok: false, error: invalid(read.message) };
}

/** `GET /{version}/{waba-id}/message_templates`: one page, filtered, with cursors. */
function listTemplates(url: URL, response: ServerResponse, context: RequestContext) {
  const query = url.searchParams;
  const filter = (key: string) => query.get(key) ?? undefined;
  const matches = context.templates.list({
    name: filter('name'),
    status: filter('status'),
    category: filter('category'),
    language: filter('language'),
  });
  const limitText = query.get('limit');
  const limit = limitText === null ? defaultPageSize : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    return answer(
      response,
      invalid(`limit must be an integer from 1 to ${maxPageSize}, got "${limitText}".`),
    );
  }
  const after = query.get('after');
  const before = query.get('before');
  let start = 0;
  let end: number;
  if (after !== null) {
    const index = decodeCursor(after);
    if (index === undefined) return answer(response, invalid(`The after cursor "${after}" is not valid.`));
    start = index + 1;
    end = Math.min(matches.length, start + limit);
  } else if (before !== null) {
    const index = decodeCursor(before);
    if (index === undefined) return answer(response, invalid(`The before cursor "${before}" is not valid.`));
    end = Math.min(index, matches.length);
    start = Math.max(0, end - limit);
  } else {
    end = Math.min(matches.length, limit);
  }
  const data = matches.slice(start, end);
  const body: Record<string, unknown> = { data };
  if (data.length > 0) {
    const paging: Record<string, unknown> = {
      cursors: { before: encodeCursor(start), after: encodeCursor(end - 1) },
    };
    const page = (key: 'after' | 'before', cursor: string) => {
      const link = new URL(url.pathname, context.origin());
      for (const [name, value] of query)
        if (name !== 'after' && name !== 'before') link.searchParams.set(name, value);
      link.searchParams.set('limit', String(limit));
      link.searchParams.set(key, cursor);
      return link.toString();
    };
    if (end < matches.length) paging.next = page('after', encodeCursor(end - 1));
    if (start > 0) paging.previous = page('before', encodeCursor(start));
    body.paging = paging;
  }
  sendJson(response, 200, body);
}

/** `POST /{version}/{waba-id}/message_templates`: creates a template, `PENDING` until reviewed. */
async function createTemplate(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
): Promise<void> {
  const read = await readBody(request, context);
  if (!read.ok) return answer(response, read.error);
  const checked = safeValidate(templateCreateRequestSchema, read.value, 'template creation request');
  if (!checked.success) return answer(response, invalid(issuesText(checked.error.issues)));
  const input = checked.data;
  if (!input.components.some((component) => component.type.toUpperCase() === 'BODY')) {
    return answer(response, invalid('components: a template needs a BODY component.'));
  }
  if (context.templates.has(input.name, input.language)) {
    return answer(
      response,
      invalid(`Content in this language already exists: ${input.name} (${input.language}).`, 2388024),
    );
  }
  const created = context.templates.create(input);
  sendJson(response, 200, { id: created.id, status: 'PENDING', category: created.category });
}

/** `POST /{version}/{template-id}`: edits a template; it is reviewed again. */
async function editTemplate(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
  template: TemplateDefinition,
): Promise<void> {
  const read = await readBody(request, context);
  if (!read.ok) return answer(response, read.error);
  const checked = safeValidate(templateEditRequestSchema, read.value, 'template edit request');
  if (!checked.success) return answer(response, invalid(issuesText(checked.error.issues)));
  const input = checked.data;
  if (
    input.category !== undefined &&
    input.category !== template.category &&
    template.status === 'APPROVED'
  ) {
    return answer(response, invalid('The category of an approved template cannot be edited.'));
  }
  context.templates.edit(template, input);
  sendJson(response, 200, { success: true });
}

/** `DELETE /{version}/{waba-id}/message_templates?name=…[&hsm_id=…]`. */
function deleteTemplates(url: URL, response: ServerResponse, context: RequestContext) {
  const name = url.searchParams.get('name');
  if (name === null || name === '') {
    return answer(response, graphError({ status: 400, code: 100, title: 'The parameter name is required.' }));
  }
  const id = url.searchParams.get('hsm_id') ?? undefined;
  const removed = context.templates.delete(name, id);
  if (removed.length === 0) {
    const which = id === undefined ? `"${name}"` : `"${name}" with ID ${id}`;
    return answer(response, invalid(`No message template ${which} in this WhatsApp Business Account.`));
  }
  sendJson(response, 200, { success: true });
}

/**
 * Serves template management on the WhatsApp Business Account's `message_templates` edge
 * (`GET`, `POST`, `DELETE`). The caller has checked the token and the account ID.
 */
export async function handleMessageTemplates(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
  url: URL,
): Promise<void> {
  const method = request.method ?? 'GET';
  if (method === 'POST') return createTemplate(request, response, context);
  request.resume();
  if (method === 'GET') return listTemplates(url, response, context);
  if (method === 'DELETE') return deleteTemplates(url, response, context);
  answer(
    response,
    graphError({
      status: 400,
      code: 100,
      title: `Unsupported ${method.toLowerCase()} request.`,
      plainMessage: true,
    }),
  );
}

/** Serves `GET` and `POST /{version}/{template-id}`; false when `node` is no template of the sandbox. */
export async function handleTemplateNode(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
  node: string,
): Promise<boolean> {
  const template = context.templates.byId(node);
  const method = request.method ?? 'GET';
  if (template === undefined || (method !== 'GET' && method !== 'POST')) return false;
  if (method === 'POST') {
    await editTemplate(request, response, context, template);
    return true;
  }
  request.resume();
  sendJson(response, 200, template);
  return true;
}
