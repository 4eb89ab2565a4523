import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

/** A real HTTP server on 127.0.0.1 (port chosen by the OS). */
export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Starts `listener` on 127.0.0.1:0. */
export async function startServer(listener: RequestListener): Promise<TestServer> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Serves a web-standard handler the way fetch-style runtimes do: the body reaches it as a stream
 * (no buffering here), so the handler's own streaming size limit is exercised.
 */
export function startWebServer(handler: (request: Request) => Promise<Response>): Promise<TestServer> {
  return startServer((request: IncomingMessage, response: ServerResponse) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const method = request.method ?? 'GET';
    const body =
      method === 'GET' || method === 'HEAD' ? null : (Readable.toWeb(request) as ReadableStream<Uint8Array>);
    const webRequest = new Request(new URL(request.url ?? '/', 'http://localhost'), {
      method,
      headers,
      body,
      duplex: 'half',
    } as RequestInit);
    void handler(webRequest).then(async (webResponse) => {
      response.statusCode = webResponse.status;
      webResponse.headers.forEach((value, name) => {
        response.setHeader(name, value);
      });
      response.end(Buffer.from(await webResponse.arrayBuffer()));
    });
  });
}
