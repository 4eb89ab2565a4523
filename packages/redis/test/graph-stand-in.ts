import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A loopback stand-in for the Graph API's send endpoint that counts the messages it created, by the text
 * of each message (the tests put the outbox id in it). What it answers depends on words in the text:
 *
 * - `rate-limit-once`: the first request answers 429 with code 130429 (nothing created), later ones succeed;
 * - `undeliverable`: 400 with code 131026 (nothing created);
 * - `invalid-parameter`: 400 with code 100 (nothing created);
 * - `no-answer`: the message is created but no answer is ever sent (the client times out);
 * - anything else: the message is created, and the answer follows after `holdMs`.
 */
export interface GraphStandIn {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** How many messages were created for each text. */
  readonly created: Map<string, number>;
  /** Requests received, created or not. */
  readonly requests: () => number;
  /** Requests created and not yet answered, by the `x-worker-id` header of their sender. */
  readonly inFlight: Map<string, number>;
  /** Stops the server and cuts open connections. */
  close(): Promise<void>;
}

function graphError(response: ServerResponse, status: number, code: number, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ error: { message, type: 'OAuthException', code, fbtrace_id: 'AbCdEf' } }));
}

/** Starts the stand-in on 127.0.0.1 and a free port. `holdMs` delays each successful answer. */
export async function startGraphStandIn(options: { holdMs?: number } = {}): Promise<GraphStandIn> {
  const created = new Map<string, number>();
  const rateLimited = new Set<string>();
  const sockets = new Set<Socket>();
  const inFlight = new Map<string, number>();
  let requests = 0;
  let counter = 0;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests++;
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
        to?: string;
        text?: { body?: string };
      };
      const text = body.text?.body ?? '';
      if (text.includes('rate-limit-once') && !rateLimited.has(text)) {
        rateLimited.add(text);
        graphError(response, 429, 130429, 'Rate limit hit');
        return;
      }
      if (text.includes('undeliverable')) return graphError(response, 400, 131026, 'Message undeliverable');
      if (text.includes('invalid-parameter')) return graphError(response, 400, 100, 'Invalid parameter');
      created.set(text, (created.get(text) ?? 0) + 1);
      if (text.includes('no-answer')) return; // created, but the answer never comes
      counter++;
      const answer = JSON.stringify({
        messaging_product: 'whatsapp',
        contacts: [{ input: body.to ?? '', wa_id: body.to ?? '' }],
        messages: [{ id: `wamid.STANDIN${counter}` }],
      });
      const sender = String(request.headers['x-worker-id'] ?? '');
      inFlight.set(sender, (inFlight.get(sender) ?? 0) + 1);
      setTimeout(() => {
        inFlight.set(sender, (inFlight.get(sender) ?? 1) - 1);
        if (response.destroyed) return;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(answer);
      }, options.holdMs ?? 0);
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    created,
    inFlight,
    requests: () => requests,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
