import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { concatBytes, DEFAULT_MAX_BODY_BYTES, tooLargeMessage } from '../read-body.ts';
import type { WebhookRequestErrorCode } from '../webhook-request-error.ts';
import { webhookRequestErrorStatus } from '../webhook-request-error.ts';
import type { WebRequestHandler } from './web-request-handler.ts';

/** The outcome of reading a Node request body within a limit. */
export type NodeBodyResult = { ok: true; body: Uint8Array } | { ok: false; tooLarge: true };

const encoder = new TextEncoder();

/** The message of a 500 when a body parser kept no raw bytes. */
const rawBodyUnavailableMessage: string =
  'A body parser consumed the request and kept no raw bytes, so the signature cannot be checked. ' +
  "Mount the webhook before any JSON body parser, use express.raw({ type: 'application/json' }), or keep the bytes in req.rawBody.";

/**
 * The raw body a body parser left on a Node request: `req.rawBody` (Buffer or string), or a Buffer or
 * string `req.body`. `'parsed'` when a parser turned the body into an object and kept no bytes;
 * `undefined` when no parser ran (read the stream).
 */
function preparsedBody(request: IncomingMessage): Uint8Array | 'parsed' | undefined {
  const { rawBody, body, _body } = request as IncomingMessage & {
    rawBody?: unknown;
    body?: unknown;
    _body?: unknown;
  };
  if (rawBody instanceof Uint8Array) return rawBody;
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return encoder.encode(body);
  if (body !== undefined && body !== null) return 'parsed';
  // Express 5 leaves `req.body` undefined when no parser ran; Express 4's parsers set `{}` and `_body`.
  return _body === true || request.readableEnded ? 'parsed' : undefined;
}

/**
 * Reads the raw body of a Node request, whether a body parser ran or not, within the limit. Answers
 * 413 or 500 itself and returns `undefined` when it did.
 */
async function rawBodyOf(
  request: IncomingMessage,
  response: ServerResponse,
  maxBodyBytes: number,
): Promise<Uint8Array | undefined> {
  const existing = preparsedBody(request);
  if (existing === 'parsed') {
    sendError(response, 'WA_WEBHOOK_RAW_BODY_UNAVAILABLE', rawBodyUnavailableMessage);
    return undefined;
  }
  if (existing !== undefined) {
    if (existing.byteLength <= maxBodyBytes) return existing;
    sendError(response, 'WA_WEBHOOK_BODY_TOO_LARGE', tooLargeMessage(maxBodyBytes));
    return undefined;
  }
  const read = await readNodeBody(request, maxBodyBytes);
  if (read.ok) return read.body;
  request.resume();
  sendError(response, 'WA_WEBHOOK_BODY_TOO_LARGE', tooLargeMessage(maxBodyBytes));
  return undefined;
}

/**
 * Answers a Node request with a web-standard handler: reads the raw body (not for GET or HEAD) within
 * the limit, passes the request on and writes the handler's response. A refused body is answered here.
 */
export async function serveWithHandler(
  handler: WebRequestHandler,
  request: IncomingMessage,
  response: ServerResponse,
  maxBodyBytes: number,
): Promise<void> {
  let body: Uint8Array | undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    body = await rawBodyOf(request, response, maxBodyBytes);
    if (body === undefined) return;
  }
  await sendWebResponse(await handler(toWebRequest(request, body)), response);
}

/** The limit an adapter enforces: its own option, else the handler's, else the default. */
export function bodyLimitOf(handler: WebRequestHandler, override: number | undefined): number {
  return override ?? handler.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
}

/**
 * Streams the raw bytes of a Node request, refusing more than `maxBodyBytes`: at once when
 * `Content-Length` says so, otherwise as soon as the stream passes the limit. On refusal the rest of
 * the body is left unread: call `request.resume()` before answering 413. The one size-limited reader
 * of Node requests, shared by the adapters here and by `@wa/sandbox`.
 */
export async function readNodeBody(request: IncomingMessage, maxBodyBytes: number): Promise<NodeBodyResult> {
  const declared = request.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBodyBytes) return { ok: false, tooLarge: true };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of request as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.byteLength;
    if (total > maxBodyBytes) return { ok: false, tooLarge: true };
    chunks.push(bytes);
  }
  return { ok: true, body: concatBytes(chunks, total) };
}

/** Copies Node's header object into web `Headers`. */
function toHeaders(headers: IncomingHttpHeaders): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) result.append(name, item);
    else result.set(name, value);
  }
  return result;
}

/** Builds a web `Request` from a Node request and its raw body (the host is irrelevant and fixed). */
export function toWebRequest(request: IncomingMessage, body: Uint8Array | undefined): Request {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers: toHeaders(request.headers),
    // Node's Buffers are Uint8Arrays; the cast only widens the buffer type the DOM typings expect.
    body: hasBody ? ((body ?? new Uint8Array(0)) as Uint8Array<ArrayBuffer>) : null,
  });
}

/** The path of a Node request, without its query. */
export function pathOf(request: IncomingMessage): string {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** Writes a web `Response` to a Node response. */
async function sendWebResponse(response: Response, target: ServerResponse): Promise<void> {
  target.statusCode = response.status;
  response.headers.forEach((value, name) => {
    target.setHeader(name, value);
  });
  const body = response.body === null ? undefined : new Uint8Array(await response.arrayBuffer());
  target.end(body);
}

/** Answers a refusal the adapter decides itself (413 while reading, 404, 500), in the handler's format. */
export function sendError(
  target: ServerResponse,
  code: WebhookRequestErrorCode | 'WA_WEBHOOK_NOT_FOUND',
  message: string,
): void {
  const status = code === 'WA_WEBHOOK_NOT_FOUND' ? 404 : webhookRequestErrorStatus[code];
  target.statusCode = status;
  target.setHeader('content-type', 'application/json; charset=utf-8');
  if (status === 413) target.setHeader('connection', 'close');
  target.end(JSON.stringify({ error: { code, message: `[@wa/webhooks] ${message}` } }));
}
