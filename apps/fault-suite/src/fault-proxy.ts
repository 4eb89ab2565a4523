import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * What the proxy does to one TCP connection:
 * - `none`: forwards both ways.
 * - `cut-before-request`: closes the client's connection as soon as it is accepted; nothing reaches the server.
 * - `cut-mid-request`: forwards the first half of the first request chunk, then closes both sides.
 * - `cut-after-request`: forwards the whole request; closes both sides when the server starts answering,
 *   so the server processed the request and the client never sees the answer.
 * - `cut-mid-response`: forwards half of the first response chunk, then closes both sides.
 */
export type ConnectionFault =
  | 'none'
  | 'cut-before-request'
  | 'cut-mid-request'
  | 'cut-after-request'
  | 'cut-mid-response';

/** A real TCP proxy on 127.0.0.1 that injects one fault per connection, in the order queued. */
export interface FaultProxy {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Connections accepted so far (one per HTTP attempt: the servers answer `Connection: close`). */
  readonly connections: number;
  /** Queues the faults of the next connections; later connections pass through. */
  inject(...faults: ConnectionFault[]): void;
  /** Points the proxy at another port (a restarted server). */
  retarget(port: number): void;
  close(): Promise<void>;
}

/** Starts a {@link FaultProxy} forwarding to `127.0.0.1:targetPort`. */
export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  let target = targetPort;
  let connections = 0;
  const queue: ConnectionFault[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };

  const server: Server = createServer((client) => {
    track(client);
    connections += 1;
    const fault = queue.shift() ?? 'none';
    client.on('error', () => undefined);
    if (fault === 'cut-before-request') {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(target, '127.0.0.1');
    track(upstream);
    upstream.on('error', () => client.destroy());
    const cut = (): void => {
      client.resetAndDestroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      if (fault === 'cut-mid-request') {
        upstream.write(chunk.subarray(0, Math.max(1, Math.floor(chunk.length / 2))), cut);
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (fault === 'cut-after-request') {
        cut();
        return;
      }
      if (fault === 'cut-mid-response') {
        client.write(chunk.subarray(0, Math.max(1, Math.floor(chunk.length / 2))), cut);
        return;
      }
      client.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    inject(...faults) {
      queue.push(...faults);
    },
    retarget(port) {
      target = port;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
