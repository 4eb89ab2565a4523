import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback HTTP proxy that hands each request to the next of several bot processes in turn. */
export interface RoundRobinProxy {
  /** `http://127.0.0.1:<port>`: the address to give instead of the bots' own. */
  readonly url: string;
  /** Stops listening (requests in flight finish). */
  close(): Promise<void>;
}

/** Options of {@link startRoundRobinProxy}. */
export interface RoundRobinProxyOptions {
  /** The bots' base URLs (`http://127.0.0.1:<port>`); a request keeps its path and query. */
  targets: readonly string[];
  /** Called for each forwarded request with the index of the target that got it. */
  onForward?: ((target: number, method: string, path: string) => void) | undefined;
}

/**
 * Starts a round-robin proxy on 127.0.0.1 and a free port: request 1 goes to `targets[0]`, request 2 to
 * `targets[1]`, and so on, so webhook deliveries alternate between the bot processes as behind a load
 * balancer. Bodies and headers (the signature included) pass through unchanged.
 *
 * @example
 * const proxy = await startRoundRobinProxy({ targets: ['http://127.0.0.1:5881', 'http://127.0.0.1:5882'] });
 * await sandbox.setWebhook(`${proxy.url}/webhook`);
 * await proxy.close();
 */
export async function startRoundRobinProxy(options: RoundRobinProxyOptions): Promise<RoundRobinProxy> {
  const targets = options.targets.map((target) => new URL(target));
  if (targets.length === 0) throw new Error('[@wa-demo/demo-bot] the proxy needs at least one target.');
  let next = 0;
  const forward = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const index = next;
    next = (next + 1) % targets.length;
    const target = targets[index] as URL;
    const path = incoming.url ?? '/';
    options.onForward?.(index, incoming.method ?? 'GET', new URL(path, 'http://proxy').pathname);
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end('Bad gateway');
    });
    incoming.pipe(upstream);
  };
  const server = createServer(forward);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeIdleConnections();
        server.close(() => resolve());
      }),
  };
}
