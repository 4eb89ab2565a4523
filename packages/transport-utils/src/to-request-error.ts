import { RequestError, type WaError } from '@wa/schema';
import { RequestAbortedError } from './request-aborted-error.ts';

/**
 * System error codes that prove the request never left the machine: the connection was refused or could
 * not be opened, the host name did not resolve, or the TLS handshake rejected the server. Any other network
 * failure (a reset, a closed socket, `terminated`) may have happened after the request was written, so it is
 * treated as "may have been sent".
 */
export const NEVER_SENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * The system error codes found in an error's `cause` chain (and in the `errors` of an `AggregateError`,
 * which Node raises when every address of a host refused the connection), outermost first.
 */
export function networkErrorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 8) return;
    seen.add(value);
    const { code, cause, errors } = value as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
    visit(cause, depth + 1);
  };
  visit(error, 0);
  return codes;
}

/** Why an attempt ended without a response. */
export type RequestFailureKind = 'timeout' | 'aborted' | 'network';

/** Options of {@link toRequestError}. */
export interface ToRequestErrorOptions {
  /** Why the attempt ended (the HTTP client knows whether its own timer or the caller's signal fired). */
  kind: RequestFailureKind;
  /** The package making the request, for the message prefix. */
  packageName: string;
  /** `METHOD /path` of the request, for the message (never the token). */
  target: string;
  /** The time limit that passed, for a timeout's message. */
  timeoutMs?: number | false | undefined;
  /** True when the request was handed to `fetch` (false while it was still queued). Default `true`. */
  started?: boolean | undefined;
}

/**
 * Turns anything `fetch` threw into the SDK's error family, so no `fetch` or undici error reaches a
 * caller: `WA_TIMEOUT` for a timeout, `WA_ABORTED` for the caller's abort, `WA_NETWORK_ERROR` otherwise.
 * `mayHaveBeenSent` is false only when {@link NEVER_SENT_ERROR_CODES} proves the request never left.
 * The original error is kept as `cause`.
 */
export function toRequestError(error: unknown, options: ToRequestErrorOptions): WaError {
  const { packageName, target } = options;
  const started = options.started ?? true;
  if (options.kind === 'aborted') {
    return new RequestAbortedError({ packageName, mayHaveBeenSent: started, cause: error });
  }
  if (options.kind === 'timeout') {
    return new RequestError({
      code: 'WA_TIMEOUT',
      message: `No complete response to ${target} within ${options.timeoutMs} ms.`,
      mayHaveBeenSent: started,
      packageName,
      cause: error,
    });
  }
  const codes = networkErrorCodes(error);
  const neverSent = !started || (codes.length > 0 && codes.some((code) => NEVER_SENT_ERROR_CODES.has(code)));
  const detail = codes[codes.length - 1] ?? (error instanceof Error ? error.message : String(error));
  return new RequestError({
    code: 'WA_NETWORK_ERROR',
    message: `${target} failed: ${detail}.`,
    mayHaveBeenSent: !neverSent,
    packageName,
    cause: error,
  });
}
