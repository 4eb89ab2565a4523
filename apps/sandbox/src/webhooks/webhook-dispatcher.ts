import { createHmac, randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SandboxApi, SandboxStore, WebhookLogRecord } from '../store/sandbox-store.ts';

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
  /** Cloud callback URL at start ('' for none). */
  cloudUrl: string;
  /** On-Premises callback URL at start ('' for none). */
  onPremUrl: string;
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

/** `sha256=<hex HMAC-SHA256 of the raw body keyed by the app secret>`, as Meta signs webhooks. */
export function signWebhookBody(body: string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body, 'utf8').digest('hex')}`;
}

/**
 * Delivers notifications to the configured callback URLs, in order per format, with retries.
 *
 * Cloud: before the first delivery to a URL, the subscription handshake (`GET ?hub.mode=subscribe&
 * hub.challenge=…&hub.verify_token=…`, answered with the challenge) must succeed, as in the App
 * Dashboard; every POST carries `X-Hub-Signature-256`. On-Premises: no handshake and no signature
 * (the On-Premises client had neither); the JSON body is posted as is.
 */
export class WebhookDispatcher {
  readonly #options: WebhookDispatcherOptions;
  readonly #urls: Record<SandboxApi, string>;
  readonly #verified = new Set<string>();
  readonly #chains: Record<SandboxApi, Promise<void>> = {
    cloud: Promise.resolve(),
    onprem: Promise.resolve(),
  };
  readonly #abort = new AbortController();
  #pending = 0;

  constructor(options: WebhookDispatcherOptions) {
    this.#options = options;
    this.#urls = { cloud: options.cloudUrl, onprem: options.onPremUrl };
  }

  /** The callback URL of a format ('' when none). */
  url(format: SandboxApi): string {
    return this.#urls[format];
  }

  /** True when the Cloud callback passed the handshake. */
  isVerified(url: string): boolean {
    return this.#verified.has(url);
  }

  /** Sets the callback URL of a format. Cloud URLs are verified (handshake) before use. */
  async setUrl(format: SandboxApi, url: string): Promise<HandshakeResult> {
    this.#urls[format] = url;
    if (url === '') return { ok: true, detail: 'webhooks turned off' };
    if (format === 'onprem') return { ok: true, detail: 'On-Premises webhooks need no handshake' };
    return this.#handshake(url);
  }

  async #handshake(url: string): Promise<HandshakeResult> {
    const challenge = String(randomInt(1_000_000_000, 2_000_000_000));
    const target = new URL(url);
    target.searchParams.set('hub.mode', 'subscribe');
    target.searchParams.set('hub.challenge', challenge);
    target.searchParams.set('hub.verify_token', this.#options.verifyToken);
    let result: HandshakeResult;
    try {
      const response = await fetch(target, {
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
    this.#log(url, 'cloud', 'GET subscription handshake', result.detail, result.ok);
    return result;
  }

  /** Queues a notification for the format's callback (dropped, and logged, when none is set). */
  deliver(format: SandboxApi, payload: Record<string, unknown>, summary: string): void {
    const url = this.#urls[format];
    if (url === '' || this.#abort.signal.aborted) return;
    const copies = this.#options.duplicate ? 2 : 1;
    this.#pending += 1;
    this.#chains[format] = this.#chains[format]
      .then(async () => {
        for (let copy = 0; copy < copies; copy += 1) {
          await this.#send(format, url, payload, copies > 1 ? `${summary} (copy ${copy + 1}/2)` : summary);
        }
      })
      .catch(() => undefined)
      .finally(() => {
        this.#pending -= 1;
      });
  }

  async #send(
    format: SandboxApi,
    url: string,
    payload: Record<string, unknown>,
    summary: string,
  ): Promise<void> {
    if (format === 'cloud' && !this.#verified.has(url)) {
      const handshake = await this.#handshake(url);
      if (!handshake.ok) {
        this.#log(url, format, summary, 'not delivered: the callback has not passed the handshake', false);
        return;
      }
    }
    const body = JSON.stringify(payload);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'facebookexternalua',
    };
    if (format === 'cloud') headers['x-hub-signature-256'] = signWebhookBody(body, this.#options.appSecret);
    const attempts = Math.max(1, this.#options.attempts);
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (this.#abort.signal.aborted) return;
      let outcome: string;
      let ok = false;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.any([this.#abort.signal, AbortSignal.timeout(10_000)]),
        });
        await response.arrayBuffer();
        ok = response.ok;
        outcome = `HTTP ${response.status}`;
      } catch (error) {
        if (this.#abort.signal.aborted) return;
        outcome = describe(error);
      }
      const last = ok || attempt === attempts;
      this.#log(url, format, summary, last || ok ? outcome : `${outcome}; retrying`, ok);
      if (ok) return;
      if (!last) {
        try {
          await sleep(this.#options.retryDelayMs * 2 ** (attempt - 1), undefined, {
            signal: this.#abort.signal,
          });
        } catch {
          return;
        }
      }
    }
  }

  #log(url: string, format: SandboxApi, summary: string, outcome: string, ok: boolean): void {
    if (this.#abort.signal.aborted) return;
    const entry = this.#options.store.logWebhook({ at: Date.now(), url, format, summary, outcome, ok });
    if (this.#options.verbose) console.log(`[@wa-demo/sandbox] webhook ${format} ${summary}: ${outcome}`);
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
