import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server answers one send request. */
export interface GraphAnswer {
  /** Whether the message is created before answering (a proxy error after processing: `true`). */
  create: boolean;
  /** HTTP status. */
  status: number;
  /** The body; a Graph success body when omitted and `status` is 200. */
  body?: string | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
  /** Waits this long before answering, in milliseconds (a response slower than the client's timeout). */
  delayMs?: number | undefined;
}

/** A loopback stand-in for the Graph API's send endpoint that counts the messages it created. */
export interface GraphServer {
  readonly port: number;
  readonly url: string;
  /** Messages created (one per request answered with `create: true`). */
  readonly created: number;
  /** Send requests that arrived complete. */
  readonly requests: number;
  /** Queues the answers of the next requests; later requests are created and answered 200. */
  answer(...answers: GraphAnswer[]): void;
  close(): Promise<void>;
}

/** A Graph API error body, as the Cloud API sends it. */
export function graphErrorBody(code: number, message: string, isTransient: boolean): string {
  return JSON.stringify({
    error: { message, type: 'OAuthException', code, is_transient: isTransient, fbtrace_id: 'AbCdEfGh123' },
  });
}

/** Starts a {@link GraphServer} on 127.0.0.1. Every answer carries `Connection: close` (one request per connection). */
export async function startGraphServer(): Promise<GraphServer> {
  let created = 0;
  let requests = 0;
  const queue: GraphAnswer[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || !/\/messages$/.test(request.url ?? '')) {
        response.writeHead(404, { connection: 'close' }).end();
        return;
      }
      requests += 1;
      const to = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { to?: string }).to ?? '';
      const answer = queue.shift() ?? { create: true, status: 200 };
      let id: string | undefined;
      if (answer.create) {
        created += 1;
        id = `wamid.fault-${created}`;
      }
      const send = (): void => {
        const body =
          answer.body ??
          (answer.status === 200
            ? JSON.stringify({
                messaging_product: 'whatsapp',
                contacts: [{ input: to, wa_id: to }],
                messages: [{ id }],
              })
            : '');
        response.writeHead(answer.status, {
          'content-type': body.startsWith('{') ? 'application/json' : 'text/html',
          connection: 'close',
          ...answer.headers,
        });
        response.end(body);
      };
      if (answer.delayMs === undefined) send();
      else setTimeout(send, answer.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    get created() {
      return created;
    },
    get requests() {
      return requests;
    },
    answer(...answers) {
      queue.push(...answers);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
