import { type ApiError, WaError } from '@wa/schema';
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

/** A minimal HTTP client over `fetch`: one attempt per call, SDK errors only (see {@link createHttpClient}). */
export interface HttpClient {
  /**
   * Makes one attempt. Resolves with a 2xx response; rejects with the transport's `ApiError` for an error
   * response, `RequestError` (`WA_TIMEOUT`, `WA_NETWORK_ERROR`) or `RequestAbortedError` (`WA_ABORTED`)
   * when no complete response arrived. Never rejects with a `fetch` error.
   */
  request(request: HttpRequest): Promise<HttpResponse>;
}

const timeoutReason = Symbol('wa.timeout');
const jsonHeaders = { 'content-type': 'application/json' } as const;

/** Reads an error response's body: parsed JSON when it is JSON, text otherwise, `undefined` if unreadable. */
async function readErrorBody(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return undefined;
  }
  if (text === '') return undefined;
  if (/\bjson\b/i.test(response.headers.get('content-type') ?? '')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * Creates the HTTP client both transports use: a thin layer over `fetch` (the global one or yours) that
 * adds a per-attempt time limit, hooks and error mapping, and nothing else. Retrying is `withRetry`'s job,
 * which knows when a request cannot have created a message. The request goes to `fetch` as a URL and a
 * plain `init` (no `Request` object, no body copy), so a call costs about what a bare `fetch` costs and
 * any `fetch` implementation (undici's included) works.
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
  const fetchFunction =
    options.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));
  const wantsEvents = hooks?.beforeRequest !== undefined || hooks?.afterResponse !== undefined;

  return {
    async request(request: HttpRequest): Promise<HttpResponse> {
      const url = request.url.startsWith('/') ? `${baseUrl}${request.url}` : request.url;
      const target = `${request.method} ${url.startsWith(baseUrl) ? url.slice(baseUrl.length) : new URL(url).pathname}`;
      let headers =
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
        let body: BodyInit | undefined =
          request.json === undefined ? request.body : JSON.stringify(request.json);
        if (request.formData !== undefined) {
          // Encode the multipart body here: a `fetch` from another realm (undici's from npm) does not
          // recognise this runtime's `FormData` and would send it as the text "[object FormData]".
          const encoded = new Response(request.formData);
          body = await encoded.blob();
          headers = {
            ...headers,
            'content-type': encoded.headers.get('content-type') ?? 'multipart/form-data',
          };
        }
        const response = await fetchFunction(url, {
          method: request.method,
          headers,
          body,
          signal: controller.signal,
        });
        statusCode = response.status;
        if (!response.ok) {
          const failureBody = await readErrorBody(response);
          const mapped = options.toApiError({
            statusCode,
            statusText: response.statusText,
            body: failureBody,
            headers: response.headers,
            retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
            operation: request.operation,
            idempotent: request.idempotent ?? false,
          });
          finish(mapped);
          throw mapped;
        }
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
        if (WaError.isInstance(error)) throw error;
        let mapped: WaError;
        if (error instanceof SyntaxError && statusCode !== undefined) {
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
