import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type RoundRobinProxy, startRoundRobinProxy } from './round-robin-proxy.ts';

// The proxy in front of several bot processes, against real loopback servers that echo what they got.
const servers: Server[] = [];
let proxy: RoundRobinProxy | undefined;

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function echoServer(name: string): Promise<string> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      response.writeHead(201, { 'content-type': 'application/json', 'x-served-by': name }).end(
        JSON.stringify({
          name,
          method: request.method,
          url: request.url,
          signature: request.headers['x-hub-signature-256'],
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('startRoundRobinProxy', () => {
  it('hands requests to the targets in turn, with path, headers, body and answer unchanged', async () => {
    const targets = [await echoServer('bot-1'), await echoServer('bot-2')];
    const seen: string[] = [];
    proxy = await startRoundRobinProxy({
      targets,
      onForward: (target, method, path) => seen.push(`${target} ${method} ${path}`),
    });
    const answers = [];
    for (const body of ['{"n":1}', '{"n":2}', '{"n":3}']) {
      const response = await fetch(`${proxy.url}/webhook?x=1`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=abc' },
      });
      expect(response.status).toBe(201);
      answers.push(await response.json());
    }
    expect(answers).toEqual([
      { name: 'bot-1', method: 'POST', url: '/webhook?x=1', signature: 'sha256=abc', body: '{"n":1}' },
      { name: 'bot-2', method: 'POST', url: '/webhook?x=1', signature: 'sha256=abc', body: '{"n":2}' },
      { name: 'bot-1', method: 'POST', url: '/webhook?x=1', signature: 'sha256=abc', body: '{"n":3}' },
    ]);
    expect(seen).toEqual(['0 POST /webhook', '1 POST /webhook', '0 POST /webhook']);
  });

  it('answers 502 when the target it picked is down', async () => {
    const up = await echoServer('bot-1');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const down = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    proxy = await startRoundRobinProxy({ targets: [up, down] });
    expect((await fetch(`${proxy.url}/health`)).status).toBe(201);
    expect((await fetch(`${proxy.url}/health`)).status).toBe(502);
  });

  it('refuses an empty list of targets', async () => {
    await expect(startRoundRobinProxy({ targets: [] })).rejects.toThrow(/at least one target/);
  });
});
