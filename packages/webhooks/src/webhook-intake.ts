import type { DedupeStore } from './dedupe-store.ts';
import {
  type AnyEventListener,
  type ErrorListener,
  EventDispatcher,
  isPromiseLike,
} from './event-dispatcher.ts';
import { checkPositiveInteger, invalidOption } from './invalid-option.ts';
import { createDefaultMemoryDedupeStore } from './memory-dedupe-store.ts';
import type { ParsedWebhookPayload } from './parse-webhook-payload.ts';
import { DEFAULT_MAX_BODY_BYTES } from './read-body.ts';
import { dedupeKeyOf, type WebhookEvent } from './webhook-event.ts';
import type { WebhookEventListener } from './webhook-event-map.ts';
import type { WebhookEventName } from './webhook-event-names.ts';
import type { WebhookHandlerError } from './webhook-handler-error.ts';
import type { WebhookDelivery, WebhookIntakeOptions } from './webhook-handler-options.ts';
import { WebhookRequestError } from './webhook-request-error.ts';

/** The default lease of an event while its listeners run: one minute. */
export const DEFAULT_DEDUPE_LEASE_MS = 60_000;
/** The default retention of a processed event: 24 hours. */
export const DEFAULT_DEDUPE_RETENTION_MS: number = 24 * 60 * 60 * 1000;

/** What one delivery produced. */
export interface ReceiveResult {
  /** The events handed to listeners, in payload order. */
  events: readonly WebhookEvent[];
  /** The events skipped because they were processed already (Meta delivered them again). */
  duplicates: readonly WebhookEvent[];
  /**
   * The events not dispatched because another delivery of them is being processed right now (their
   * lease is held). Process the delivery again later (nack it), or they are lost.
   */
  inProgress: readonly WebhookEvent[];
  /** The listener failures (also reported to `onError`); their leases were released. */
  errors: readonly WebhookHandlerError[];
  /**
   * True when every event was processed or already processed: no listener failed and nothing was in
   * progress elsewhere. When false, a queue consumer must process the delivery again (nack or retry).
   */
  complete: boolean;
}

/** What every intake offers: the endpoint itself, the listeners, and ingestion without HTTP. */
export interface WebhookReceiver {
  /** Answers one HTTP request. See the status contract in the README. */
  (request: Request): Promise<Response>;
  /**
   * Listens to one or more events by name; the listener receives the event narrowed to that name.
   * Returns a function that removes the listener.
   */
  on<N extends WebhookEventName>(name: N | readonly N[], listener: WebhookEventListener<N>): () => void;
  /** Listens to every event. Returns a function that removes the listener. */
  onAny(listener: AnyEventListener): () => void;
  /** Listens to listener failures; each error carries the event (`error.event`). */
  onError(listener: ErrorListener): () => void;
  /**
   * Ingests an already authenticated and parsed notification (the JSON value) with the same two-phase
   * rules as HTTP: claims each event, dispatches, waits for the listeners, commits the successes and
   * releases the failures. Check `complete`: when false, process the delivery again later. Never pass
   * unverified input.
   * @throws {WebhookRequestError} when the value is not a notification.
   */
  receive(payload: unknown): Promise<ReceiveResult>;
  /** The largest body accepted, in bytes (adapters enforce the same limit). */
  readonly maxBodyBytes: number;
  /** When the handler answers: `'at-least-once'` or `'ack-first'`. */
  readonly delivery: WebhookDelivery;
}

/** The validated settings and the shared machinery of an intake. */
export interface WebhookIntake {
  readonly dispatcher: EventDispatcher;
  readonly maxBodyBytes: number;
  readonly delivery: WebhookDelivery;
  /** Claims and dispatches the events of a payload; listeners may still be running. */
  ingest(payload: unknown): Ingestion | Promise<Ingestion>;
  /** Waits for the listeners and the commits/releases of an ingestion. */
  finish(state: Ingestion): Promise<ReceiveResult>;
  /** Parses, dispatches and waits (the `receive` of the handler). */
  receive(payload: unknown): Promise<ReceiveResult>;
  /** Answers a delivery according to `delivery` (a `Response` for the HTTP path). */
  respond(payload: unknown): Promise<Response>;
}

/** What one notification produced so far. */
export interface Ingestion {
  events: WebhookEvent[];
  duplicates: WebhookEvent[];
  inProgress: WebhookEvent[];
  failures: WebhookHandlerError[];
  /** Listeners, commits and releases still running; `undefined` when everything finished synchronously. */
  pending: Promise<unknown>[] | undefined;
}

const legacyOptions: Readonly<Record<string, string>> = {
  waitForHandlers:
    "was removed: the handler now waits for the listeners by default (delivery: 'at-least-once'); use delivery: 'ack-first' to answer before they finish",
  retryOnHandlerError:
    "was removed: with delivery: 'at-least-once' (the default) a listener failure always answers 500 and the redelivery is dispatched",
};

/**
 * Validates the options every intake shares and builds the dedupe, dispatch and answer logic.
 * `subject` names the options in errors; `parse` reads a notification into events and throws
 * `WebhookRequestError` to refuse it (each endpoint takes only its own API's notifications).
 */
export function createWebhookIntake(
  options: WebhookIntakeOptions,
  subject: string,
  parse: (payload: unknown) => ParsedWebhookPayload,
): WebhookIntake {
  for (const [name, message] of Object.entries(legacyOptions)) {
    if ((options as unknown as Record<string, unknown>)[name] !== undefined) {
      throw invalidOption(subject, `$.${name}`, message);
    }
  }
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  checkPositiveInteger(subject, '$.maxBodyBytes', maxBodyBytes, ' of bytes');
  const delivery = options.delivery ?? 'at-least-once';
  if (delivery !== 'at-least-once' && delivery !== 'ack-first') {
    throw invalidOption(
      subject,
      '$.delivery',
      `must be 'at-least-once' or 'ack-first'; got ${JSON.stringify(delivery)}`,
    );
  }
  const waitUntil = options.waitUntil;
  if (waitUntil !== undefined) {
    if (typeof waitUntil !== 'function') throw invalidOption(subject, '$.waitUntil', 'must be a function');
    if (delivery !== 'ack-first') {
      throw invalidOption(
        subject,
        '$.waitUntil',
        "only makes sense with delivery: 'ack-first': with 'at-least-once' the handler answers after the listeners finished, so nothing runs after the response",
      );
    }
  }
  const dedupe = dedupeSettings(options.dedupe, subject);
  const dispatcher = new EventDispatcher({ onUnknownEventName: options.onUnknownEventName });
  // Owners are unique per ingestion: a random prefix per handler (unique across processes) and a counter.
  const ownerPrefix = globalThis.crypto.randomUUID();
  let ownerCount = 0;

  /** Waits for `done` before the ingestion finishes, when it is a promise. */
  const track = (state: Ingestion, done: unknown): void => {
    if (!isPromiseLike(done)) return;
    const promise = Promise.resolve(done);
    if (state.pending === undefined) state.pending = [promise];
    else state.pending.push(promise);
  };

  /** Commits a processed event or releases a failed one; the store's answer (a promise when it is async). */
  const settle = (key: string | undefined, owner: string, failed: boolean): unknown => {
    if (dedupe === undefined || key === undefined) return undefined;
    return failed ? dedupe.store.release(key, owner) : dedupe.store.commit(key, owner, dedupe.retentionMs);
  };

  /** Hands a claimed event to the listeners, then commits or releases its key. */
  const deliver = (event: WebhookEvent, key: string | undefined, owner: string, state: Ingestion): void => {
    state.events.push(event);
    let outcome: ReturnType<EventDispatcher['dispatch']>;
    try {
      outcome = dispatcher.dispatch(event);
    } catch (error) {
      // dispatch never throws; should it, the lease is released so nothing is lost.
      track(state, settle(key, owner, true));
      throw error;
    }
    const settled = (error: WebhookHandlerError | undefined): unknown => {
      if (error !== undefined) state.failures.push(error);
      return settle(key, owner, error !== undefined);
    };
    track(state, isPromiseLike(outcome) ? Promise.resolve(outcome).then(settled) : settled(outcome));
  };

  const record = (
    result: 'claimed' | 'duplicate' | 'in-progress',
    event: WebhookEvent,
    key: string,
    owner: string,
    state: Ingestion,
  ): void => {
    if (result === 'claimed') deliver(event, key, owner, state);
    else if (result === 'duplicate') state.duplicates.push(event);
    else if (result === 'in-progress') state.inProgress.push(event);
    else {
      throw new TypeError(
        `[@wa/webhooks] DedupeStore.claim answered ${JSON.stringify(result)}; expected 'claimed', 'duplicate' or 'in-progress'.`,
      );
    }
  };

  /**
   * Claims and dispatches `events` from `start` on. Synchronous (no promise, no microtask) unless the
   * dedupe store answers asynchronously: the common path of a webhook costs no extra ticks.
   */
  const dispatchFrom = (
    events: readonly WebhookEvent[],
    start: number,
    owner: string,
    state: Ingestion,
  ): Ingestion | Promise<Ingestion> => {
    for (let index = start; index < events.length; index++) {
      const event = events[index] as WebhookEvent;
      const key = dedupe === undefined ? undefined : dedupeKeyOf(event);
      if (dedupe === undefined || key === undefined) {
        deliver(event, undefined, owner, state);
        continue;
      }
      const claimed = dedupe.store.claim(key, owner, dedupe.leaseMs);
      if (isPromiseLike(claimed)) {
        return Promise.resolve(claimed).then((result) => {
          record(result, event, key, owner, state);
          return dispatchFrom(events, index + 1, owner, state);
        });
      }
      record(claimed, event, key, owner, state);
    }
    return state;
  };

  const ingest = (payload: unknown): Ingestion | Promise<Ingestion> => {
    const parsed = parse(payload);
    ownerCount += 1;
    return dispatchFrom(parsed.events, 0, `${ownerPrefix}:${ownerCount}`, {
      events: [],
      duplicates: [],
      inProgress: [],
      failures: [],
      pending: undefined,
    });
  };

  const finish = async (state: Ingestion): Promise<ReceiveResult> => {
    // Listeners may add commits while they settle: wait until nothing new was added.
    let waited = 0;
    while (state.pending !== undefined && waited < state.pending.length) {
      const batch = state.pending.slice(waited);
      waited = state.pending.length;
      await Promise.all(batch);
    }
    const { events, duplicates, inProgress, failures } = state;
    return {
      events,
      duplicates,
      inProgress,
      errors: failures,
      complete: failures.length === 0 && inProgress.length === 0,
    };
  };

  const receive = (payload: unknown): Promise<ReceiveResult> => {
    try {
      const ingested = ingest(payload);
      return isPromiseLike(ingested) ? Promise.resolve(ingested).then(finish) : finish(ingested);
    } catch (error) {
      return Promise.reject(error);
    }
  };

  const respond = async (payload: unknown): Promise<Response> => {
    const state = await ingest(payload);
    if (delivery === 'ack-first') {
      const settled = finish(state).catch(() => undefined);
      waitUntil?.(settled);
      return new Response(null, { status: 200 });
    }
    const { events, errors, inProgress } = await finish(state);
    if (errors.length > 0) {
      const total = events.length;
      return jsonResponse(
        500,
        'WA_WEBHOOK_HANDLER_ERROR',
        `${errors.length} of ${total} event${total === 1 ? '' : 's'} failed in a listener (see onError); answer 500 so the delivery is retried.`,
      );
    }
    if (inProgress.length > 0) {
      const count = inProgress.length;
      return jsonResponse(
        503,
        'WA_WEBHOOK_IN_PROGRESS',
        `${count} event${count === 1 ? ' is' : 's are'} being processed by another delivery; deliver again later.`,
        { 'retry-after': String(Math.ceil((dedupe?.leaseMs ?? DEFAULT_DEDUPE_LEASE_MS) / 1000)) },
      );
    }
    return new Response(null, { status: 200 });
  };

  return { dispatcher, maxBodyBytes, delivery, ingest, finish, receive, respond };
}

interface DedupeSettings {
  store: DedupeStore;
  leaseMs: number;
  retentionMs: number;
}

function dedupeSettings(dedupe: WebhookIntakeOptions['dedupe'], subject: string): DedupeSettings | undefined {
  if (dedupe === false) return undefined;
  if (dedupe !== undefined && (typeof dedupe !== 'object' || dedupe === null)) {
    throw invalidOption(subject, '$.dedupe', 'must be false or an object { store?, leaseMs?, retentionMs? }');
  }
  if ((dedupe as Record<string, unknown> | undefined)?.ttlMs !== undefined) {
    throw invalidOption(
      subject,
      '$.dedupe.ttlMs',
      'was renamed retentionMs (how long a processed event is remembered)',
    );
  }
  const store = dedupe?.store ?? createDefaultMemoryDedupeStore();
  for (const method of ['claim', 'commit', 'release'] as const) {
    if (typeof (store as unknown as Record<string, unknown>)[method] !== 'function') {
      throw invalidOption(
        subject,
        `$.dedupe.store.${method}`,
        'must be a function: a DedupeStore has claim(key, owner, leaseMs), commit(key, owner, retentionMs) and release(key, owner) (the has/set/delete contract was replaced; see the README)',
      );
    }
  }
  const leaseMs = dedupe?.leaseMs ?? DEFAULT_DEDUPE_LEASE_MS;
  const retentionMs = dedupe?.retentionMs ?? DEFAULT_DEDUPE_RETENTION_MS;
  checkPositiveInteger(subject, '$.dedupe.leaseMs', leaseMs, ' of milliseconds');
  checkPositiveInteger(subject, '$.dedupe.retentionMs', retentionMs, ' of milliseconds');
  if (retentionMs < leaseMs) {
    throw invalidOption(
      subject,
      '$.dedupe.retentionMs',
      `must be at least leaseMs (${leaseMs}); got ${retentionMs}: a processed event would be forgotten before a lease runs out`,
    );
  }
  return { store, leaseMs, retentionMs };
}

/** The JSON error body of every refusal: `{ "error": { "code", "message" } }`; `message` gets the package prefix. */
export function jsonResponse(
  status: number,
  code: string,
  message: string,
  extraHeaders?: Record<string, string>,
): Response {
  return errorBody(status, code, `[@wa/webhooks] ${message}`, extraHeaders);
}

function errorBody(
  status: number,
  code: string,
  message: string,
  extraHeaders?: Record<string, string>,
): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...extraHeaders },
  });
}

/** The answer to anything thrown while handling a request; never the text of an unexpected error. */
export function errorResponse(error: unknown, allow: string): Response {
  if (!WebhookRequestError.isInstance(error)) {
    return jsonResponse(500, 'WA_WEBHOOK_INTERNAL_ERROR', 'The delivery could not be processed.');
  }
  // The message already starts with the package name.
  return errorBody(error.status, error.code, error.message, error.status === 405 ? { allow } : undefined);
}

/** `application/json` or any `+json` type, with or without parameters. */
export function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  const type = value.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

const decoder = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 (strictly) and parses JSON, as a 400 on failure. */
export function parseJson(rawBody: string | Uint8Array): unknown {
  try {
    return JSON.parse(typeof rawBody === 'string' ? rawBody : decoder.decode(rawBody));
  } catch (cause) {
    throw new WebhookRequestError({
      code: 'WA_WEBHOOK_MALFORMED_JSON',
      message: `The body is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
      cause,
    });
  }
}
