import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ValidationIssue } from '@wa/schema';
import { checkUpload, newMedia } from '../core/media-rules.ts';
import { serviceWindowDetails, toWaId } from '../core/sandbox-core.ts';
import { fillTemplate } from '../core/template-catalog.ts';
import { type ApiErrorAnswer, graphError } from '../http/api-errors.ts';
import {
  BodyTooLargeError,
  bearerToken,
  readBody,
  readJsonBody as readJsonBodyWithin,
  sendBytes,
  sendJson,
  toWebRequest,
} from '../http/http-utils.ts';
import type { RequestContext } from '../http/request-context.ts';
import { validateCloudMarkRead, validateCloudSendRequest } from '../http/validate-send-request.ts';
import { handleMessageTemplates, handleTemplateNode } from './template-api.ts';

/** Graph paths: `/{version}/{node}` and `/{version}/{node}/{edge}`. */
const graphPath = /^\/(v\d+\.\d+)\/([^/]+)(?:\/([^/]+))?\/?$/;
/** Where media downloads live (the lookaside host of the real API). */
export const mediaDownloadPath = '/whatsapp_business/attachments/';

const invalidToken = (): ApiErrorAnswer =>
  graphError({
    status: 401,
    code: 190,
    title: 'Invalid OAuth access token - Cannot parse access token',
    plainMessage: true,
    // Graph names the failed scheme as well, as RFC 6750 asks.
    headers: {
      'www-authenticate':
        'OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token - Cannot parse access token"',
    },
  });

function unsupported(method: string, node: string): ApiErrorAnswer {
  return graphError({
    status: 400,
    code: 100,
    subcode: 33,
    type: 'GraphMethodException',
    title: `Unsupported ${method.toLowerCase()} request. Object with ID '${node}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    plainMessage: true,
  });
}

/** Maps validation issues to the Graph error the Cloud API gives: 131009 for rule violations, else 100. */
export function validationAnswer(issues: readonly ValidationIssue[]): ApiErrorAnswer {
  const details = issues
    .map((issue) => `${issue.path}: ${issue.message}${issue.rule ? ` [${issue.rule}]` : ''}`)
    .join('; ');
  const ruleBroken = issues.some((issue) => issue.rule !== undefined);
  return ruleBroken
    ? graphError({ status: 400, code: 131009, title: 'Parameter value is not valid', details })
    : graphError({ status: 400, code: 100, title: 'Invalid parameter', details });
}

function answer(response: ServerResponse, error: ApiErrorAnswer): void {
  sendJson(response, error.status, error.body, error.headers);
}

function isAuthorized(request: IncomingMessage, context: RequestContext): boolean {
  const token = bearerToken(request);
  return token !== undefined && context.config.accessTokens.includes(token);
}

async function readJsonBody(
  request: IncomingMessage,
  context: RequestContext,
): Promise<{ ok: true; value: unknown } | { ok: false; error: ApiErrorAnswer }> {
  const read = await readJsonBodyWithin(request, context.config.maxBodyBytes);
  if (read.ok) return read;
  return {
    ok: false,
    error: graphError({ status: 400, code: 100, title: 'Invalid parameter', details: read.message }),
  };
}

/** Graph error 131047: a free-form message outside the 24-hour customer-service window (R-DLV-10). */
function reengagementAnswer(closedAt: number | null): ApiErrorAnswer {
  return graphError({
    status: 400,
    code: 131047,
    title: 'Re-engagement message',
    details: `${serviceWindowDetails(closedAt)} Send a template message instead.`,
  });
}

async function sendMessage(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
): Promise<void> {
  const read = await readJsonBody(request, context);
  if (!read.ok) return answer(response, read.error);
  const input = read.value;
  if (typeof input === 'object' && input !== null && 'status' in input) {
    const markRead = validateCloudMarkRead(input);
    if (!markRead.ok) return answer(response, validationAnswer(markRead.issues));
    const found = context.core.markRead(
      markRead.body.message_id,
      markRead.body.typing_indicator !== undefined,
    );
    if (!found) {
      return answer(
        response,
        graphError({
          status: 400,
          code: 100,
          title: 'Invalid parameter',
          details: `Message ${markRead.body.message_id} was not received by this phone number.`,
        }),
      );
    }
    return sendJson(response, 200, { success: true });
  }
  const checked = validateCloudSendRequest(input);
  if (!checked.ok) return answer(response, validationAnswer(checked.issues));
  const body = checked.body;
  if (body.type === 'template') {
    const filled = fillTemplate(context.templates.all(), body.template as Record<string, unknown>, {
      forSending: true,
    });
    if (!filled.ok) {
      const { code, title, details } = filled.problem;
      return answer(response, graphError({ status: code === 132001 ? 404 : 400, code, title, details }));
    }
  }
  const waitMs = context.limiters.cloud.acquire();
  if (waitMs > 0) {
    return answer(
      response,
      graphError({
        status: 429,
        code: 130429,
        title: 'Rate limit hit',
        details: `Cloud API message throughput has been reached (${context.config.messagesPerSecond} messages per second in this sandbox).`,
        headers: { 'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))) },
      }),
    );
  }
  // `to` wins over `recipient` (R-REQ-1). The sandbox knows customers by phone number only.
  const to = String(body.to ?? body.recipient ?? '');
  if (toWaId(to) === '') {
    return answer(
      response,
      graphError({
        status: 400,
        code: 131009,
        title: 'Parameter value is not valid',
        details: `Recipient "${to}" is not a phone number or WhatsApp ID known to this sandbox.`,
      }),
    );
  }
  if (body.type !== 'template') {
    const closed = context.core.serviceWindowClosed(toWaId(to));
    if (closed !== undefined) return answer(response, reengagementAnswer(closed.closedAt));
  }
  const pairWaitMs = context.limiters.cloudPairs.acquire(toWaId(to));
  if (pairWaitMs > 0) {
    return answer(
      response,
      graphError({
        status: 400,
        code: 131056,
        title: '(Business Account, Consumer Account) pair rate limit hit',
        details:
          'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.',
      }),
    );
  }
  const accepted = context.core.acceptBusinessMessage('cloud', { ...body, to });
  sendJson(response, 200, {
    messaging_product: 'whatsapp',
    contacts: [{ input: to, wa_id: accepted.waId }],
    messages: [{ id: accepted.id }],
  });
}

async function uploadMedia(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
): Promise<void> {
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    return answer(
      response,
      graphError({
        status: 400,
        code: 100,
        title: 'Invalid parameter',
        details: 'Upload media as multipart/form-data.',
      }),
    );
  }
  const raw = await readBody(request, context.config.maxBodyBytes);
  let form: FormData;
  try {
    form = await toWebRequest(request, raw, context.origin()).formData();
  } catch {
    return answer(
      response,
      graphError({
        status: 400,
        code: 100,
        title: 'Invalid parameter',
        details: 'The multipart body could not be parsed.',
      }),
    );
  }
  if (form.get('messaging_product') !== 'whatsapp') {
    return answer(
      response,
      graphError({ status: 400, code: 100, title: 'The parameter messaging_product is required.' }),
    );
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) {
    return answer(response, graphError({ status: 400, code: 100, title: 'The parameter file is required.' }));
  }
  const declaredType = form.get('type');
  const mimeType = typeof declaredType === 'string' && declaredType !== '' ? declaredType : file.type;
  const data = new Uint8Array(await file.arrayBuffer());
  const problem = await checkUpload(mimeType, data);
  if (problem?.reason === 'type') {
    return answer(
      response,
      graphError({ status: 400, code: 100, title: problem.detail, plainMessage: false }),
    );
  }
  if (problem) {
    return answer(
      response,
      graphError({ status: 400, code: 131053, title: 'Media upload error', details: problem.detail }),
    );
  }
  const media = newMedia('cloud', mimeType, data, file instanceof File ? file.name : null);
  context.store.insertMedia(media);
  sendJson(response, 200, { id: media.id });
}

/** The URL a media file is downloaded from (valid with the access token, like the real lookaside URL). */
export function mediaDownloadUrl(context: RequestContext, mediaId: string, sha256: string): string {
  const url = new URL(mediaDownloadPath, context.origin());
  url.searchParams.set('mid', mediaId);
  url.searchParams.set('ext', String(Math.floor(Date.now() / 1000) + 300));
  url.searchParams.set('hash', sha256.slice(0, 12));
  return url.toString();
}

/**
 * Serves the Cloud API: `POST /{version}/{phone-number-id}/messages` (send and mark as read),
 * `POST /{version}/{phone-number-id}/media`, `GET`/`DELETE /{version}/{media-id}`, media downloads, and
 * template management (`/{version}/{waba-id}/message_templates`, `GET`/`POST /{version}/{template-id}`).
 * Returns false when the path is not a Cloud API path.
 */
export async function handleCloudApi(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
): Promise<boolean> {
  const url = new URL(request.url ?? '/', context.origin());
  const method = request.method ?? 'GET';
  if (url.pathname === mediaDownloadPath) {
    const media = context.store.getMedia(url.searchParams.get('mid') ?? '');
    if (!isAuthorized(request, context)) answer(response, invalidToken());
    else if (!media) answer(response, unsupported(method, url.searchParams.get('mid') ?? ''));
    else sendBytes(response, 200, media.mimeType, media.data);
    return true;
  }
  const match = graphPath.exec(url.pathname);
  if (!match) return false;
  const [, , node = '', edge] = match;
  try {
    if (!isAuthorized(request, context)) {
      request.resume();
      answer(response, invalidToken());
      return true;
    }
    if (edge === 'message_templates' && node === context.config.wabaId) {
      await handleMessageTemplates(request, response, context, url);
      return true;
    }
    if (edge !== undefined) {
      if (node !== context.config.phoneNumberId) {
        request.resume();
        answer(response, unsupported(method, node));
      } else if (edge === 'messages' && method === 'POST') {
        await sendMessage(request, response, context);
      } else if (edge === 'media' && method === 'POST') {
        await uploadMedia(request, response, context);
      } else {
        request.resume();
        answer(
          response,
          graphError({
            status: 400,
            code: 2500,
            title: `Unknown path components: /${edge}`,
            plainMessage: true,
          }),
        );
      }
      return true;
    }
    if (await handleTemplateNode(request, response, context, node)) return true;
    request.resume();
    const media = context.store.getMedia(node);
    if (!media || (method !== 'GET' && method !== 'DELETE')) {
      answer(response, unsupported(method, node));
    } else if (method === 'GET') {
      sendJson(response, 200, {
        messaging_product: 'whatsapp',
        url: mediaDownloadUrl(context, media.id, media.sha256),
        mime_type: media.mimeType,
        sha256: media.sha256,
        file_size: media.fileSize,
        id: media.id,
      });
    } else {
      context.store.deleteMedia(media.id);
      sendJson(response, 200, { success: true });
    }
    return true;
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      const isUpload = edge === 'media';
      response.setHeader('connection', 'close');
      answer(
        response,
        graphError({
          status: 413,
          code: isUpload ? 131053 : 100,
          title: isUpload ? 'Media upload error' : 'Invalid parameter',
          details: `The request body exceeds ${error.limit} bytes.`,
        }),
      );
      return true;
    }
    throw error;
  }
}
