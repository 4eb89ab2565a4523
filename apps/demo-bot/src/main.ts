/**
 * `@wa-demo/demo-bot`: a WhatsApp bot built only on the public APIs of `@wa/transport-cloud` or
 * `@wa/transport-onprem` (chosen by `WA_DEMO_API`), `@wa/webhooks` and `@wa/format`. It runs against the
 * local sandbox by default and against the real Cloud API when credentials are set (see README.md).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCloudClient } from '@wa/transport-cloud';
import { createOnPremClient } from '@wa/transport-onprem';
import { createWebhookHandler } from '@wa/webhooks';
import { createNodeListener } from '@wa/webhooks/node';
import { readBotConfig } from './bot-config.ts';
import { attachDemoConversation, type BotClient } from './demo-conversation.ts';

const prefix = '[@wa-demo/demo-bot]';
const log = (line: string) => console.log(`${prefix} ${line}`);

async function readJson(request: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function main(): Promise<void> {
  const config = readBotConfig();
  const client: BotClient =
    config.api === 'cloud'
      ? createCloudClient({
          accessToken: config.cloud.accessToken,
          phoneNumberId: config.cloud.phoneNumberId,
          apiVersion: config.cloud.apiVersion,
          baseUrl: config.cloud.baseUrl,
          // The real Cloud API limits messages to one user (pair rate limit, 131056), so the transport spaces
          // them by default; the sandbox has no such limit, so the demo answers without waiting there.
          pacing: config.realCloud ? undefined : { recipientIntervalMs: 0 },
        })
      : createOnPremClient({
          baseUrl: config.onPrem.baseUrl,
          username: config.onPrem.username,
          password: config.onPrem.password,
        });
  const webhooks = createWebhookHandler({ appSecret: config.appSecret, verifyToken: config.verifyToken });
  attachDemoConversation(webhooks, client, { log });
  const cloudListener = createNodeListener(webhooks);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://bot').pathname;
    if (path === '/webhook') {
      await cloudListener(request, response);
      return;
    }
    if (path === '/webhook/onprem' && request.method === 'POST') {
      // On-Premises clients neither sign nor verify their callbacks: the payload is taken as delivered by
      // the client on the private network (keep this path unreachable from the internet).
      try {
        const payload = await readJson(request, webhooks.maxBodyBytes);
        response.writeHead(200).end();
        await webhooks.receive(payload);
      } catch (error) {
        if (!response.headersSent) response.writeHead(400, { 'content-type': 'text/plain' });
        response.end(error instanceof Error ? error.message : 'bad request');
      }
      return;
    }
    if (path === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://${config.host}:${port}`;
  const target =
    config.api === 'onprem'
      ? `On-Premises API at ${config.onPrem.baseUrl}`
      : config.realCloud
        ? `the real Cloud API (${config.cloud.baseUrl})`
        : `Cloud API at ${config.cloud.baseUrl}`;
  log(`talking to ${target}`);
  log(`webhook url ${base}${config.api === 'onprem' ? '/webhook/onprem' : '/webhook'}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping.`);
    setTimeout(() => process.exit(1), 5000).unref();
    server.closeIdleConnections();
    server.close(async () => {
      if ('close' in client) await client.close().catch(() => undefined);
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`${prefix} ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
