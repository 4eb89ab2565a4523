import { type ValidateEventNameOptions, validateEventName } from './validate-event-name.ts';
import type { WebhookEvent } from './webhook-event.ts';
import type { WebhookEventListener } from './webhook-event-map.ts';
import { eventNamesOf, type WebhookEventName } from './webhook-event-names.ts';
import { WebhookHandlerError } from './webhook-handler-error.ts';

/** A listener of any event. */
export type AnyEventListener = (event: WebhookEvent) => unknown;
/** A listener of listener failures. */
export type ErrorListener = (error: WebhookHandlerError) => unknown;

/** Registers listeners and calls them; shared by the handler and its in-process `receive`. */
export class EventDispatcher {
  readonly #listeners = new Map<string, Set<(event: never) => unknown>>();
  readonly #anyListeners = new Set<AnyEventListener>();
  readonly #errorListeners = new Set<ErrorListener>();
  readonly #nameOptions: ValidateEventNameOptions;

  constructor(nameOptions: ValidateEventNameOptions) {
    this.#nameOptions = nameOptions;
  }

  on<N extends WebhookEventName>(names: N | readonly N[], listener: WebhookEventListener<N>): () => void {
    const list: readonly N[] = Array.isArray(names) ? names : [names as N];
    // Check every name before registering any, so a bad name in a list registers nothing.
    const valid = list.filter((name) => validateEventName(name, this.#nameOptions));
    for (const name of valid) {
      let set = this.#listeners.get(name);
      if (set === undefined) {
        set = new Set();
        this.#listeners.set(name, set);
      }
      set.add(listener as (event: never) => unknown);
    }
    return () => {
      for (const name of list) this.#listeners.get(name)?.delete(listener as (event: never) => unknown);
    };
  }

  onAny(listener: AnyEventListener): () => void {
    this.#anyListeners.add(listener);
    return () => this.#anyListeners.delete(listener);
  }

  onError(listener: ErrorListener): () => void {
    this.#errorListeners.add(listener);
    return () => this.#errorListeners.delete(listener);
  }

  /**
   * Calls the listeners of one event: those of each of its names (`message`, `message.interactive`,
   * `message.interactive.button_reply`), then the `onAny` listeners. Synchronous listeners run at once;
   * returns a promise only when some listener is asynchronous. Never throws: failures become a
   * {@link WebhookHandlerError}, reported to `onError` and returned.
   */
  dispatch(event: WebhookEvent): WebhookHandlerError | undefined | Promise<WebhookHandlerError | undefined> {
    // Allocated only when a listener fails or is asynchronous: the common path allocates nothing.
    let errors: unknown[] | undefined;
    let pending: Promise<unknown>[] | undefined;
    const fail = (error: unknown): void => {
      if (errors === undefined) errors = [error];
      else errors.push(error);
    };
    const call = (listener: (event: WebhookEvent) => unknown): void => {
      try {
        const result = listener(event);
        if (isPromiseLike(result)) {
          const settled = Promise.resolve(result).catch(fail);
          if (pending === undefined) pending = [settled];
          else pending.push(settled);
        }
      } catch (error) {
        fail(error);
      }
    };
    if (this.#listeners.size > 0) {
      for (const name of eventNamesOf(event)) {
        const set = this.#listeners.get(name);
        if (set !== undefined) for (const listener of set) call(listener as (event: WebhookEvent) => unknown);
      }
    }
    for (const listener of this.#anyListeners) call(listener);
    if (pending === undefined) return this.#report(event, errors);
    return Promise.all(pending).then(() => this.#report(event, errors));
  }

  /** Tells the `onError` listeners (or the console when there are none) and returns the error. */
  #report(event: WebhookEvent, errors: unknown[] | undefined): WebhookHandlerError | undefined {
    if (errors === undefined) return undefined;
    const error = new WebhookHandlerError({ event, errors });
    this.reportError(error);
    return error;
  }

  /** Hands a listener failure to the `onError` listeners; a failing `onError` listener is ignored. */
  reportError(error: WebhookHandlerError): void {
    if (this.#errorListeners.size === 0) {
      // Never lose a failure silently: without an onError listener a summary is printed. Never the event
      // or the listener's error text: they can hold message text and phone numbers.
      const messageId = 'messageId' in error.event ? ` (${error.event.messageId})` : '';
      const names = error.errors.map((cause) => (cause instanceof Error ? cause.name : typeof cause));
      console.error(
        `[@wa/webhooks] ${names.length === 1 ? 'A listener' : `${names.length} listeners`} failed on a "${error.event.name}" event${messageId}: ${names.join(', ')}. Add an onError listener to see the errors.`,
      );
      return;
    }
    for (const listener of this.#errorListeners) {
      try {
        const result = listener(error);
        if (isPromiseLike(result)) Promise.resolve(result).catch(() => undefined);
      } catch {
        // An onError listener that fails has nowhere left to report to.
      }
    }
  }
}

/** True for promises and other thenables. */
export function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
