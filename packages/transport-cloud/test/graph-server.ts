import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request the stand-in received. `body` is empty when the connection was cut before it was read. */
export interface GraphRequest {
  method: string;
  /** Path and query, e.g. `/v26.0/1234/messages`. */
  url: string;
  headers: IncomingMessage['headers'];
  /** The raw body. */
  raw: Buffer;
  /** The body as text. */
  text: string;
  /** The body parsed as JSON when it is JSON, else `undefined`. */
  json: unknown;
}

/** A scripted answer to one request. */
export type GraphReply =
  | {
      status: number;
      body?: unknown;
      headers?: Record<string, string>;
      /** Wait this long before answering. */
      delayMs?: number;
    }
  | {
      /**
       * Cut the connection: `before-body` right after the request headers arrive (the body is never read),
       * `after-body` once the whole request was read, `mid-response` after sending the status line and
       * half of a JSON body.
       */
      destroy: 'before-body' | 'after-body' | 'mid-response';
    };

/** A loopback stand-in for the Graph API that records every request and answers as scripted. */
export interface GraphServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Every request received, in order (including cut ones). */
  requests: GraphRequest[];
  /** TCP connections accepted. */
  connections: number;
  /** Queues answers for the next requests; once they are used up, the default Graph answers apply. */
  reply(...replies: GraphReply[]): void;
  /** Forgets recorded requests and unused scripted answers, and restarts the ID counter. */
  reset(): void;
  /** Stops the server, cutting open connections and pending delayed answers. */
  close(): Promise<void>;
}

/** The bytes served for a media file at `/files/<id>`. */
export const MEDIA_BYTES: Uint8Array = new TextEncoder().encode('\u0089PNG fake image bytes');

/** Graph's answers when nothing is scripted: a successful send, read receipt, upload, lookup or delete. */
function defaultReply(
  request: GraphRequest,
  origin: string,
  counter: number,
): { status: number; body: unknown; headers?: Record<string, string> } {
  const path = request.url.split('?')[0] ?? '';
  const parts = path.split('/').filter(Boolean);
  if (request.method === 'POST' && parts[2] === 'messages') {
    const json = request.json as { to?: string; status?: string } | undefined;
    if (json?.status === 'read') return { status: 200, body: { success: true } };
    return {
      status: 200,
      body: {
        messaging_product: 'whatsapp',
        contacts: [{ input: json?.to ?? '', wa_id: json?.to ?? '' }],
        messages: [{ id: `wamid.TEST${counter}` }],
      },
    };
  }
  if (request.method === 'POST' && parts[2] === 'media')
    return { status: 200, body: { id: `media-${counter}` } };
  if (request.method === 'GET' && parts[0] === 'files') {
    return { status: 200, body: MEDIA_BYTES, headers: { 'content-type': 'image/png' } };
  }
  if (request.method === 'GET' && parts.length === 2) {
    const id = parts[1] ?? '';
    return {
      status: 200,
      body: {
        messaging_product: 'whatsapp',
        url: `${origin}/files/${id}?hash=abc`,
        mime_type: 'image/png',
        sha256: 'c0ffee',
        file_size: MEDIA_BYTES.byteLength,
        id,
      },
    };
  }
  if (request.method === 'DELETE') return { status: 200, body: { success: true } };
  return {
    status: 404,
    body: { error: { message: 'Unknown path', type: 'GraphMethodException', code: 100 } },
  };
}

/** Starts the stand-in on 127.0.0.1 with a free port. */
export async function startGraphServer(): Promise<GraphServer> {
  const queue: GraphReply[] = [];
  const requests: GraphRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let counter = 0;
  let origin = '';

  const answer = (
    response: ServerResponse,
    status: number,
    body: unknown,
    headers?: Record<string, string>,
  ) => {
    const binary = body instanceof Uint8Array;
    const payload = binary ? body : typeof body === 'string' ? body : JSON.stringify(body);
    response.writeHead(status, {
      'content-type': binary
        ? 'application/octet-stream'
        : typeof body === 'string'
          ? 'text/html'
          : 'application/json',
      ...headers,
    });
    response.end(payload);
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const scripted = queue.shift();
    const record: GraphRequest = {
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
      raw: Buffer.alloc(0),
      text: '',
      json: undefined,
    };
    if (scripted !== undefined && 'destroy' in scripted && scripted.destroy === 'before-body') {
      requests.push(record);
      request.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      record.raw = Buffer.concat(chunks);
      record.text = record.raw.toString('utf8');
      if (String(request.headers['content-type']).startsWith('application/json')) {
        try {
          record.json = JSON.parse(record.text);
        } catch {
          record.json = undefined;
        }
      }
      requests.push(record);
      counter++;
      if (scripted !== undefined && 'destroy' in scripted) {
        if (scripted.destroy === 'mid-response') {
          response.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' });
          response.write('{"messaging_product":"whatsapp","messa');
          setImmediate(() => request.socket.destroy());
        } else {
          request.socket.destroy();
        }
        return;
      }
      const reply = scripted ?? defaultReply(record, origin, counter);
      const delayMs = 'delayMs' in reply ? reply.delayMs : undefined;
      const send = () => answer(response, reply.status, reply.body, reply.headers);
      if (delayMs === undefined) {
        send();
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) send();
      }, delayMs);
      timers.add(timer);
    });
  });
  const state = { connections: 0 };
  server.on('connection', (socket: Socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    requests,
    get connections() {
      return state.connections;
    },
    reply(...replies: GraphReply[]) {
      queue.push(...replies);
    },
    reset() {
      queue.length = 0;
      requests.length = 0;
      counter = 0;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A Graph error body. */
export function graphError(code: number, message: string, extra: Record<string, unknown> = {}): unknown {
  return { error: { message, type: 'OAuthException', code, fbtrace_id: 'AbCdEf123', ...extra } };
}
