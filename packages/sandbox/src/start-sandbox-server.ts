import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleCloudApi } from './cloud/cloud-api.ts';
import { defaultSandboxConfig, type SandboxConfig } from './config/sandbox-config.ts';
import { PairRateLimiter, RateLimiter } from './core/rate-limiter.ts';
import { SandboxCore } from './core/sandbox-core.ts';
import { loadTemplates, templateIdSequence } from './core/template-catalog.ts';
import { TemplateStore } from './core/template-store.ts';
import { graphError } from './http/api-errors.ts';
import { isAllowedHost, sendJson } from './http/http-utils.ts';
import type { RequestContext } from './http/request-context.ts';
import { handleOnPremApi } from './onprem/onprem-api.ts';
import { SandboxError } from './sandbox-error.ts';
import { SandboxStore, type WebhookLogRecord } from './store/sandbox-store.ts';
import { connectUiEvents, handleUi, UiEvents } from './ui/ui-api.ts';
import {
  type HandshakeResult,
  WebhookDispatcher,
  type WebhookTarget,
} from './webhooks/webhook-dispatcher.ts';

/** A running sandbox server (the internals behind `createSandbox` and the CLI). */
export interface SandboxServer {
  /** `http://127.0.0.1:<port>`: the UI, and the base URL of both APIs. */
  readonly url: string;
  /** The Cloud API base URL for `@wa/transport-cloud`'s `baseUrl` (the Graph host stand-in). */
  readonly cloudBaseUrl: string;
  /** The resolved configuration. */
  readonly config: SandboxConfig;
  /** The behaviour core (state, customer actions), for tests and embedding. */
  readonly core: SandboxCore;
  /** The message templates (Meta's definitions), served by the template management endpoints. */
  readonly templates: TemplateStore;
  /** Points Cloud or On-Premises webhooks at a URL or handler (Cloud URLs get the handshake first). */
  setCallbackUrl(format: 'cloud' | 'onprem', url: WebhookTarget): Promise<HandshakeResult>;
  /** Waits until every queued webhook delivery has finished. */
  webhooksIdle(): Promise<void>;
  /** Stops the server, ends the event streams, cancels pending deliveries and closes the database. */
  close(): Promise<void>;
}

/** What {@link startSandboxServer} takes besides the configuration. */
export interface StartSandboxServerOptions {
  /** The clock, in ms since the epoch (default `Date.now`); `core.advanceClock` moves it further. */
  now?: (() => number) | undefined;
}

/**
 * Starts a sandbox server: both WhatsApp APIs, webhook delivery and the chat UI on one local HTTP server.
 * `createSandbox` (the public API) and the CLI are built on it.
 */
export async function startSandboxServer(
  overrides: Partial<SandboxConfig> = {},
  options: StartSandboxServerOptions = {},
): Promise<SandboxServer> {
  const config: SandboxConfig = { ...defaultSandboxConfig, ...overrides };
  const nextTemplateId = templateIdSequence();
  const definitions = loadTemplates(config.templatesFile, nextTemplateId);
  const store = new SandboxStore(config.databasePath);
  const events = new UiEvents();
  // The UI's event stream needs the request context, which needs the dispatcher: wire the log afterwards.
  let forwardLog: (entry: WebhookLogRecord) => void = () => {};
  const webhooks = new WebhookDispatcher({
    store,
    verifyToken: config.verifyToken,
    appSecret: config.appSecret,
    attempts: config.webhookAttempts,
    retryDelayMs: config.webhookRetryDelayMs,
    duplicate: config.duplicateWebhooks,
    cloudUrl: '',
    onPremUrl: config.onPremCallbackUrl,
    onLog: (entry) => forwardLog(entry),
    verbose: config.verbose,
  });
  const core = new SandboxCore(store, config, webhooks, options.now);
  const templates = new TemplateStore({
    templates: definitions,
    nextId: nextTemplateId,
    reviewDelayMs: config.templateReviewDelayMs,
    onChange: ({ field, value, summary }) => {
      void core.deliverAccountChange(field, value, summary);
    },
  });
  let origin = '';
  const context: RequestContext = {
    config,
    core,
    store,
    templates,
    limiters: {
      cloud: new RateLimiter(config.messagesPerSecond),
      onprem: new RateLimiter(config.messagesPerSecond),
      cloudPairs: new PairRateLimiter(config.pairBurst),
    },
    origin: () => origin,
  };
  forwardLog = connectUiEvents(context, events);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      if (config.verbose) console.log(`[@wa/sandbox] ${request.method} ${request.url}`);
      if (!isAllowedHost(request, config.host)) {
        // DNS rebinding: a page on another name that resolves to 127.0.0.1 must not reach the sandbox.
        request.resume();
        response.setHeader('connection', 'close');
        sendJson(response, 421, {
          error: `[@wa/sandbox] Host "${request.headers.host ?? ''}" is not a loopback name; use 127.0.0.1 or localhost.`,
        });
        return;
      }
      if (await handleCloudApi(request, response, context)) return;
      if (await handleOnPremApi(request, response, context)) return;
      if (await handleUi(request, response, context, events)) return;
      request.resume();
      const path = new URL(request.url ?? '/', origin).pathname;
      // Graph answers unknown versioned paths with 400/2500; anything else is simply not here.
      const unknown = graphError({
        status: /^\/v\d+\.\d+\//.test(path) ? 400 : 404,
        code: 2500,
        title: `Unknown path components: ${path}`,
        plainMessage: true,
      });
      sendJson(response, unknown.status, unknown.body);
    } catch (error) {
      // A bug in the sandbox must not take it down: answer 500 as the real APIs do, and keep serving.
      console.error('[@wa/sandbox] Internal error:', error);
      if (!response.headersSent) {
        const failure = graphError({
          status: 500,
          code: 1,
          title: 'An unknown error occurred',
          plainMessage: true,
        });
        sendJson(response, failure.status, failure.body);
      } else {
        response.end();
      }
    }
  };

  const server: Server = createServer({ requestTimeout: 60_000 }, (request, response) => {
    void handle(request, response);
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
  });
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    store.close();
    events.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new SandboxError(
        'WA_SANDBOX_PORT_IN_USE',
        `Port ${config.port} on ${config.host} is already in use; pick another port, or 0 for any free one.`,
        error,
      );
    }
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${host}:${address.port}`;
  if (config.callbackUrl !== '') {
    // A callback given at start may not be up yet: the handshake is retried before each delivery.
    await webhooks.setUrl('cloud', config.callbackUrl);
  }

  let closed: Promise<void> | undefined;
  return {
    url: origin,
    cloudBaseUrl: origin,
    config,
    core,
    templates,
    setCallbackUrl: (format, url) => webhooks.setUrl(format, url),
    webhooksIdle: () => webhooks.idle(),
    close: () => {
      closed ??= (async () => {
        webhooks.close();
        templates.close();
        core.close();
        events.close();
        server.closeIdleConnections();
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        setTimeout(() => server.closeAllConnections(), 1000).unref();
        await stopped;
        store.close();
      })();
      return closed;
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
