import type { TemplateStatus } from '@wa/schema/templates';
import { type BusinessMessage, toBusinessMessage } from './business-message.ts';
import type { SandboxConfig } from './config/sandbox-config.ts';
import type { CustomerAction } from './core/sandbox-core.ts';
import { type CustomerMessage, createCustomer, type SandboxCustomer } from './sandbox-customer.ts';
import { SandboxError } from './sandbox-error.ts';
import { startSandboxServer } from './start-sandbox-server.ts';
import type { MessageStatus, SandboxApi } from './store/sandbox-store.ts';
import { type DeliveryResult, NO_CALLBACK, type WebhookTarget } from './webhooks/webhook-dispatcher.ts';

/** Options of {@link createSandbox}: every setting of the CLI, plus where webhooks go. */
export interface SandboxOptions
  extends Partial<Omit<SandboxConfig, 'callbackUrl' | 'onPremCallbackUrl' | 'automaticStatuses'>> {
  /**
   * Where Cloud-format webhooks go: a URL (the subscription handshake with `verifyToken` runs first, as
   * in the App Dashboard) or a web-standard handler `(request: Request) => Promise<Response>` called in
   * this process, such as `createWebhookHandler(...)` of `@wa/webhooks`. Signed with `appSecret`.
   */
  webhook?: WebhookTarget | undefined;
  /** Where On-Premises-format webhooks go (a URL or a handler; unsigned, as the On-Premises API sends them). */
  onpremWebhook?: WebhookTarget | undefined;
  /**
   * `'auto'` (default): each business message gets sent, delivered and read on a short timer (or failed,
   * for `failRecipients`). `'manual'`: no status is sent until the test calls {@link Sandbox.sendStatus}.
   */
  statuses?: 'auto' | 'manual' | undefined;
  /**
   * The sandbox's clock, in ms since the epoch (default `Date.now`). Message timestamps and the 24-hour
   * customer-service window (`serviceWindow: true`) follow it; {@link Sandbox.advanceClock} moves it on.
   */
  now?: (() => number) | undefined;
}

/** What `createCloudClient` of `@wa/transport-cloud` and `createWebhookHandler` of `@wa/webhooks` need. */
export interface SandboxCloudSettings {
  /** A bearer token the sandbox accepts. */
  accessToken: string;
  /** The business phone number ID of the send path. */
  phoneNumberId: string;
  /** The WhatsApp Business Account ID: template management (`/{waba-id}/message_templates`) and webhooks. */
  businessAccountId: string;
  /** The sandbox URL, standing in for `https://graph.facebook.com`. */
  baseUrl: string;
  /** The Graph API version the sandbox reports. */
  apiVersion: string;
  /** The app secret that signs Cloud webhooks. */
  appSecret: string;
  /** The `hub.verify_token` of the subscription handshake. */
  verifyToken: string;
}

/** What `createOnPremClient` of `@wa/transport-onprem` needs. */
export interface SandboxOnPremSettings {
  /** The sandbox URL, standing in for the On-Premises client. */
  baseUrl: string;
  /** The admin user of `POST /v1/users/login`. */
  username: string;
  /** The admin password. */
  password: string;
}

/** Options of {@link Sandbox.sendStatus}. */
export interface SendStatusOptions {
  /** The error code of a `failed` status (default: the sandbox's `failureCode`, 131026). */
  code?: number | undefined;
  /** Deliver the webhook this many times (duplicate deliveries; default 1). */
  copies?: number | undefined;
}

/** A running sandbox (see {@link createSandbox}). */
export interface Sandbox extends AsyncDisposable {
  /** `http://127.0.0.1:<port>`: the chat UI, and the base URL of both APIs. */
  readonly url: string;
  /** Settings for the Cloud API client and the webhook handler. */
  readonly cloud: SandboxCloudSettings;
  /** Settings for the On-Premises API client. */
  readonly onprem: SandboxOnPremSettings;
  /** A customer's phone (created with `name` when new; the default is the first seeded customer). */
  customer(waId?: string, options?: { name?: string | undefined }): SandboxCustomer;
  /** Points a format's webhooks at a URL or handler (`''` turns them off). Rejects when a URL fails the handshake. */
  setWebhook(target: WebhookTarget, api?: SandboxApi): Promise<void>;
  /** Every business message the sandbox accepted, in order (all customers). */
  messages(): BusinessMessage[];
  /** Sends a status webhook for a business message now, in any order and as often as asked. */
  sendStatus(
    message: BusinessMessage | string,
    status: Exclude<MessageStatus, 'accepted'>,
    options?: SendStatusOptions,
  ): Promise<DeliveryResult>;
  /**
   * Changes the status of a template (every language of `name`, or only `language`) as Meta's review
   * or quality checks would (`PAUSED`, `DISABLED`, `APPROVED`, …), and sends the
   * `message_template_status_update` webhook. Returns how many templates changed.
   */
  setTemplateStatus(change: {
    name: string;
    language?: string | undefined;
    status: TemplateStatus;
    reason?: string | undefined;
  }): number;
  /**
   * Changes the quality score of a template (every language of `name`, or only `language`) to `GREEN`,
   * `YELLOW`, `RED` or `UNKNOWN`, and sends the `message_template_quality_update` webhook. Returns how
   * many templates changed.
   */
  setTemplateQuality(change: { name: string; language?: string | undefined; score: string }): number;
  /**
   * Changes the category of a template (every language of `name`, or only `language`) and sends the
   * `template_category_update` webhook. Returns how many templates changed.
   */
  setTemplateCategory(change: {
    name: string;
    language?: string | undefined;
    category: 'AUTHENTICATION' | 'MARKETING' | 'UTILITY';
  }): number;
  /** The sandbox's time, in ms since the epoch (its clock plus every {@link Sandbox.advanceClock}). */
  now(): number;
  /**
   * Moves the sandbox's time forward by `ms`: later messages carry later timestamps, and with
   * `serviceWindow: true` a customer's window closes 24 hours after their last message.
   */
  advanceClock(ms: number): void;
  /** Resolves when every queued webhook delivery (statuses included) has finished. */
  idle(): Promise<void>;
  /** Stops the server, timers and deliveries and closes the database; nothing keeps running after it. */
  close(): Promise<void>;
}

interface Inbox {
  messages: BusinessMessage[];
  taken: number;
  waiters: { resolve: (message: BusinessMessage) => void }[];
}

/**
 * Starts a WhatsApp sandbox in this process: both APIs on a free loopback port, an in-memory SQLite
 * database (a file with `databasePath`), signed webhooks to your handler or URL, and a customer side to
 * drive from a test. Many sandboxes can run at once; `close()` (or `await using`) stops everything.
 *
 * @example
 * ```ts
 * const sandbox = await createSandbox({ webhook: handler });
 * const ana = sandbox.customer();
 * await ana.sendText('hi');
 * const reply = await ana.nextMessage();
 * await sandbox.close();
 * ```
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const { webhook = '', onpremWebhook = '', statuses = 'auto', now, ...settings } = options;
  const server = await startSandboxServer(
    {
      port: 0,
      databasePath: ':memory:',
      sentDelayMs: 10,
      deliveredDelayMs: 10,
      readDelayMs: 10,
      webhookRetryDelayMs: 50,
      ...settings,
      automaticStatuses: statuses === 'auto',
    },
    { now },
  );
  const { core, config } = server;
  const inboxes = new Map<string, Inbox>();
  const accepted: BusinessMessage[] = [];
  const inbox = (waId: string): Inbox => {
    let found = inboxes.get(waId);
    if (found === undefined) {
      found = { messages: [], taken: 0, waiters: [] };
      inboxes.set(waId, found);
    }
    return found;
  };
  const timers = new Set<NodeJS.Timeout>();
  const pendingRejects = new Set<(error: Error) => void>();
  core.onBusinessMessage((record) => {
    const box = inbox(record.waId);
    const message = toBusinessMessage(record);
    accepted.push(message);
    box.messages.push(message);
    const waiter = box.waiters.shift();
    const first = box.messages[box.taken];
    if (waiter !== undefined && first !== undefined) {
      box.taken += 1;
      waiter.resolve(first);
    }
  });
  try {
    if (webhook !== '') await setWebhook(webhook, 'cloud');
    if (onpremWebhook !== '') await setWebhook(onpremWebhook, 'onprem');
  } catch (error) {
    await server.close();
    throw error;
  }

  async function setWebhook(target: WebhookTarget, api: SandboxApi = 'cloud'): Promise<void> {
    const result = await server.setCallbackUrl(api, target);
    if (!result.ok) {
      throw new SandboxError(
        'WA_SANDBOX_WEBHOOK_FAILED',
        `The ${api} webhook was not set: ${result.detail}.`,
      );
    }
  }

  async function act(waId: string, action: CustomerAction): Promise<CustomerMessage> {
    const { record, delivered } = core.act(waId, action);
    const deliveries = (await delivered).filter((delivery) => delivery.outcome !== NO_CALLBACK);
    const failed = deliveries.find((delivery) => !delivery.ok);
    if (failed !== undefined) {
      throw new SandboxError(
        'WA_SANDBOX_WEBHOOK_FAILED',
        `The webhook of the customer's ${record.type} message was not accepted after ${failed.attempts} attempt(s): ${failed.outcome}.`,
      );
    }
    return { id: record.id, type: record.type, deliveries };
  }

  function next(waId: string, timeoutMs: number): Promise<BusinessMessage> {
    const box = inbox(waId);
    const ready = box.messages[box.taken];
    if (ready !== undefined) {
      box.taken += 1;
      return Promise.resolve(ready);
    }
    return new Promise<BusinessMessage>((resolve, reject) => {
      const fail = (error: Error) => {
        clearTimeout(timer);
        timers.delete(timer);
        pendingRejects.delete(fail);
        box.waiters.splice(box.waiters.indexOf(waiter), 1);
        reject(error);
      };
      const waiter = {
        resolve: (message: BusinessMessage) => {
          clearTimeout(timer);
          timers.delete(timer);
          pendingRejects.delete(fail);
          resolve(message);
        },
      };
      const timer = setTimeout(() => {
        fail(
          new SandboxError(
            'WA_SANDBOX_TIMEOUT',
            `No new message from the business to ${waId} within ${timeoutMs} ms (${box.taken} taken before).`,
          ),
        );
      }, timeoutMs);
      timers.add(timer);
      pendingRejects.add(fail);
      box.waiters.push(waiter);
    });
  }

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      for (const reject of [...pendingRejects]) {
        reject(
          new SandboxError('WA_SANDBOX_TIMEOUT', 'The sandbox was closed while a test waited for a message.'),
        );
      }
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await server.close();
    })();
    return closed;
  };

  const templatesNamed = (name: string, language: string | undefined) =>
    server.templates.list({ name, language }).filter((template) => template.name === name);

  const sandbox: Sandbox = {
    url: server.url,
    cloud: {
      accessToken: config.accessTokens[0] ?? '',
      phoneNumberId: config.phoneNumberId,
      businessAccountId: config.wabaId,
      baseUrl: server.url,
      apiVersion: config.apiVersion,
      appSecret: config.appSecret,
      verifyToken: config.verifyToken,
    },
    onprem: { baseUrl: server.url, username: config.onPremUsername, password: config.onPremPassword },
    customer: (waId = '15551230001', customerOptions = {}) => {
      if (!/^\d{6,15}$/.test(waId)) {
        throw new SandboxError('WA_SANDBOX_INVALID', `A WhatsApp ID is 6 to 15 digits, got "${waId}".`);
      }
      const existing = core.store.getCustomer(waId);
      const name = customerOptions.name ?? existing?.name ?? `+${waId}`;
      if (existing === undefined || customerOptions.name !== undefined) core.addCustomer(waId, name);
      return createCustomer(waId, name, {
        act: (action) => act(waId, action),
        next: (timeoutMs) => next(waId, timeoutMs),
        all: () => [...inbox(waId).messages],
      });
    },
    setWebhook,
    messages: () => [...accepted],
    sendStatus: (message, status, statusOptions = {}) => {
      const id = typeof message === 'string' ? message : message.id;
      try {
        return core.sendStatus(id, status, { errorCode: statusOptions.code, copies: statusOptions.copies });
      } catch (error) {
        return Promise.reject(new SandboxError('WA_SANDBOX_INVALID', `No business message ${id}.`, error));
      }
    },
    setTemplateStatus: ({ name, language, status, reason }) => {
      const matching = templatesNamed(name, language).filter((template) => template.status !== status);
      for (const template of matching) server.templates.setStatus(template, status, reason);
      return matching.length;
    },
    setTemplateQuality: ({ name, language, score }) => {
      const matching = templatesNamed(name, language).filter(
        (template) => (template.quality_score?.score ?? 'UNKNOWN') !== score,
      );
      for (const template of matching)
        server.templates.setQuality(template, score, Math.floor(core.now() / 1000));
      return matching.length;
    },
    setTemplateCategory: ({ name, language, category }) => {
      const matching = templatesNamed(name, language).filter((template) => template.category !== category);
      for (const template of matching) server.templates.setCategory(template, category);
      return matching.length;
    },
    now: () => core.now(),
    advanceClock: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new SandboxError('WA_SANDBOX_INVALID', `The clock moves forward only: got ${ms} ms.`);
      }
      core.advanceClock(ms);
    },
    idle: () => server.webhooksIdle(),
    close,
    [Symbol.asyncDispose]: close,
  };
  return sandbox;
}
