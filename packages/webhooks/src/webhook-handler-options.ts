import type { DedupeStore } from './dedupe-store.ts';
import type { ValidateEventNameOptions } from './validate-event-name.ts';

/**
 * When the handler answers a delivery:
 * - `'at-least-once'` (default): after every listener has settled. A listener failure answers 500, so
 *   Meta delivers again, and releases the event's dedupe lease, so the redelivery is dispatched: no event
 *   is lost. Listeners must be idempotent (an event can be seen again after a failure or a crash).
 * - `'ack-first'`: acknowledge first, process later. 200 as soon as the events are verified, parsed,
 *   deduplicated and handed to the listeners; a listener failure goes to `onError` only and Meta does not
 *   deliver again. For applications that put each event on their own durable queue in the listener.
 */
export type WebhookDelivery = 'at-least-once' | 'ack-first';

/** The options every intake shares (Cloud `createWebhookHandler`, `createOnPremWebhookHandler`). */
export interface WebhookIntakeOptions {
  /**
   * The largest body accepted, in bytes; larger bodies get 413. Default 3 MiB (Meta documents payloads
   * of up to 3 MB).
   */
  maxBodyBytes?: number | undefined;
  /** When the handler answers: see {@link WebhookDelivery}. Default `'at-least-once'`. */
  delivery?: WebhookDelivery | undefined;
  /**
   * With `delivery: 'ack-first'` only: keeps the runtime alive for listeners that finish after the
   * response (edge and serverless runtimes: pass `ctx.waitUntil`). Refused with `'at-least-once'`, which
   * answers only after the listeners finished.
   */
  waitUntil?: ((promise: Promise<unknown>) => void) | undefined;
  /**
   * Duplicate suppression: `false` turns it off; by default an in-memory store
   * (`createMemoryDedupeStore()`), a 60-second lease while listeners run and a 24-hour retention. Keys
   * are the message id (messages) or the message id and status (statuses).
   */
  dedupe?: false | DedupeOptions | undefined;
  /** What `on()` does with an event name it does not know. Default `'throw'`. */
  onUnknownEventName?: ValidateEventNameOptions['onUnknownEventName'];
}

/** Options of `createWebhookHandler` (Cloud API deliveries, signed with the app secret). */
export interface WebhookHandlerOptions extends WebhookIntakeOptions {
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
}

/** Options of duplicate suppression. */
export interface DedupeOptions {
  /** Where leases and processed keys are kept. Default: `createMemoryDedupeStore()` (one process). */
  store?: DedupeStore | undefined;
  /**
   * How long an event stays leased while its listeners run, in milliseconds. A redelivery within the
   * lease answers 503 (`WA_WEBHOOK_IN_PROGRESS`); after it (the process died), the redelivery is
   * dispatched. Make it longer than your slowest listener. Default 60 000 (one minute).
   */
  leaseMs?: number | undefined;
  /** How long a processed event is remembered, in milliseconds. Default 24 hours. */
  retentionMs?: number | undefined;
}
