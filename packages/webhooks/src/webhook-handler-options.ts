import type { DedupeStore } from './dedupe-store.ts';
import type { ValidateEventNameOptions } from './validate-event-name.ts';

/** Options of `createWebhookHandler`. */
export interface WebhookHandlerOptions {
  /**
   * The app secret that signs every delivery (`X-Hub-Signature-256`). Required: requests are never
   * dispatched unverified.
   */
  appSecret: string;
  /** Further secrets also accepted, while rotating the app secret. */
  additionalSecrets?: readonly string[] | undefined;
  /**
   * The verify token of the subscription handshake (the value entered in the App Dashboard). Without it
   * every handshake is refused with 403.
   */
  verifyToken?: string | undefined;
  /**
   * The largest body accepted, in bytes; larger bodies get 413. Default 3 MiB (Meta documents payloads
   * of up to 3 MB).
   */
  maxBodyBytes?: number | undefined;
  /**
   * When `false` (the default), the handler answers 200 as soon as the events are verified, parsed,
   * deduplicated and handed to the listeners; asynchronous listeners finish after the response, and their
   * failures go to `onError`. When `true`, it answers only after every listener has settled.
   */
  waitForHandlers?: boolean | undefined;
  /**
   * Keeps the runtime alive for listeners that finish after the response (edge and serverless
   * runtimes: pass `ctx.waitUntil`). Called with the promise of the listeners of each request.
   */
  waitUntil?: ((promise: Promise<unknown>) => void) | undefined;
  /**
   * When `true` (with `waitForHandlers: true`), a failing listener makes the handler answer 500 so Meta
   * delivers again, and the failed events are removed from the dedupe store so the retry is dispatched.
   * Default `false`: failures go to `onError` and Meta gets 200, so it does not retry for days.
   */
  retryOnHandlerError?: boolean | undefined;
  /**
   * Duplicate suppression: `false` turns it off; by default an in-memory LRU store with a 24-hour time to
   * live. Keys are the message id (messages) or the message id and status (statuses).
   */
  dedupe?: false | DedupeOptions | undefined;
  /** What `on()` does with an event name it does not know. Default `'throw'`. */
  onUnknownEventName?: ValidateEventNameOptions['onUnknownEventName'];
}

/** Options of duplicate suppression. */
export interface DedupeOptions {
  /** Where seen keys are kept. Default: `createMemoryDedupeStore()`. */
  store?: DedupeStore | undefined;
  /** How long a key is remembered, in milliseconds. Default 24 hours. */
  ttlMs?: number | undefined;
}
