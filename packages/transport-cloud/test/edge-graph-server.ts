import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>` of the Graph stand-in the edge tests send to. */
    edgeGraphOrigin: string;
  }
}

/** The access token the stand-in accepts; any other gets Graph's 401 (code 190). */
export const EDGE_ACCESS_TOKEN = 'edge-access-token';

/** A request the stand-in received, as `GET /__requests` lists it. */
export interface EdgeGraphRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  userAgent: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/**
 * Global setup of the `edge` project: a loopback stand-in for the Graph API, started in Node (the edge
 * tests run in the edge runtime, which has no `node:http`), its origin handed to them with `provide`.
 * It answers `POST /<version>/<phone number id>/messages` like Graph and lists what it received at
 * `GET /__requests`.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const requests: EdgeGraphRequest[] = [];
  const answer = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Uint8Array[] = [];
    request.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'GET' && request.url === '/__requests') return answer(response, 200, requests);
      const text = new TextDecoder().decode(Buffer.concat(chunks));
      const body = text === '' ? undefined : (JSON.parse(text) as { to?: string });
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        authorization: request.headers.authorization,
        userAgent: request.headers['user-agent'],
        contentType: request.headers['content-type'],
        body,
      });
      if (request.headers.authorization !== `Bearer ${EDGE_ACCESS_TOKEN}`) {
        return answer(response, 401, {
          error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 },
        });
      }
      if (request.method !== 'POST' || !/^\/v[\d.]+\/[^/]+\/messages$/.test(request.url ?? '')) {
        return answer(response, 404, {
          error: { message: 'Unknown path', type: 'GraphMethodException', code: 100 },
        });
      }
      answer(response, 200, {
        messaging_product: 'whatsapp',
        contacts: [{ input: body?.to ?? '', wa_id: body?.to ?? '' }],
        messages: [{ id: `wamid.EDGE${requests.length}` }],
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('edgeGraphOrigin', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
}
