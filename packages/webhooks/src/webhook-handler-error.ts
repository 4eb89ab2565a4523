import { WaError } from '@wa/schema';
import type { WebhookEvent } from './webhook-event.ts';

const marker = 'wa.error.webhook-handler';

/** Options of {@link WebhookHandlerError}. */
export interface WebhookHandlerErrorOptions {
  /** The event the failing listeners received. */
  event: WebhookEvent;
  /** What each failing listener threw (one entry per listener). */
  errors: readonly unknown[];
}

/**
 * One or more listeners failed on an event. Passed to `onError` listeners with the event attached, so
 * nothing is lost: store `error.event` and process it again later. When several listeners of one event
 * fail, `errors` holds every failure (the first one is also the `cause`).
 */
export class WebhookHandlerError extends WaError {
  /** The event the failing listeners received. */
  readonly event: WebhookEvent;
  /** What each failing listener threw. */
  readonly errors: readonly unknown[];

  constructor({ event, errors }: WebhookHandlerErrorOptions) {
    const first = errors[0];
    const detail = first instanceof Error ? first.message : String(first);
    const count = errors.length === 1 ? 'A listener' : `${errors.length} listeners`;
    super({
      code: 'WA_WEBHOOK_HANDLER_ERROR',
      message: `[@wa/webhooks] ${count} failed on the "${event.name}" event: ${detail}`,
      cause: first,
    });
    this.name = 'WebhookHandlerError';
    this.event = event;
    this.errors = errors;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is a `WebhookHandlerError` from any copy of `@wa/webhooks`. */
  static override isInstance(error: unknown): error is WebhookHandlerError {
    return WaError.hasMarker(error, marker);
  }
}
