import type { IncomingMessage, ServerResponse } from 'node:http';
import { readNodeBody } from '@wa/webhooks/node';

/** The request body was larger than the configured limit; the rest was not read. */
export class BodyTooLargeError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`[@wa/sandbox] The request body exceeds ${limit} bytes.`);
    this.name = 'BodyTooLargeError';
    this.limit = limit;
  }
}

/**
 * Reads a request body, refusing (without buffering further) once it passes `limit` bytes, with the
 * Node body reader of `@wa/webhooks/node`.
 */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const read = await readNodeBody(request, limit);
  if (!read.ok) {
    request.resume();
    throw new BodyTooLargeError(limit);
  }
  return Buffer.from(read.body.buffer, read.body.byteOffset, read.body.byteLength);
}

/** Sends a JSON response. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** Sends bytes with a content type, never to be sniffed as something else. */
export function sendBytes(
  response: ServerResponse,
  status: number,
  contentType: string,
  data: Uint8Array,
): void {
  // nosniff: a browser must not guess a script or a page out of an uploaded file (media is user data).
  response.writeHead(status, {
    'content-type': contentType,
    'content-length': data.byteLength,
    'x-content-type-options': 'nosniff',
  });
  response.end(data);
}

/** The bearer token of the `Authorization` header, or undefined. */
export function bearerToken(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/** True when the request declares a JSON body (`application/json`, any parameters). */
export function isJsonContentType(request: IncomingMessage): boolean {
  const type = request.headers['content-type'] ?? '';
  return type.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** The outcome of {@link readJsonBody}: the parsed value, or why there is none. */
export type JsonBodyResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'content-type' | 'syntax'; message: string };

/**
 * Reads a JSON request body within `limit` bytes: the one JSON reader of the Cloud API, the On-Premises
 * API and the UI API (each maps a failure to its own error shape).
 *
 * @throws BodyTooLargeError when the body passes `limit` (answered 413 by the caller).
 */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<JsonBodyResult> {
  if (!isJsonContentType(request)) {
    request.resume();
    return {
      ok: false,
      reason: 'content-type',
      message: 'The request must carry Content-Type: application/json (R-HTTP-4).',
    };
  }
  const buffer = await readBody(request, limit);
  try {
    return { ok: true, value: JSON.parse(buffer.toString('utf8')) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'syntax', message: `The request body is not valid JSON: ${detail}` };
  }
}

/** Web `Request` from a node request and an already-read body (to reuse `formData()` parsing). */
export function toWebRequest(request: IncomingMessage, body: Buffer, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return new Request(new URL(request.url ?? '/', origin), {
    method: request.method ?? 'POST',
    headers,
    body: new Uint8Array(body),
  });
}

/** Decodes a URL path segment; a malformed escape is kept as written instead of throwing. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Host names that reach the sandbox on loopback (the `Host` header without its port). */
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * True when the request's `Host` names a loopback address (or the host the sandbox was bound to). A web
 * page that points a name of its own at 127.0.0.1 (DNS rebinding) sends that name in `Host`, so it is
 * refused instead of reaching the APIs and the UI.
 */
export function isAllowedHost(request: IncomingMessage, boundHost: string): boolean {
  const header = request.headers.host;
  if (header === undefined) return false;
  const host = (header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.split(':')[0])
    ?.trim()
    .toLowerCase();
  if (host === undefined || host === '') return false;
  return loopbackHosts.has(host) || host === boundHost.toLowerCase() || /^127\.\d+\.\d+\.\d+$/.test(host);
}
