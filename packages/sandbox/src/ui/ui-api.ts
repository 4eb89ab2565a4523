import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { checkUpload, newMedia } from '../core/media-rules.ts';
import type { CustomerAction, SandboxChange } from '../core/sandbox-core.ts';
import {
  BodyTooLargeError,
  decodeSegment,
  isJsonContentType,
  readBody,
  readJsonBody,
  sendBytes,
  sendJson,
} from '../http/http-utils.ts';
import type { RequestContext } from '../http/request-context.ts';
import type { WebhookLogRecord } from '../store/sandbox-store.ts';
import { type RenderedMessage, renderMessage } from './render-message.ts';

const publicDirectory = join(import.meta.dirname, 'public');
const assets: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/_sandbox/assets/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/_sandbox/assets/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};

const waIdSchema = z.string().check(z.regex(/^\d{6,15}$/, 'a WhatsApp ID is 6 to 15 digits'));
const newCustomerSchema = z.strictObject({
  waId: waIdSchema,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
});
const webhookSettingsSchema = z.strictObject({
  cloud: z.optional(z.string()),
  onprem: z.optional(z.string()),
});
const urlOrEmpty = z.union([z.literal(''), z.url({ protocol: /^https?$/ })]);
const actionSchema: z.ZodMiniType<CustomerAction> = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('text'),
    text: z.string().check(z.minLength(1)).check(z.maxLength(4096)),
  }),
  z.strictObject({
    kind: z.literal('button_reply'),
    messageId: z.string(),
    id: z.string(),
    title: z.string(),
  }),
  z.strictObject({
    kind: z.literal('list_reply'),
    messageId: z.string(),
    id: z.string(),
    title: z.string(),
    description: z.optional(z.string()),
  }),
  z.strictObject({
    kind: z.literal('template_button'),
    messageId: z.string(),
    text: z.string(),
    payload: z.string(),
  }),
  z.strictObject({
    kind: z.literal('location'),
    messageId: z.optional(z.string()),
    latitude: z.number().check(z.gte(-90)).check(z.lte(90)),
    longitude: z.number().check(z.gte(-180)).check(z.lte(180)),
    name: z.optional(z.string()),
    address: z.optional(z.string()),
  }),
  z.strictObject({
    kind: z.literal('reaction'),
    messageId: z.string(),
    emoji: z.string().check(z.maxLength(16)),
  }),
  z.strictObject({
    kind: z.literal('flow_reply'),
    messageId: z.string(),
    response: z.record(z.string(), z.unknown()),
  }),
]);

/** The live-update side of the UI: Server-Sent Events to every open page. */
export class UiEvents {
  readonly #clients = new Set<ServerResponse>();
  readonly #heartbeat: NodeJS.Timeout;

  constructor() {
    this.#heartbeat = setInterval(() => this.#write(': keep-alive\n\n'), 15_000);
    this.#heartbeat.unref();
  }

  /** Opens an event stream on `response`. */
  open(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    response.write('retry: 1000\n\n');
    this.#clients.add(response);
    request.on('close', () => this.#clients.delete(response));
  }

  /** Sends one named event with a JSON payload to every page. */
  send(event: string, data: unknown): void {
    this.#write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  #write(chunk: string): void {
    for (const client of this.#clients) client.write(chunk);
  }

  /** Ends every stream. */
  close(): void {
    clearInterval(this.#heartbeat);
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}

function renderConversation(context: RequestContext, waId: string): RenderedMessage[] {
  const conversation = context.store.listMessages(waId);
  return conversation
    .map((message) => renderMessage(message, conversation, context.templates.all()))
    .filter((message) => message.html !== '');
}

/** Forwards the core's changes to the pages, rendered. */
export function connectUiEvents(
  context: RequestContext,
  events: UiEvents,
): (entry: WebhookLogRecord) => void {
  context.core.subscribe((change: SandboxChange) => {
    if (change.type === 'message') {
      const conversation = context.store.listMessages(change.waId);
      const message = conversation.find((candidate) => candidate.id === change.id);
      if (message) events.send('message', renderMessage(message, conversation, context.templates.all()));
    } else if (change.type === 'typing') {
      events.send('typing', { waId: change.waId });
    } else {
      events.send(change.type, {});
    }
  });
  return (entry) => events.send('webhook', entry);
}

function state(context: RequestContext) {
  const webhooks = context.core.webhooks;
  return {
    business: {
      name: context.config.businessName,
      displayPhoneNumber: context.config.displayPhoneNumber,
      phoneNumberId: context.config.phoneNumberId,
    },
    customers: context.store.listCustomers(),
    webhooks: {
      cloud: { url: webhooks.url('cloud'), verified: webhooks.isVerified('cloud') },
      onprem: { url: webhooks.url('onprem') },
    },
    endpoints: {
      cloud: `${context.origin()}/${context.config.apiVersion}/${context.config.phoneNumberId}/messages`,
      onprem: `${context.origin()}/v1/messages`,
    },
  };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const parsed = await readJsonBody(request, 64 * 1024);
  return parsed.ok ? parsed.value : undefined;
}

function badRequest(response: ServerResponse, error: z.core.$ZodError | string): void {
  sendJson(response, 400, { error: typeof error === 'string' ? error : z.prettifyError(error) });
}

/**
 * Serves the chat UI: the page and its assets, the state and conversation reads, the customer's actions,
 * reset, webhook settings and the live event stream. Returns false for paths it does not own.
 */
export async function handleUi(
  request: IncomingMessage,
  response: ServerResponse,
  context: RequestContext,
  events: UiEvents,
): Promise<boolean> {
  const url = new URL(request.url ?? '/', context.origin());
  const path = url.pathname;
  const method = request.method ?? 'GET';
  const asset = assets[path];
  if (asset && (method === 'GET' || method === 'HEAD')) {
    const content = readFileSync(join(publicDirectory, asset.file));
    response.writeHead(200, {
      'content-type': asset.type,
      'content-length': content.byteLength,
      'cache-control': 'no-cache',
    });
    response.end(method === 'HEAD' ? undefined : content);
    return true;
  }
  if (!path.startsWith('/_sandbox/')) return false;
  try {
    const isImageUpload = /\/image$/.test(path);
    if ((method === 'POST' || method === 'PUT') && !isImageUpload && !isJsonContentType(request)) {
      // JSON only: a page on another origin cannot send it without a CORS preflight, which the sandbox
      // never grants, so other sites cannot drive the UI API behind the user's back.
      request.resume();
      sendJson(response, 415, { error: 'Send JSON (Content-Type: application/json).' });
      return true;
    }
    if (path === '/_sandbox/events' && method === 'GET') {
      events.open(request, response);
      return true;
    }
    if (path === '/_sandbox/api/state' && method === 'GET') {
      sendJson(response, 200, state(context));
      return true;
    }
    if (path === '/_sandbox/api/webhook-log' && method === 'GET') {
      sendJson(response, 200, { entries: context.store.listWebhookLog() });
      return true;
    }
    if (path === '/_sandbox/api/reset' && method === 'POST') {
      request.resume();
      context.core.reset();
      sendJson(response, 200, { ok: true });
      return true;
    }
    if (path === '/_sandbox/api/webhooks' && method === 'PUT') {
      const parsed = webhookSettingsSchema.safeParse(await readJson(request));
      if (!parsed.success) {
        badRequest(response, parsed.error);
        return true;
      }
      const results: Record<string, { ok: boolean; detail: string }> = {};
      for (const format of ['cloud', 'onprem'] as const) {
        const value = parsed.data[format];
        if (value === undefined) continue;
        if (!urlOrEmpty.safeParse(value).success) {
          badRequest(response, `${format}: not an http(s) URL`);
          return true;
        }
        results[format] = await context.core.webhooks.setUrl(format, value);
      }
      sendJson(response, 200, { results, state: state(context) });
      return true;
    }
    if (path === '/_sandbox/api/customers' && method === 'POST') {
      const parsed = newCustomerSchema.safeParse(await readJson(request));
      if (!parsed.success) {
        badRequest(response, parsed.error);
        return true;
      }
      context.core.addCustomer(parsed.data.waId, parsed.data.name);
      sendJson(response, 200, { ok: true });
      return true;
    }
    const mediaMatch = /^\/_sandbox\/media\/([^/]+)$/.exec(path);
    if (mediaMatch && method === 'GET') {
      const media = context.store.getMedia(decodeSegment(mediaMatch[1] ?? ''));
      if (!media) sendJson(response, 404, { error: 'media not found' });
      else sendBytes(response, 200, media.mimeType, media.data);
      return true;
    }
    const customerMatch = /^\/_sandbox\/api\/customers\/(\d+)\/(messages|actions|image)$/.exec(path);
    if (customerMatch) {
      const [, waId = '', what] = customerMatch;
      if (!context.store.getCustomer(waId)) {
        request.resume();
        sendJson(response, 404, { error: `no customer ${waId}` });
        return true;
      }
      if (what === 'messages' && method === 'GET') {
        sendJson(response, 200, { messages: renderConversation(context, waId) });
        return true;
      }
      if (what === 'actions' && method === 'POST') {
        const parsed = actionSchema.safeParse(await readJson(request));
        if (!parsed.success) {
          badRequest(response, parsed.error);
          return true;
        }
        const record = context.core.customerAction(waId, parsed.data);
        sendJson(response, 200, { id: record.id });
        return true;
      }
      if (what === 'image' && method === 'POST') {
        const mimeType = request.headers['content-type'] ?? '';
        const data = new Uint8Array(await readBody(request, context.config.maxBodyBytes));
        const problem = await checkUpload(mimeType, data);
        if (problem || !mimeType.startsWith('image/')) {
          badRequest(response, problem?.detail ?? 'not an image');
          return true;
        }
        const media = newMedia('cloud', mimeType, data, null);
        context.store.insertMedia(media);
        const caption = url.searchParams.get('caption') ?? undefined;
        const record = context.core.customerAction(waId, {
          kind: 'image',
          mediaId: media.id,
          mimeType: media.mimeType,
          sha256: media.sha256,
          caption,
        });
        sendJson(response, 200, { id: record.id });
        return true;
      }
    }
    request.resume();
    sendJson(response, 404, { error: `unknown sandbox path ${method} ${path}` });
    return true;
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    response.setHeader('connection', 'close');
    sendJson(response, 413, { error: error.message });
    return true;
  }
}
