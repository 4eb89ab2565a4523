import type { WaError } from '@wa/schema';
import type { RetryClass } from './retry-policy.ts';
import type { RetryEvent } from './with-retry.ts';

/** What the `beforeRequest` hook receives. Credentials are redacted from `headers`. */
export interface RequestHookEvent {
  /** The transport method making the request: `send`, `markRead`, `uploadMedia`, … */
  operation: string;
  /** The HTTP method. */
  method: string;
  /** The request URL (it never contains the access token). */
  url: string;
  /** The request headers, with `Authorization` (and other credential headers) replaced by `[redacted]`. */
  headers: Readonly<Record<string, string>>;
  /** The attempt number, 1 for the first try. */
  attempt: number;
}

/** What the `afterResponse` hook receives: the request, plus the outcome of this attempt. */
export interface ResponseHookEvent extends RequestHookEvent {
  /** The HTTP status, when a response arrived. */
  statusCode?: number | undefined;
  /** Time from handing the request to `fetch` to reading the whole response, in ms. */
  durationMs: number;
  /** The error this attempt ended with, if any (an `ApiError`, `RequestError` or abort). */
  error?: WaError | undefined;
}

/** What the `onRetry` hook receives before the transport waits and tries again. */
export interface RetryHookEvent {
  /** The transport method being retried. */
  operation: string;
  /** The number of the attempt that failed (1 for the first). */
  attempt: number;
  /** How long the transport waits before the next attempt, in ms. */
  delayMs: number;
  /** Why the retry is safe: the retry class of the failure. */
  retryClass: RetryClass;
  /** The failure, in a few words (`HTTP 429 code 130429`). */
  reason: string;
  /** The failure itself. */
  error: WaError;
}

/**
 * Callbacks for logging and metrics. They run synchronously on the request path: keep them cheap. An
 * exception thrown by a hook is ignored, so a logging bug never breaks a send. No event carries the access
 * token or any other credential.
 */
export interface TransportHooks {
  /** Called before each HTTP attempt. */
  beforeRequest?: ((event: RequestHookEvent) => void) | undefined;
  /** Called after each HTTP attempt, whether it succeeded or failed. */
  afterResponse?: ((event: ResponseHookEvent) => void) | undefined;
  /** Called when a failed attempt is about to be retried. */
  onRetry?: ((event: RetryHookEvent) => void) | undefined;
}

/** Calls a hook, ignoring anything it throws. */
export function callHook<E>(hook: ((event: E) => void) | undefined, event: E): void {
  if (hook === undefined) return;
  try {
    hook(event);
  } catch {
    // A hook must never change the outcome of a request.
  }
}

/**
 * Tells the `onRetry` hook (if any) that `operation` is about to be retried, ignoring anything the hook
 * throws. Both transports report retries through this, so the event has the same shape on either API.
 *
 * @param hooks - The transport's hooks.
 * @param operation - The transport method being retried (`send`, `login`, …).
 * @param event - The retry, as `withRetry` reports it.
 */
export function reportRetry(hooks: TransportHooks | undefined, operation: string, event: RetryEvent): void {
  const hook = hooks?.onRetry;
  if (hook === undefined) return;
  callHook(hook, {
    operation,
    attempt: event.attempt,
    delayMs: event.delayMs,
    retryClass: event.advice.retryClass,
    reason: event.advice.reason,
    error: event.error,
  });
}

const sensitiveHeaders = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key']);

/**
 * Copies headers for a hook or a log line, with credential headers (`Authorization`,
 * `Proxy-Authorization`, `Cookie`, `X-API-Key`) replaced by `[redacted]`. Names are lower-cased.
 */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    copy[key] = sensitiveHeaders.has(key) ? '[redacted]' : value;
  }
  return copy;
}
