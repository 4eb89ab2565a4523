import type { ApiError, WaError } from '@wa/schema';
import ky, { isHTTPError, type KyInstance } from 'ky';
import { parseRetryAfter } from './parse-retry-after.ts';
import { type RequestFailureKind, toRequestError } from './to-request-error.ts';
import { callHook, redactHeaders, type TransportHooks } from './transport-hooks.ts';

/** An HTTP error response, handed to the transport's {@link HttpClientOptions.toApiError}. */
export interface HttpFailure {
  /** The HTTP status. */
  statusCode: number;
  /** The HTTP status text (may be empty). */
  statusText: string;
  /** The response body: parsed JSON for JSON responses, text otherwise, `undefined` if unreadable. */
  body: unknown;
  /** The response headers. */
  headers: Headers;
  /** The `Retry-After` header in milliseconds, if present. */
  retryAfterMs: number | undefined;
  /** The operation that failed (`send`, `uploadMedia`, …). */
  operation: string;
  /** True when repeating the operation has no further effect. */
  idempotent: boolean;
}

/** Settings of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** The package using the client, for error messages: `@wa/transport-cloud`. */
  packageName: string;
  /** Prepended to relative request paths, e.g. `https://graph.facebook.com/v26.0`. No trailing slash. */
  baseUrl: string;
  /** Headers sent with every request (authentication, `User-Agent`). */
  headers: Readonly<Record<string, string>>;
  /** The `fetch` to use; defaults to the global one. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Time limit of one attempt (request and whole response body), in ms; `false` for none. */
  timeoutMs: number | false;
  /** Turns an HTTP error response into the transport's `ApiError` subclass. */
  toApiError: (failure: HttpFailure) => ApiError;
  /** Logging and metrics callbacks. */
  hooks?: TransportHooks | undefined;
}

/** One HTTP attempt. */
export interface HttpRequest {
  /** The transport method making the request (for hooks and errors). */
  operation: string;
  /** The HTTP method. */
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A path relative to `baseUrl` (starting with `/`) or an absolute URL. */
  url: string;
  /** A JSON body; sent with `Content-Type: application/json`. */
  json?: unknown;
  /** A multipart body (the boundary header is set by `fetch`). */
  formData?: FormData | undefined;
  /** Raw bytes sent as they are (On-Prem media upload); set their `Content-Type` in `headers`. */
  body?: Blob | Uint8Array<ArrayBuffer> | undefined;
  /** Extra headers for this request. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** `json` (default) parses the body; `bytes` returns it raw with its content type. */
  responseType?: 'json' | 'bytes' | undefined;
  /** True when repeating the request has no further effect (passed on to `toApiError`). */
  idempotent?: boolean | undefined;
  /** The attempt number, for hooks. Default 1. */
  attempt?: number | undefined;
  /** Aborts the attempt. */
  signal?: AbortSignal | undefined;
}

/** A successful response. */
export interface HttpResponse {
  /** The HTTP status (2xx). */
  statusCode: number;
  /** The response headers. */
  headers: Headers;
  /** The parsed JSON body (`undefined` when empty) or, for `responseType: 'bytes'`, the raw bytes. */
  body: unknown;
}

/** A minimal HTTP client over ky: one attempt per call, SDK errors only (see {@link createHttpClient}). */
export interface HttpClient {
  /**
   * Makes one attempt. Resolves with a 2xx response; rejects with the transport's `ApiError` for an error
   * response, `RequestError` (`WA_TIMEOUT`, `WA_NETWORK_ERROR`) or `RequestAbortedError` (`WA_ABORTED`)
   * when no complete response arrived. Never rejects with a ky error.
   */
  request(request: HttpRequest): Promise<HttpResponse>;
}

const timeoutReason = Symbol('wa.timeout');
/** ky forwards option keys it does not know to `fetch`: this one carries the original body and headers. */
const initKey = 'waInit';

/**
 * Calls `fetchFunction` with the URL and the original body and headers instead of ky's `Request` object.
 * A `Request` built by the global `fetch` implementation is not accepted by another one (undici's `fetch`
 * from npm fails to read it), and handing over the original string or `FormData` spares a body copy.
 */
function adaptFetch(fetchFunction: typeof globalThis.fetch | undefined): typeof globalThis.fetch {
  return ((input: Request, extra?: { [initKey]?: RequestInit }) => {
    const init = extra?.[initKey];
    const call = fetchFunction ?? globalThis.fetch;
    return init === undefined ? call(input) : call(input.url, { ...init, signal: input.signal });
  }) as typeof globalThis.fetch;
}
const jsonHeaders = { 'content-type': 'application/json' } as const;

/**
 * Creates the HTTP client both transports use. ky runs lean here: no ky retries (retrying is decided by
 * `withRetry`, which knows when a request cannot have created a message), no ky timeout (one timer per
 * attempt, cleared as soon as the body is read) and no per-request option merging, so a request costs
 * about what a bare `fetch` costs.
 *
 * @example
 * const http = createHttpClient({
 *   packageName: '@wa/transport-cloud',
 *   baseUrl: 'https://graph.facebook.com/v26.0',
 *   headers: { authorization: `Bearer ${token}` },
 *   timeoutMs: 10_000,
 *   toApiError: (failure) => new ApiError({ ... }),
 * });
 * const { body } = await http.request({ operation: 'getMedia', method: 'GET', url: '/1234' });
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { packageName, baseUrl, timeoutMs, hooks } = options;
  const instance: KyInstance = ky.create({
    retry: 0,
    timeout: false,
    throwHttpErrors: true,
    fetch: adaptFetch(options.fetch),
  });
  const wantsEvents = hooks?.beforeRequest !== undefined || hooks?.afterResponse !== undefined;

  return {
    async request(request: HttpRequest): Promise<HttpResponse> {
      const url = request.url.startsWith('/') ? `${baseUrl}${request.url}` : request.url;
      const target = `${request.method} ${url.startsWith(baseUrl) ? url.slice(baseUrl.length) : new URL(url).pathname}`;
      const headers =
        request.json === undefined && request.headers === undefined
          ? options.headers
          : { ...options.headers, ...(request.json === undefined ? {} : jsonHeaders), ...request.headers };

      const controller = new AbortController();
      const callerSignal = request.signal;
      if (callerSignal?.aborted) {
        throw toRequestError(callerSignal.reason, { kind: 'aborted', packageName, target, started: false });
      }
      const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
      callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
      const timer =
        timeoutMs === false ? undefined : setTimeout(() => controller.abort(timeoutReason), timeoutMs);

      const event = wantsEvents
        ? {
            operation: request.operation,
            method: request.method,
            url,
            headers: redactHeaders(headers),
            attempt: request.attempt ?? 1,
          }
        : undefined;
      if (event !== undefined) callHook(hooks?.beforeRequest, event);
      const started = event === undefined ? 0 : performance.now();
      let statusCode: number | undefined;

      const finish = (error?: WaError): void => {
        if (event !== undefined) {
          callHook(hooks?.afterResponse, {
            ...event,
            statusCode,
            durationMs: performance.now() - started,
            error,
          });
        }
      };
      const failureKind = (): RequestFailureKind =>
        controller.signal.aborted
          ? controller.signal.reason === timeoutReason
            ? 'timeout'
            : 'aborted'
          : 'network';

      try {
        const body =
          request.json === undefined ? (request.formData ?? request.body) : JSON.stringify(request.json);
        const kyOptions = {
          method: request.method,
          headers,
          body,
          signal: controller.signal,
          [initKey]: { method: request.method, headers, body } satisfies RequestInit,
        };
        const response = await instance(url, kyOptions);
        statusCode = response.status;
        let parsed: unknown;
        if (request.responseType === 'bytes') {
          parsed = new Uint8Array(await response.arrayBuffer());
        } else {
          const text = await response.text();
          parsed = text === '' ? undefined : JSON.parse(text);
        }
        finish();
        return { statusCode: response.status, headers: response.headers, body: parsed };
      } catch (error) {
        let mapped: WaError;
        if (isHTTPError(error)) {
          statusCode = error.response.status;
          mapped = options.toApiError({
            statusCode,
            statusText: error.response.statusText,
            body: error.data,
            headers: error.response.headers,
            retryAfterMs: parseRetryAfter(error.response.headers.get('retry-after')),
            operation: request.operation,
            idempotent: request.idempotent ?? false,
          });
        } else if (error instanceof SyntaxError && statusCode !== undefined) {
          mapped = toRequestError(error, {
            kind: 'network',
            packageName,
            target: `${target} (unreadable JSON answer)`,
          });
        } else {
          mapped = toRequestError(error, { kind: failureKind(), packageName, target, timeoutMs });
        }
        finish(mapped);
        throw mapped;
      } finally {
        clearTimeout(timer);
        callerSignal?.removeEventListener('abort', onCallerAbort);
      }
    },
  };
}
