import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { signPayload } from '@wa/webhooks';
import type { SandboxApi, SandboxStore, WebhookLogRecord } from '../store/sandbox-store.ts';

/** A web-standard request handler, such as the one `createWebhookHandler` of `@wa/webhooks` returns. */
export type WebhookRequestHandler = (request: Request) => Promise<Response>;

/** Where a format's webhooks go: a callback URL, or a handler called in the same process (no HTTP). */
export type WebhookTarget = string | WebhookRequestHandler;

/** The outcome of one queued delivery (all its attempts, and both copies when duplicating). */
export interface DeliveryResult {
  /** True when the receiver answered 2xx (every copy, when duplicating). */
  ok: boolean;
  /** Requests made, retries included. */
  attempts: number;
  /** The last outcome: `HTTP 200`, a network error, or why nothing was sent. */
  outcome: string;
}

/**
 * A callback URL split for sending: credentials in it (`http://user:password@host/path`, how the
 * On-Premises client takes Basic credentials) become an `Authorization: Basic` header, because `fetch`
 * refuses URLs with credentials; the label shown in logs and the UI never holds the password.
 */
export function splitCallbackUrl(url: string): { href: string; authorization?: string; label: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { href: url, label: url };
  }
  if (parsed.username === '' && parsed.password === '') return { href: url, label: url };
  const credentials = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
  const authorization = `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
  const hadPassword = parsed.password !== '';
  parsed.password = '';
  parsed.username = '';
  const href = parsed.toString();
  const user = url.slice(url.indexOf('//') + 2).split(/[:@]/)[0] ?? '';
  const label = href.replace('//', `//${user}${hadPassword ? ':***' : ''}@`);
  return { href, authorization, label };
}

/** The outcome of a delivery for a format without a callback (nothing was sent, and nothing failed). */
export const NO_CALLBACK = 'no callback set';

/** The URL in-process handlers see on their requests. */
const handlerUrl = 'http://localhost/webhook';

/** Settings of {@link WebhookDispatcher}. */
export interface WebhookDispatcherOptions {
  store: SandboxStore;
  /** `hub.verify_token` sent in the Cloud subscription handshake. */
  verifyToken: string;
  /** The app secret that signs Cloud deliveries (`X-Hub-Signature-256`). */
  appSecret: string;
  /** Attempts per delivery. */
  attempts: number;
  /** First retry delay in ms (doubles each retry). */
  retryDelayMs: number;
  /** Deliver every notification twice. */
  duplicate: boolean;
  /** Cloud callback at start ('' for none). */
  cloudUrl: WebhookTarget;
  /** On-Premises callback at start ('' for none). */
  onPremUrl: WebhookTarget;
  /** Called after every attempt, for the UI log. */
  onLog: (entry: WebhookLogRecord) => void;
  /** Print a line per delivery. */
  verbose: boolean;
}

/** The result of a subscription handshake. */
export interface HandshakeResult {
  ok: boolean;
  detail: string;
}

/**
 * Delivers notifications to the configured callback URLs, in order per format, with retries.
 *
 * Cloud: before the first delivery to a URL, the subscription handshake (`GET ?hub.mode=subscribe&
 * hub.challenge=…&hub.verify_token=…`, answered with the challenge) must succeed, as in the App
 * Dashboard; every POST carries `X-Hub-Signature-256` (computed by `signPayload` of `@wa/webhooks`). An
 * in-process handler is called with a web `Request` instead, without the handshake. On-Premises: no handshake and no signature
 * (the On-Premises client had neither); the JSON body is posted as is.
 */
export class WebhookDispatcher {
  readonly #options: WebhookDispatcherOptions;
  readonly #targets: Record<SandboxApi, WebhookTarget>;
  readonly #verified = new Set<string>();
  readonly #chains: Record<SandboxApi, Promise<void>> = {
    cloud: Promise.resolve(),
    onprem: Promise.resolve(),
  };
  readonly #abort = new AbortController();
  #pending = 0;

  constructor(options: WebhookDispatcherOptions) {
    this.#options = options;
    this.#targets = { cloud: options.cloudUrl, onprem: options.onPremUrl };
  }

  /** The callback URL of a format ('' when none; `in-process handler` for a handler; no password). */
  url(format: SandboxApi): string {
    const target = this.#targets[format];
    return typeof target === 'string' ? splitCallbackUrl(target).label : 'in-process handler';
  }

  /** True when the format's callback passed the handshake (On-Premises and handlers need none). */
  isVerified(format: SandboxApi): boolean {
    const target = this.#targets[format];
    return typeof target === 'string' && this.#verified.has(target);
  }

  /** Sets the callback of a format. Cloud URLs are verified (handshake) before use; handlers are not. */
  async setUrl(format: SandboxApi, url: WebhookTarget): Promise<HandshakeResult> {
    this.#targets[format] = url;
    if (url === '') return { ok: true, detail: 'webhooks turned off' };
    if (typeof url !== 'string') return { ok: true, detail: 'deliveries call the handler in process' };
    if (format === 'onprem') return { ok: true, detail: 'On-Premises webhooks need no handshake' };
    return this.#handshake(url);
  }

  async #handshake(url: string): Promise<HandshakeResult> {
    const challenge = String(randomInt(1_000_000_000, 2_000_000_000));
    const { href, authorization, label } = splitCallbackUrl(url);
    const target = new URL(href);
    target.searchParams.set('hub.mode', 'subscribe');
    target.searchParams.set('hub.challenge', challenge);
    target.searchParams.set('hub.verify_token', this.#options.verifyToken);
    let result: HandshakeResult;
    try {
      const response = await fetch(target, {
        headers: authorization === undefined ? {} : { authorization },
        signal: AbortSignal.any([this.#abort.signal, AbortSignal.timeout(10_000)]),
      });
      const text = (await response.text()).trim();
      result =
        response.ok && text === challenge
          ? { ok: true, detail: 'subscription verified' }
          : {
              ok: false,
              detail: `handshake failed: HTTP ${response.status}, expected the challenge back, got "${text.slice(0, 60)}"`,
            };
    } catch (error) {
      result = { ok: false, detail: `handshake failed: ${describe(error)}` };
    }
    if (result.ok) this.#verified.add(url);
    else this.#verified.delete(url);
    this.#log(label, 'cloud', 'GET subscription handshake', result.detail, result.ok);
    return result;
  }

  /**
   * Queues a notification for the format's callback, after every earlier one of that format. Resolves
   * when it was delivered or given up (never rejects); nothing is sent when no callback is set.
   */
  deliver(
    format: SandboxApi,
    payload: Record<string, unknown>,
    summary: string,
    copies: number = this.#options.duplicate ? 2 : 1,
  ): Promise<DeliveryResult> {
    const target = this.#targets[format];
    if (target === '') return Promise.resolve({ ok: false, attempts: 0, outcome: NO_CALLBACK });
    if (this.#abort.signal.aborted) {
      return Promise.resolve({ ok: false, attempts: 0, outcome: 'the sandbox is closed' });
    }
    this.#pending += 1;
    const done = this.#chains[format].then(async () => {
      const result: DeliveryResult = { ok: true, attempts: 0, outcome: '' };
      for (let copy = 0; copy < copies; copy += 1) {
        const label = copies > 1 ? `${summary} (copy ${copy + 1}/${copies})` : summary;
        const one = await this.#send(format, target, payload, label);
        result.ok &&= one.ok;
        result.attempts += one.attempts;
        result.outcome = one.outcome;
      }
      return result;
    });
    const settled = done.catch(
      (error: unknown): DeliveryResult => ({ ok: false, attempts: 0, outcome: describe(error) }),
    );
    this.#chains[format] = settled.then(() => {
      this.#pending -= 1;
    });
    return settled;
  }

  async #send(
    format: SandboxApi,
    target: WebhookTarget,
    payload: Record<string, unknown>,
    summary: string,
  ): Promise<DeliveryResult> {
    const callback = typeof target === 'string' ? splitCallbackUrl(target) : undefined;
    const label = callback?.label ?? 'in-process handler';
    if (format === 'cloud' && typeof target === 'string' && !this.#verified.has(target)) {
      const handshake = await this.#handshake(target);
      if (!handshake.ok) {
        const outcome = 'not delivered: the callback has not passed the handshake';
        this.#log(label, format, summary, outcome, false);
        return { ok: false, attempts: 0, outcome };
      }
    }
    const body = JSON.stringify(payload);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'facebookexternalua',
    };
    if (format === 'cloud') headers['x-hub-signature-256'] = await signPayload(body, this.#options.appSecret);
    if (callback?.authorization !== undefined) headers.authorization = callback.authorization;
    const attempts = Math.max(1, this.#options.attempts);
    let outcome = 'not sent';
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (this.#abort.signal.aborted)
        return { ok: false, attempts: attempt - 1, outcome: 'the sandbox closed' };
      let ok = false;
      try {
        const signal = AbortSignal.any([this.#abort.signal, AbortSignal.timeout(10_000)]);
        const request = new Request(callback?.href ?? handlerUrl, {
          method: 'POST',
          headers,
          body,
          signal,
        });
        const response = await (typeof target === 'string' ? fetch(request) : target(request));
        await response.arrayBuffer();
        ok = response.ok;
        outcome = `HTTP ${response.status}`;
      } catch (error) {
        if (this.#abort.signal.aborted)
          return { ok: false, attempts: attempt, outcome: 'the sandbox closed' };
        outcome = describe(error);
      }
      const last = ok || attempt === attempts;
      this.#log(label, format, summary, last || ok ? outcome : `${outcome}; retrying`, ok);
      if (ok) return { ok, attempts: attempt, outcome };
      if (!last) {
        try {
          await sleep(this.#options.retryDelayMs * 2 ** (attempt - 1), undefined, {
            signal: this.#abort.signal,
          });
        } catch {
          return { ok: false, attempts: attempt, outcome: 'the sandbox closed' };
        }
      }
    }
    return { ok: false, attempts, outcome };
  }

  #log(url: string, format: SandboxApi, summary: string, outcome: string, ok: boolean): void {
    if (this.#abort.signal.aborted) return;
    const entry = this.#options.store.logWebhook({ at: Date.now(), url, format, summary, outcome, ok });
    if (this.#options.verbose) console.log(`[@wa/sandbox] webhook ${format} ${summary}: ${outcome}`);
    this.#options.onLog(entry);
  }

  /** Resolves when every queued delivery is done (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.#pending > 0) await Promise.all([this.#chains.cloud, this.#chains.onprem]);
  }

  /** Stops delivering: pending retries and requests are abandoned. */
  close(): void {
    this.#abort.abort();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
