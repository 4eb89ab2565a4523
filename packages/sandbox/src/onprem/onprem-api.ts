import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ValidationIssue } from '@wa/schema';
import * as z from 'zod/mini';
import { checkUpload, newMedia } from '../core/media-rules.ts';
import { serviceWindowDetails, toWaId } from '../core/sandbox-core.ts';
import { fillTemplate } from '../core/template-catalog.ts';
import { type ApiErrorAnswer, onPremError, onPremMeta } from '../http/api-errors.ts';
import {
  BodyTooLargeError,
  bearerToken,
  decodeSegment,
  readBody,
  readJsonBody,
  sendBytes,
  sendJson,
} from '../http/http-utils.ts';
import type { RequestContext } from '../http/request-context.ts';
import { validateOnPremMarkRead, validateOnPremSendRequest } from '../http/validate-send-request.ts';

/** How long an On-Premises login token lives (the real client issues 7-day tokens). */
const tokenLifetimeMs = 7 * 24 * 60 * 60 * 1000;

const contactsRequestSchema = z.looseObject({
  blocking: z.optional(z.enum(['wait', 'no_wait'])),
  contacts: z.array(z.string()).check(z.minLength(1)),
  force_check: z.optional(z.boolean()),
});
const settingsSchema = z.looseObject({ webhooks: z.optional(z.looseObject({ url: z.string() })) });

const accessDenied = (): ApiErrorAnswer => onPremError(401, 1005, 'Access denied', 'Invalid credentials.');

function answer(response: ServerResponse, error: ApiErrorAnswer): void {
  sendJson(response, error.status, error.body, error.headers);
}

/** Maps validation issues to On-Premises errors, one `errors[]` entry per problem. */
export function onPremValidationAnswer(issues: readonly ValidationIssue[]): ApiErrorAnswer {
  const errors = issues.map((issue) => {
    const missing = issue.rule === undefined && /required/i.test(issue.message);
    return {
      code: missing ? 1008 : 1009,
      title: missing ? 'Required parameter is missing' : 'Parameter value is not valid',
      details: `${issue.path}: ${issue.message}${issue.rule ? ` [${issue.rule}]` : ''}`,
    };
  });
  return { status: 400, body: { errors, meta: onPremMeta() } };
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function login(request: IncomingMessage, response: ServerResponse, context: RequestContext): void {
  const header = request.headers.authorization ?? '';
  const match = /^Basic\s+(\S+)$/i.exec(header);
  const decoded = match?.[1] ? Buffer.from(match[1], 'base64').toString('utf8') : '';
  const separator = decoded.indexOf(':');
  const username = separator < 0 ? '' : decoded.slice(0, separator);
  const password = separator < 0 ? '' : decoded.slice(separator + 1);
  if (
    !safeEqual(username, context.config.onPremUsername) ||
    !safeEqual(password, context.config.onPremPassword)
  ) {
    answer(response, accessDenied());
    return;
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = Date.now() + tokenLifetimeMs;
  context.store.insertToken(token, expiresAt);
  const expiresAfter = `${new Date(expiresAt).toISOString().slice(0, 19).replace('T', ' ')}+00:00`;
  sendJson(response, 200, { users: [{ token, expires_after: expiresAfter }], meta: onPremMeta() });
}

async function readJson(
  request: IncomingMessage,
  context: RequestContext,
): Promise<{ ok: true; value: unknown } | { ok: false; error: ApiErrorAnswer }> {
  const read = await readJsonBody(request, context.config.maxBodyBytes);
  if (read.ok) return read;
  return { ok: false, error: onPremError(400, 1025, 'Invalid Request', read.message) };
}

// A paused or disabled template cannot be found for sending: the On-Premises client reports it missing.
const templateCodes: Readonly<Record<number, number>> = {
  132001: 2001,
  132015: 2001,
  132016: 2001,
  132000: 2000,
  132012: 2012,
};
const templateTitles: Readonly<Record<number, string>> = {
  2001: 'Template Missing',
  2000: 'Template Param Count Mismatch',
  2012: 'Template Parameter Format Mismatch',
};

async function sendMessage(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
): Promise<void> {
  const read = await readJson(request, context);
  if (!read.ok) return answer(response, read.error);
  const checked = validateOnPremSendRequest(read.value);
  if (!checked.ok) return answer(response, onPremValidationAnswer(checked.issues));
  const body = checked.body;
  if (body.type === 'template') {
    const filled = fillTemplate(context.templates.all(), body.template as Record<string, unknown>, {
      forSending: true,
    });
    if (!filled.ok) {
      const code = templateCodes[filled.problem.code] ?? 2000;
      return answer(
        response,
        onPremError(
          code === 2001 ? 404 : 400,
          code,
          templateTitles[code] ?? filled.problem.title,
          filled.problem.details,
        ),
      );
    }
  }
  const waitMs = context.limiters.onprem.acquire();
  if (waitMs > 0) {
    return answer(
      response,
      onPremError(429, 1015, 'Too many requests', 'Rate limiting engaged - Too Many Requests.', {
        'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))),
      }),
    );
  }
  if (toWaId(String(body.to ?? '')) === '') {
    return answer(
      response,
      onPremError(
        400,
        1013,
        'User is not valid',
        `Recipient "${String(body.to ?? '')}" is not a phone number.`,
      ),
    );
  }
  if (body.type !== 'template' && body.type !== 'hsm') {
    const closed = context.core.serviceWindowClosed(toWaId(String(body.to ?? '')));
    if (closed !== undefined) {
      return answer(
        response,
        onPremError(
          400,
          470,
          'Re-engagement message',
          `${serviceWindowDetails(closed.closedAt)} Send a template message instead.`,
        ),
      );
    }
  }
  const accepted = context.core.acceptBusinessMessage('onprem', body);
  sendJson(response, 201, { messages: [{ id: accepted.id }], meta: onPremMeta() });
}

async function checkContacts(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
): Promise<void> {
  const read = await readJson(request, context);
  if (!read.ok) return answer(response, read.error);
  const parsed = contactsRequestSchema.safeParse(read.value);
  if (!parsed.success) {
    return answer(
      response,
      onPremError(400, 1009, 'Parameter value is not valid', z.prettifyError(parsed.error)),
    );
  }
  const contacts = parsed.data.contacts.map((input) => {
    const waId = toWaId(input);
    return waId.length >= 8 && waId.length <= 15
      ? { input, status: 'valid', wa_id: waId }
      : { input, status: 'invalid' };
  });
  sendJson(response, 200, { contacts, meta: onPremMeta() });
}

async function uploadMedia(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
): Promise<void> {
  const mimeType = request.headers['content-type'] ?? '';
  const data = new Uint8Array(await readBody(request, context.config.maxBodyBytes));
  const problem = await checkUpload(mimeType, data);
  if (problem) {
    return answer(
      response,
      onPremError(
        problem.reason === 'size' ? 413 : 400,
        1009,
        'Parameter value is not valid',
        problem.detail,
      ),
    );
  }
  const media = newMedia('onprem', mimeType, data, null);
  context.store.insertMedia(media);
  sendJson(response, 201, { media: [{ id: media.id }], meta: onPremMeta() });
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
  path: string,
): Promise<void> {
  const method = request.method ?? 'GET';
  if (path === '/v1/users/login' && method === 'POST') {
    request.resume();
    return login(request, response, context);
  }
  const token = bearerToken(request);
  if (token === undefined || !context.store.isTokenValid(token)) {
    request.resume();
    return answer(response, accessDenied());
  }
  if (path === '/v1/users/logout' && method === 'POST') {
    request.resume();
    context.store.deleteToken(token);
    return sendJson(response, 200, { meta: onPremMeta() });
  }
  if (path === '/v1/messages' && method === 'POST') return sendMessage(request, response, context);
  const messageMatch = /^\/v1\/messages\/([^/]+)$/.exec(path);
  if (messageMatch && method === 'PUT') {
    const read = await readJson(request, context);
    if (!read.ok) return answer(response, read.error);
    const markRead = validateOnPremMarkRead(read.value);
    if (!markRead.ok) return answer(response, onPremValidationAnswer(markRead.issues));
    const id = decodeSegment(messageMatch[1] ?? '');
    if (!context.core.markRead(id)) {
      return answer(response, onPremError(404, 1006, 'Resource not found', `Message ${id} was not found.`));
    }
    return sendJson(response, 200, { meta: onPremMeta() });
  }
  if (path === '/v1/contacts' && method === 'POST') return checkContacts(request, response, context);
  if (path === '/v1/media' && method === 'POST') return uploadMedia(request, response, context);
  const mediaMatch = /^\/v1\/media\/([^/]+)$/.exec(path);
  if (mediaMatch && (method === 'GET' || method === 'DELETE')) {
    request.resume();
    const media = context.store.getMedia(decodeSegment(mediaMatch[1] ?? ''));
    if (!media) return answer(response, onPremError(404, 1006, 'Resource not found', 'Media not found.'));
    if (method === 'GET') return sendBytes(response, 200, media.mimeType, media.data);
    context.store.deleteMedia(media.id);
    return sendJson(response, 200, { meta: onPremMeta() });
  }
  if (path === '/v1/health' && method === 'GET') {
    request.resume();
    return sendJson(response, 200, { health: { gateway_status: 'connected' }, meta: onPremMeta() });
  }
  if (path === '/v1/settings/application' && (method === 'GET' || method === 'PATCH')) {
    if (method === 'PATCH') {
      const read = await readJson(request, context);
      if (!read.ok) return answer(response, read.error);
      const parsed = settingsSchema.safeParse(read.value);
      if (!parsed.success) {
        return answer(
          response,
          onPremError(400, 1009, 'Parameter value is not valid', z.prettifyError(parsed.error)),
        );
      }
      if (parsed.data.webhooks) await context.core.webhooks.setUrl('onprem', parsed.data.webhooks.url);
    } else {
      request.resume();
    }
    return sendJson(response, 200, {
      settings: { application: { webhooks: { url: context.core.webhooks.url('onprem') } } },
      meta: onPremMeta(),
    });
  }
  request.resume();
  answer(response, onPremError(404, 1006, 'Resource not found', `Unknown path ${method} ${path}.`));
}

/**
 * Serves the On-Premises API under `/v1/`: login/logout, messages (send, mark as read), contacts,
 * media, health and the webhook setting. Returns false when the path is not an On-Premises path.
 */
export async function handleOnPremApi(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
): Promise<boolean> {
  const path = new URL(request.url ?? '/', context.origin()).pathname.replace(/\/$/, '');
  if (!path.startsWith('/v1/') && path !== '/v1') return false;
  try {
    await route(request, response, context, path);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    response.setHeader('connection', 'close');
    answer(
      response,
      onPremError(
        413,
        1009,
        'Parameter value is not valid',
        `The request body exceeds ${error.limit} bytes.`,
      ),
    );
  }
  return true;
}
