/**
 * `@wa-demo/demo-bot`: a WhatsApp bot built only on the public APIs of `@wa/transport-cloud` or
 * `@wa/transport-onprem` (chosen by `WA_DEMO_API`), `@wa/webhooks` and `@wa/format`. It runs against the
 * local sandbox by default and against the real Cloud API when credentials are set (see README.md).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCloudClient } from '@wa/transport-cloud';
import { createOnPremClient } from '@wa/transport-onprem';
import { createOnPremWebhookHandler, createWebhookHandler, type WebhookReceiver } from '@wa/webhooks';
import { createNodeListener } from '@wa/webhooks/node';
import { readBotConfig } from './bot-config.ts';
import { attachDemoConversation, type BotClient } from './demo-conversation.ts';
import { createDemoSendChecks } from './demo-send-checks.ts';
import { createDemoSharedState, type DemoSharedState } from './demo-shared-state.ts';

const prefix = '[@wa-demo/demo-bot]';
let instanceTag = '';
const log = (line: string) => console.log(`${prefix}${instanceTag} ${line}`);

/** The On-Premises webhook path prefix; the last segment is the secret. */
const onPremPrefix = '/webhook/onprem/';

async function main(): Promise<void> {
  const config = readBotConfig();
  if (config.instance !== undefined) instanceTag = ` [${config.instance}]`;
  // With WA_DEMO_REDIS_URL, pacing, webhook deduplication and service windows are shared by every bot
  // process on that Redis; without it they live in this process.
  const shared: DemoSharedState | undefined =
    config.redisUrl === undefined
      ? undefined
      : createDemoSharedState({
          url: config.redisUrl,
          // The limits are counted per sending number: the Cloud phone number ID, or the On-Premises client's
          // address (one On-Premises deployment serves one number).
          phoneNumberId: config.api === 'cloud' ? config.cloud.phoneNumberId : config.onPrem.baseUrl,
          recipientIntervalMs: config.api === 'cloud' && config.realCloud ? undefined : 0,
          log,
        });
  const cloudSettings = {
    accessToken: config.cloud.accessToken,
    phoneNumberId: config.cloud.phoneNumberId,
    businessAccountId: config.cloud.businessAccountId,
    apiVersion: config.cloud.apiVersion,
    baseUrl: config.cloud.baseUrl,
  };
  // The opt-in send checks: template messages are checked against the approved templates (of the
  // WhatsApp Business Account when one is configured, else the demo's own list), and free-form messages
  // need an open customer service window, which the webhook handler keeps up to date.
  const templateSource =
    config.api === 'cloud' && config.cloud.businessAccountId !== undefined
      ? createCloudClient(cloudSettings)
      : undefined;
  const checks = createDemoSendChecks({
    loadTemplates: templateSource && (() => templateSource.listAllTemplates()),
    serviceWindowStore: shared?.serviceWindowStore,
  });
  const client: BotClient =
    config.api === 'cloud'
      ? createCloudClient({
          ...cloudSettings,
          ...checks,
          // The real Cloud API limits messages to one user (pair rate limit, 131056), so the transport spaces
          // them by default; the sandbox has no such limit, so the demo answers without waiting there.
          pacing: shared?.pacer ?? (config.realCloud ? undefined : { recipientIntervalMs: 0 }),
        })
      : createOnPremClient({
          baseUrl: config.onPrem.baseUrl,
          username: config.onPrem.username,
          password: config.onPrem.password,
          pacing: shared?.pacer,
          ...checks,
        });
  // One intake per API, served only in its own mode: Cloud deliveries are signed with the app secret;
  // On-Premises ones are not, so their endpoint is authenticated by a secret last path segment
  // (WA_ONPREM_WEBHOOK_SECRET, or a random one per run, printed below for the local sandbox).
  const configuredSecret = process.env.WA_ONPREM_WEBHOOK_SECRET?.trim() || undefined;
  const onPremSecret = configuredSecret ?? randomUUID();
  const dedupe = shared === undefined ? undefined : { store: shared.dedupeStore };
  const webhooks: WebhookReceiver =
    config.api === 'cloud'
      ? createWebhookHandler({ appSecret: config.appSecret, verifyToken: config.verifyToken, dedupe })
      : createOnPremWebhookHandler({ pathSecret: onPremSecret, dedupe });
  attachDemoConversation(webhooks, client, { log, serviceWindow: checks.serviceWindow });
  // Template reviews (approved, paused, disabled) reach the catalog at once, without waiting for a reload.
  webhooks.on('template.status', (event) =>
    checks.templateCatalog.applyStatusChange({
      name: event.templateName,
      language: event.language,
      status: event.status,
    }),
  );
  const webhookListener = createNodeListener(webhooks);
  const webhookPath = config.api === 'cloud' ? '/webhook' : onPremPrefix;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://bot').pathname;
    if (config.api === 'cloud' ? path === webhookPath : path.startsWith(webhookPath)) {
      await webhookListener(request, response);
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
  log(
    shared === undefined
      ? 'pacing, webhook deduplication and service windows: in this process'
      : 'pacing, webhook deduplication and service windows: shared through Redis (WA_DEMO_REDIS_URL)',
  );
  log(
    `template catalog: ${templateSource === undefined ? "the demo's templates" : `account ${config.cloud.businessAccountId}`}; service window check on`,
  );
  // A configured secret is never printed; a random one only opens this run's local endpoint.
  const shownSecret = configuredSecret === undefined ? onPremSecret : '<WA_ONPREM_WEBHOOK_SECRET>';
  log(`webhook url ${base}${config.api === 'onprem' ? `${onPremPrefix}${shownSecret}` : webhookPath}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping.`);
    setTimeout(() => process.exit(1), 5000).unref();
    server.closeIdleConnections();
    server.close(async () => {
      if ('close' in client) await client.close().catch(() => undefined);
      await shared?.close();
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
