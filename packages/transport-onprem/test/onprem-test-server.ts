import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

/** One request the server received. */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/v1/messages`. */
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** The body parsed as JSON, or `undefined` when it is not JSON. */
  json: unknown;
}

/** A scripted answer for the next matching request. */
export interface ScriptedResponse {
  status?: number;
  /** A JSON value (serialised), a Buffer (sent as is) or `null` for an empty body. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (to trigger a client timeout). */
  delayMs?: number;
  /** Destroy the socket after the request body arrived, without answering. */
  destroy?: boolean;
}

/** Options of {@link startOnPremServer}. */
export interface OnPremServerOptions {
  username?: string;
  password?: string;
  /** How long issued tokens live, in milliseconds (default 7 days). */
  tokenLifetimeMs?: number;
  /** Serve HTTPS with this certificate. */
  tls?: { cert: string; key: string };
}

const META = { api_status: 'stable', version: '2.53.2' } as const;

/**
 * A local stand-in for an On-Premises WhatsApp Business API client on 127.0.0.1: HTTP Basic login that
 * issues expiring bearer tokens, bearer-protected messages, media, contacts and health endpoints, the
 * On-Prem error shapes, and scripted answers for the failure cases.
 */
export class OnPremTestServer {
  readonly requests: RecordedRequest[] = [];
  readonly username: string;
  readonly password: string;
  /** Issued tokens and their expiry (epoch ms) as the server sees them. */
  readonly tokens = new Map<string, number>();
  tokenLifetimeMs: number;
  loginCount = 0;
  /** Requests being answered right now, and the most seen at once. */
  inFlight = 0;
  maxInFlight = 0;
  readonly #server: Server;
  readonly #secure: boolean;
  readonly #scripts: Array<{ method: string; path: string; response: ScriptedResponse }> = [];
  readonly #media = new Map<string, { type: string; data: Buffer }>();
  #heldLogins: Array<() => void> | undefined;
  #loginWaiters: Array<{ count: number; resolve: () => void }> = [];
  #pendingLogins = 0;
  #nextId = 1;

  constructor(options: OnPremServerOptions) {
    this.username = options.username ?? 'admin';
    this.password = options.password ?? 'S3cret!pass';
    this.tokenLifetimeMs = options.tokenLifetimeMs ?? 7 * 24 * 3600 * 1000;
    const handler = (request: IncomingMessage, response: ServerResponse) => {
      void this.#handle(request, response);
    };
    this.#secure = options.tls !== undefined;
    this.#server = options.tls ? createHttpsServer(options.tls, handler) : createHttpServer(handler);
  }

  /** The base URL, e.g. `http://127.0.0.1:43123`. */
  get url(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `${this.#secure ? 'https' : 'http'}://127.0.0.1:${port}`;
  }

  /** Requests to `path` (and `method`, when given). */
  requestsTo(path: string, method?: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path && (method === undefined || r.method === method));
  }

  /** Answers the next `method path` request with `response` (queued, each used once). */
  respondNext(method: string, path: string, response: ScriptedResponse): void {
    this.#scripts.push({ method, path, response });
  }

  /** Makes every issued token invalid, as a restart or an expiry on the server side would. */
  revokeTokens(): void {
    this.tokens.clear();
  }

  /** Holds login answers until {@link releaseLogins} is called. */
  holdLogins(): void {
    this.#heldLogins = [];
  }

  /** Answers every held login. */
  releaseLogins(): void {
    const held = this.#heldLogins ?? [];
    this.#heldLogins = undefined;
    for (const release of held) release();
  }

  /** Resolves once `count` login requests have arrived (held or not). */
  waitForLogins(count: number): Promise<void> {
    if (this.#pendingLogins + this.loginCount >= count) return Promise.resolve();
    return new Promise((resolve) => this.#loginWaiters.push({ count, resolve }));
  }

  listen(): Promise<void> {
    return new Promise((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    let json: unknown;
    try {
      json = body.length > 0 ? JSON.parse(body.toString('utf8')) : undefined;
    } catch {
      json = undefined;
    }
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    this.requests.push({ method, path, headers: request.headers, body, json });
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    response.once('close', () => {
      this.inFlight -= 1;
    });

    if (path === '/v1/users/login' && method === 'POST') return this.#login(request, response);

    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const expiresAt = token === undefined ? undefined : this.tokens.get(token);
    if (expiresAt === undefined || Date.now() >= expiresAt) {
      return send(response, 401, {
        errors: [{ code: 1005, title: 'Access denied', details: 'Invalid token' }],
      });
    }

    const scriptIndex = this.#scripts.findIndex((s) => s.method === method && s.path === path);
    if (scriptIndex >= 0) {
      const [script] = this.#scripts.splice(scriptIndex, 1);
      return this.#scripted(request, response, script?.response ?? {});
    }
    return this.#route(method, path, request, response, body, json);
  }

  async #login(request: IncomingMessage, response: ServerResponse): Promise<unknown> {
    this.#pendingLogins += 1;
    for (const waiter of this.#loginWaiters.filter((w) => this.#pendingLogins + this.loginCount >= w.count)) {
      waiter.resolve();
    }
    this.#loginWaiters = this.#loginWaiters.filter((w) => this.#pendingLogins + this.loginCount < w.count);
    const held = this.#heldLogins;
    if (held !== undefined) await new Promise<void>((resolve) => held.push(resolve));
    this.#pendingLogins -= 1;
    this.loginCount += 1;
    const expected = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    if (request.headers.authorization !== expected) {
      return send(response, 401, {
        errors: [{ code: 1005, title: 'Access denied', details: 'Invalid credentials' }],
      });
    }
    const script = this.#scripts.findIndex((s) => s.method === 'POST' && s.path === '/v1/users/login');
    if (script >= 0) {
      const [entry] = this.#scripts.splice(script, 1);
      return this.#scripted(request, response, entry?.response ?? {});
    }
    const token = `token-${this.loginCount}-${Math.random().toString(36).slice(2)}`;
    const expiresAt = Date.now() + this.tokenLifetimeMs;
    this.tokens.set(token, expiresAt);
    return send(response, 200, {
      users: [{ token, expires_after: formatExpiresAfter(expiresAt) }],
      meta: META,
    });
  }

  async #scripted(
    request: IncomingMessage,
    response: ServerResponse,
    script: ScriptedResponse,
  ): Promise<unknown> {
    if (script.destroy) {
      request.socket.destroy();
      return false;
    }
    if (script.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, script.delayMs));
    if (response.destroyed) return false;
    return send(response, script.status ?? 200, script.body ?? null, script.headers);
  }

  #route(
    method: string,
    path: string,
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    json: unknown,
  ): boolean {
    if (path === '/v1/messages' && method === 'POST') {
      return send(response, 201, {
        messages: [{ id: `gBEGkYiEB1VXAglK1ZEqA1YK${this.#nextId++}` }],
        meta: META,
      });
    }
    const read = /^\/v1\/messages\/([^/]+)$/.exec(path);
    if (read && method === 'PUT') return send(response, 200, { meta: META });
    if (path === '/v1/media' && method === 'POST') {
      const id = `f043afd0-f0ae-4b9c-ab3d-${String(this.#nextId++).padStart(12, '0')}`;
      this.#media.set(id, {
        type: request.headers['content-type'] ?? 'application/octet-stream',
        data: body,
      });
      return send(response, 201, { media: [{ id }], meta: META });
    }
    const media = /^\/v1\/media\/([^/]+)$/.exec(path);
    if (media?.[1] !== undefined) {
      const stored = this.#media.get(decodeURIComponent(media[1]));
      if (stored === undefined) {
        return send(response, 404, {
          errors: [{ code: 1006, title: 'Resource not found', details: 'media not found' }],
          meta: META,
        });
      }
      if (method === 'GET') {
        response.writeHead(200, { 'content-type': stored.type, 'content-length': stored.data.length });
        response.end(stored.data);
        return true;
      }
      if (method === 'DELETE') {
        this.#media.delete(decodeURIComponent(media[1]));
        return send(response, 200, { meta: META });
      }
    }
    if (path === '/v1/contacts' && method === 'POST') {
      const inputs = (json as { contacts?: string[] } | undefined)?.contacts ?? [];
      return send(response, 200, {
        contacts: inputs.map((input) => {
          const digits = input.replace(/\D/g, '');
          return digits.length >= 8
            ? { input, status: 'valid', wa_id: digits }
            : { input, status: 'invalid' };
        }),
        meta: META,
      });
    }
    if (path === '/v1/health' && method === 'GET') {
      return send(response, 200, { health: { gateway_status: 'connected' }, meta: META });
    }
    return send(response, 404, {
      errors: [{ code: 1006, title: 'Resource not found', details: `${method} ${path}` }],
    });
  }
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): boolean {
  if (Buffer.isBuffer(body)) {
    response.writeHead(status, { 'content-length': body.length, ...headers });
    response.end(body);
    return true;
  }
  const text = body === null ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...(body === null ? {} : { 'content-type': 'application/json' }),
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
  return true;
}

/** `2026-11-29 00:00:00+00:00`, the form the On-Premises client uses for `expires_after`. */
export function formatExpiresAfter(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ')}+00:00`;
}

/** Starts a server on 127.0.0.1 with a free port. */
export async function startOnPremServer(options: OnPremServerOptions = {}): Promise<OnPremTestServer> {
  const server = new OnPremTestServer(options);
  await server.listen();
  return server;
}
