import type { RetryClass, WaError } from '@wa/schema';

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

/** What the `onPaced` hook receives when pacing held a request back. It never names the recipient. */
export interface PacedHookEvent {
  /** The transport method that waited (`send`, `markRead`, …). */
  operation: string;
  /** How long the request waited in the pacer before it started, in ms. */
  delayMs: number;
  /**
   * The limit that held it last: `throughput` (messages per second of the number), `recipient` (spacing
   * per recipient, the pair rate limit) or `concurrency` (requests in flight).
   */
  reason: 'throughput' | 'recipient' | 'concurrency';
  /** Requests still waiting in the pacer when this one started. */
  pending: number;
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
  /** Called when pacing delayed a request (a throughput, per-recipient or concurrency limit). */
  onPaced?: ((event: PacedHookEvent) => void) | undefined;
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
 * Header names that carry credentials: `Authorization`, `Proxy-Authorization`, `Cookie`, and any name that
 * contains `auth`, `token`, `secret`, `key`, `cookie`, `password`, `session`, `credential` or `signature`
 * (`X-API-Key`, `X-Auth-Token`, `X-Hub-Signature-256`…), in any case.
 */
const sensitiveHeaderName = /auth|token|secret|key|cookie|passw|session|credential|signature/i;

/** True when a header named `name` may carry a credential (see {@link redactHeaders}). */
export function isSensitiveHeader(name: string): boolean {
  return sensitiveHeaderName.test(name);
}

/**
 * Copies headers for a hook or a log line, with every credential header replaced by `[redacted]`: the
 * `Authorization` header and any custom header whose name contains `auth`, `token`, `secret`, `key`,
 * `cookie`, `password`, `session`, `credential` or `signature` (case-insensitive). Names are lower-cased.
 */
export function redactHeaders(
  headers: Readonly<Record<string, string>> | Iterable<[string, string]>,
): Record<string, string> {
  const copy: Record<string, string> = {};
  const entries = Symbol.iterator in headers ? headers : Object.entries(headers);
  for (const [name, value] of entries as Iterable<[string, string]>) {
    const key = name.toLowerCase();
    copy[key] = sensitiveHeaderName.test(key) ? '[redacted]' : value;
  }
  return copy;
}
