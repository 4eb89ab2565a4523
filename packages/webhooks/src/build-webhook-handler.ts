import { MissingSettingError, ValidationError } from '@wa/schema';
import type { DedupeStore } from './dedupe-store.ts';
import {
  type AnyEventListener,
  type ErrorListener,
  EventDispatcher,
  isPromiseLike,
} from './event-dispatcher.ts';
import { createMemoryDedupeStore } from './memory-dedupe-store.ts';
import { parseWebhookPayload } from './parse-webhook-payload.ts';
import { DEFAULT_MAX_BODY_BYTES, readBody } from './read-body.ts';
import { SIGNATURE_HEADER } from './signature-header.ts';
import type { RawBody, VerifySignatureOptions } from './verify-signature-options.ts';
import { verifySubscription } from './verify-subscription.ts';
import { dedupeKeyOf, type WebhookEvent } from './webhook-event.ts';
import type { WebhookEventListener } from './webhook-event-map.ts';
import type { WebhookEventName } from './webhook-event-names.ts';
import type { WebhookHandlerError } from './webhook-handler-error.ts';
import type { WebhookHandlerOptions } from './webhook-handler-options.ts';
import { WebhookRequestError } from './webhook-request-error.ts';

/** The signature check a build of the package uses (Web Crypto, or `node:crypto` on Node). */
export type SignatureVerifier = (
  rawBody: RawBody,
  signatureHeader: string | null | undefined,
  appSecret: string,
  options?: VerifySignatureOptions,
) => boolean | Promise<boolean>;

const DEFAULT_DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;

/** What one delivery produced. */
export interface ReceiveResult {
  /** The events handed to listeners, in payload order. */
  events: readonly WebhookEvent[];
  /** The events skipped because they were already dispatched (Meta retried the delivery). */
  duplicates: readonly WebhookEvent[];
  /** The listener failures (also reported to `onError`). */
  errors: readonly WebhookHandlerError[];
}

/**
 * A web-standard webhook endpoint: call it with a `Request`, get a `Response`. It also registers the
 * listeners (`on`, `onAny`, `onError`) and can ingest deliveries without HTTP (`verifyAndReceive`,
 * `receive`).
 */
export interface WebhookHandler {
  /**
   * Answers one HTTP request. GET: the subscription handshake (200 with the challenge, or 403). POST:
   * verify, parse, deduplicate and dispatch a notification. See the status contract in the README.
   */
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
   * Verifies and ingests one delivery without HTTP (a queue consumer, a benchmark): checks the signature,
   * parses, deduplicates and dispatches, then waits for the listeners.
   * @throws {WebhookRequestError} when the signature is missing or wrong, or the body is not a notification.
   */
  verifyAndReceive(rawBody: RawBody, signatureHeader: string | null | undefined): Promise<ReceiveResult>;
  /**
   * Ingests an already verified and parsed notification (the JSON value): parses, deduplicates and
   * dispatches, then waits for the listeners. Never pass unverified input.
   * @throws {WebhookRequestError} when the value is not a notification.
   */
  receive(payload: unknown): Promise<ReceiveResult>;
  /** The largest body accepted, in bytes (adapters enforce the same limit). */
  readonly maxBodyBytes: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Builds the handler around a signature check; `createWebhookHandler` is this with the runtime's check. */
export function buildWebhookHandler(
  options: WebhookHandlerOptions,
  verify: SignatureVerifier,
): WebhookHandler {
  if (typeof options?.appSecret !== 'string' || options.appSecret.length === 0) {
    throw new MissingSettingError({ setting: 'appSecret', packageName: '@wa/webhooks' });
  }
  const appSecret = options.appSecret;
  const verifyOptions: VerifySignatureOptions = { additionalSecrets: options.additionalSecrets };
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new ValidationError({
      subject: 'webhook handler options',
      packageName: '@wa/webhooks',
      issues: [
        { path: '$.maxBodyBytes', message: `must be a positive whole number of bytes; got ${maxBodyBytes}` },
      ],
    });
  }
  const waitForHandlers = options.waitForHandlers ?? false;
  const retryOnHandlerError = options.retryOnHandlerError ?? false;
  const dedupeStore: DedupeStore | undefined =
    options.dedupe === false ? undefined : (options.dedupe?.store ?? createMemoryDedupeStore());
  const dedupeTtlMs = (options.dedupe === false ? undefined : options.dedupe?.ttlMs) ?? DEFAULT_DEDUPE_TTL_MS;
  const dispatcher = new EventDispatcher({ onUnknownEventName: options.onUnknownEventName });

  /** Marks an event as seen; true when it was new. */
  const claim = (key: string): boolean | Promise<boolean> => {
    if (dedupeStore === undefined) return true;
    if (dedupeStore.claim !== undefined) return dedupeStore.claim(key, dedupeTtlMs);
    const seen = dedupeStore.has(key);
    if (isPromiseLike(seen)) {
      return Promise.resolve(seen).then(async (wasSeen) => {
        if (wasSeen) return false;
        await dedupeStore.set(key, dedupeTtlMs);
        return true;
      });
    }
    if (seen) return false;
    const stored = dedupeStore.set(key, dedupeTtlMs);
    return isPromiseLike(stored) ? Promise.resolve(stored).then(() => true) : true;
  };

  /** Hands a new event to the listeners, collecting failures and unfinished listeners. */
  const deliver = (event: WebhookEvent, state: Ingestion): void => {
    state.events.push(event);
    const outcome = dispatcher.dispatch(event);
    if (isPromiseLike(outcome)) {
      const done = Promise.resolve(outcome).then((error) => {
        if (error !== undefined) state.failures.push(error);
      });
      if (state.pending === undefined) state.pending = [done];
      else state.pending.push(done);
    } else if (outcome !== undefined) {
      state.failures.push(outcome);
    }
  };

  /**
   * Deduplicates and dispatches `events` from `start` on. Synchronous (no promise, no microtask) unless
   * the dedupe store answers asynchronously: the common path of a webhook costs no extra ticks.
   */
  const dispatchFrom = (
    events: readonly WebhookEvent[],
    start: number,
    state: Ingestion,
  ): Ingestion | Promise<Ingestion> => {
    for (let index = start; index < events.length; index++) {
      const event = events[index] as WebhookEvent;
      const key = dedupeKeyOf(event);
      if (key !== undefined) {
        const claimed = claim(key);
        if (isPromiseLike(claimed)) {
          return Promise.resolve(claimed).then((isNew) => {
            if (isNew) deliver(event, state);
            else state.duplicates.push(event);
            return dispatchFrom(events, index + 1, state);
          });
        }
        if (!claimed) {
          state.duplicates.push(event);
          continue;
        }
      }
      deliver(event, state);
    }
    return state;
  };

  /** Parses, deduplicates and dispatches one notification. Throws on a payload that is not one. */
  const ingest = (payload: unknown): Ingestion | Promise<Ingestion> =>
    dispatchFrom(parseWebhookPayload(payload).events, 0, {
      events: [],
      duplicates: [],
      failures: [],
      pending: undefined,
    });

  /** Resolves when every listener of an ingestion has finished, with the failures. */
  const settle = (state: Ingestion): Promise<WebhookHandlerError[]> =>
    state.pending === undefined
      ? Promise.resolve(state.failures)
      : Promise.all(state.pending).then(() => state.failures);

  const finish = (state: Ingestion): Promise<ReceiveResult> => {
    const result = (errors: WebhookHandlerError[]): ReceiveResult => ({
      events: state.events,
      duplicates: state.duplicates,
      errors,
    });
    return state.pending === undefined ? Promise.resolve(result(state.failures)) : settle(state).then(result);
  };

  const receive = (payload: unknown): Promise<ReceiveResult> => {
    try {
      const ingested = ingest(payload);
      return isPromiseLike(ingested) ? Promise.resolve(ingested).then(finish) : finish(ingested);
    } catch (error) {
      return Promise.reject(error);
    }
  };

  const verifyAndReceive = (
    rawBody: RawBody,
    signatureHeader: string | null | undefined,
  ): Promise<ReceiveResult> => {
    try {
      const verified = verifyAndParse(rawBody, signatureHeader);
      return isPromiseLike(verified) ? Promise.resolve(verified).then(receive) : receive(verified);
    } catch (error) {
      return Promise.reject(error);
    }
  };

  /** Checks the signature, then parses the JSON; synchronous when the signature check is. */
  const verifyAndParse = (rawBody: RawBody, signatureHeader: string | null | undefined): unknown => {
    if (signatureHeader === null || signatureHeader === undefined || signatureHeader === '') {
      throw new WebhookRequestError({
        code: 'WA_WEBHOOK_SIGNATURE_MISSING',
        message: 'Missing X-Hub-Signature-256 header: the delivery cannot be verified.',
      });
    }
    const verified = verify(rawBody, signatureHeader, appSecret, verifyOptions);
    if (isPromiseLike(verified)) {
      return Promise.resolve(verified).then((ok) => {
        if (!ok) throw signatureMismatch();
        return parseJson(rawBody);
      });
    }
    if (!verified) throw signatureMismatch();
    return parseJson(rawBody);
  };

  /** Undoes the dedupe marks of failed events, so Meta's retry is dispatched again. */
  const forget = async (failures: readonly WebhookHandlerError[]): Promise<void> => {
    if (dedupeStore?.delete === undefined) return;
    for (const failure of failures) {
      const key = dedupeKeyOf(failure.event);
      if (key !== undefined) await dedupeStore.delete(key);
    }
  };

  const handlePost = async (request: Request): Promise<Response> => {
    if (!isJsonContentType(request.headers.get('content-type'))) {
      throw new WebhookRequestError({
        code: 'WA_WEBHOOK_UNSUPPORTED_MEDIA_TYPE',
        message: `Content-Type must be application/json; got ${JSON.stringify(request.headers.get('content-type') ?? '(none)')}.`,
      });
    }
    const rawBody = await readBody(request, maxBodyBytes);
    const payload = await verifyAndParse(rawBody, request.headers.get(SIGNATURE_HEADER));
    const settled = settle(await ingest(payload));
    if (!waitForHandlers) {
      const guarded = settled.catch(() => []);
      options.waitUntil?.(guarded);
      return new Response(null, { status: 200 });
    }
    const failures = await settled;
    if (failures.length > 0 && retryOnHandlerError) {
      await forget(failures);
      return jsonResponse(
        500,
        'WA_WEBHOOK_HANDLER_ERROR',
        failures.map((failure) => failure.message).join('\n'),
      );
    }
    return new Response(null, { status: 200 });
  };

  const handler = (async (request: Request): Promise<Response> => {
    try {
      if (request.method === 'POST') return await handlePost(request);
      if (request.method === 'GET') {
        const challenge = verifySubscription(new URL(request.url), options.verifyToken ?? '');
        if (challenge === undefined) {
          throw new WebhookRequestError({
            code: 'WA_WEBHOOK_FORBIDDEN',
            message:
              'Subscription handshake refused: hub.mode must be "subscribe" and hub.verify_token must match.',
          });
        }
        return new Response(challenge, {
          status: 200,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
        });
      }
      throw new WebhookRequestError({
        code: 'WA_WEBHOOK_METHOD_NOT_ALLOWED',
        message: `Method ${request.method} is not allowed: use GET (handshake) or POST (notifications).`,
      });
    } catch (error) {
      return errorResponse(error);
    }
  }) as WebhookHandler;

  Object.defineProperties(handler, {
    on: { value: dispatcher.on.bind(dispatcher) },
    onAny: { value: dispatcher.onAny.bind(dispatcher) },
    onError: { value: dispatcher.onError.bind(dispatcher) },
    receive: { value: receive },
    verifyAndReceive: { value: verifyAndReceive },
    maxBodyBytes: { value: maxBodyBytes, enumerable: true },
  });
  return handler;
}

/** What one notification produced so far. */
interface Ingestion {
  events: WebhookEvent[];
  duplicates: WebhookEvent[];
  failures: WebhookHandlerError[];
  /** Listeners still running; `undefined` when every listener finished synchronously. */
  pending: Promise<unknown>[] | undefined;
}

function signatureMismatch(): WebhookRequestError {
  return new WebhookRequestError({
    code: 'WA_WEBHOOK_SIGNATURE_INVALID',
    message: 'The X-Hub-Signature-256 header does not match the body (check the app secret).',
  });
}

/** Decodes UTF-8 (strictly) and parses JSON, as a 400 on failure. */
function parseJson(rawBody: RawBody): unknown {
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

/** `application/json` or any `+json` type, with or without parameters. */
function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  const type = value.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** The JSON error body of every refusal: `{ "error": { "code", "message" } }`. */
function jsonResponse(status: number, code: string, message: string): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (status === 405) headers.allow = 'GET, POST';
  return new Response(JSON.stringify({ error: { code, message } }), { status, headers });
}

function errorResponse(error: unknown): Response {
  if (WebhookRequestError.isInstance(error)) return jsonResponse(error.status, error.code, error.message);
  return jsonResponse(
    500,
    'WA_WEBHOOK_INTERNAL_ERROR',
    '[@wa/webhooks] The delivery could not be processed.',
  );
}
