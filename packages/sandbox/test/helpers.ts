import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxConfig } from '../src/config/sandbox-config.ts';
import {
  startSandboxServer as createSandbox,
  type SandboxServer as Sandbox,
} from '../src/start-sandbox-server.ts';

/** Starts a throwaway sandbox on a free port with fast delivery timings. */
export function startSandbox(overrides: Partial<SandboxConfig> = {}): Promise<Sandbox> {
  return createSandbox({
    port: 0,
    databasePath: ':memory:',
    sentDelayMs: 5,
    deliveredDelayMs: 5,
    readDelayMs: 5,
    webhookRetryDelayMs: 20,
    ...overrides,
  });
}

/** One request a {@link Receiver} got. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real local webhook receiver that records what it gets. */
export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  /** POST bodies, parsed. */
  posts(): Record<string, unknown>[];
  /** Answer the next `count` POSTs with HTTP 500. */
  failNext(count: number): void;
  close(): Promise<void>;
}

/** Starts a receiver that answers the subscription handshake when `verifyToken` matches. */
export async function startReceiver(verifyToken = 'sandbox-verify-token'): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  let failures = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      const url = new URL(request.url ?? '/', 'http://receiver');
      if (request.method === 'GET') {
        const ok =
          url.searchParams.get('hub.mode') === 'subscribe' &&
          url.searchParams.get('hub.verify_token') === verifyToken;
        response
          .writeHead(ok ? 200 : 403)
          .end(ok ? (url.searchParams.get('hub.challenge') ?? '') : 'forbidden');
        return;
      }
      if (failures > 0) {
        failures -= 1;
        response.writeHead(500).end();
        return;
      }
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    requests,
    posts: () =>
      requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.body) as Record<string, unknown>),
    failNext: (count) => {
      failures = count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls `check` until it returns a truthy value (or fails after `timeoutMs`). */
export async function waitFor<T>(check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('waitFor: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A JSON request to the sandbox; returns status, headers and parsed body. */
export async function call(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown; raw?: BodyInit } = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: init.method ?? (init.body === undefined && init.raw === undefined ? 'GET' : 'POST'),
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: response.status, headers: response.headers, body };
}

/** Walks a Cloud webhook payload to `entry[0].changes[0].value`. */
export function cloudValue(payload: Record<string, unknown>): Record<string, unknown> {
  const entry = (payload.entry as Record<string, unknown>[])[0] as Record<string, unknown>;
  const change = (entry.changes as Record<string, unknown>[])[0] as Record<string, unknown>;
  return change.value as Record<string, unknown>;
}
