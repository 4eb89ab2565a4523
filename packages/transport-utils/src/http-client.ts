import { type ApiError, WaError } from '@wa/schema';
import ky, { type KyInstance, type Options as KyOptions, type RetryOptions, TimeoutError } from 'ky';
import { classifyFailure } from './create-retry-classifier.ts';
import { parseRetryAfter } from './parse-retry-after.ts';
import { RequestAbortedError } from './request-aborted-error.ts';
import {
  computeRetryDelay,
  DEFAULT_RETRY_POLICY,
  type RetryClassifier,
  type RetryPolicy,
} from './retry-policy.ts';
import { type RequestFailureKind, toRequestError } from './to-request-error.ts';
import { callHook, type RequestHookEvent, redactHeaders, type TransportHooks } from './transport-hooks.ts';

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
  /** The first interval suggested for an undeliverable message (the policy's `undeliverableBaseDelayMs`). */
  undeliverableBaseDelayMs: number;
}

/** Settings of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** The package using the client, for error messages: `@wa/transport-cloud`. */
  packageName: string;
  /** Prepended to relative request paths, e.g. `https://graph.facebook.com/v26.0`. No trailing slash. */
  baseUrl: string;
  /** Headers sent with every request (authentication, `User-Agent`). */
  headers: Readonly<Record<string, string>>;
  /**
   * The `fetch` to use; defaults to the global one. It is called as `fetch(url, init)` with a string URL
   * and the original body, so any implementation works (undici's from npm included).
   */
  fetch?: typeof globalThis.fetch | undefined;
  /** Time limit of one attempt (request and whole response body), in ms; `false` for none. */
  timeoutMs: number | false;
  /** Turns an HTTP error response into the transport's `ApiError` subclass. */
  toApiError: (failure: HttpFailure) => ApiError;
  /** Logging and metrics callbacks. */
  hooks?: TransportHooks | undefined;
  /** How failed attempts are retried (see `resolveRetryPolicy`); omit for one attempt per call. */
  retry?: RetryPolicy | undefined;
  /** Decides which failures are retried; default {@link classifyFailure}. */
  classify?: RetryClassifier | undefined;
}

/** One call: one attempt, plus the retries the policy and the classifier allow. */
export interface HttpRequest {
  /** The transport method making the request (for hooks and errors). */
  operation: string;
  /** The HTTP method. */
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A path relative to `baseUrl` (starting with `/`) or an absolute URL. */
  url: string;
  /** A JSON body; sent with `Content-Type: application/json`. */
  json?: unknown;
  /** A multipart body (encoded here, with its boundary header). */
  formData?: FormData | undefined;
  /** Raw bytes sent as they are (On-Prem media upload); set their `Content-Type` in `headers`. */
  body?: Blob | Uint8Array<ArrayBuffer> | undefined;
  /** Extra headers for this request. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** `json` (default) parses the body; `bytes` returns it raw with its content type. */
  responseType?: 'json' | 'bytes' | undefined;
  /** True when repeating the request has no further effect: ambiguous failures are then retried. */
  idempotent?: boolean | undefined;
  /** `false` makes exactly one attempt, whatever the client's retry policy. */
  retry?: false | undefined;
  /** Overrides the client's classifier for this call. */
  classify?: RetryClassifier | undefined;
  /** The number of the first attempt, for hooks (when the caller retries on its own). Default 1. */
  attempt?: number | undefined;
  /** Aborts the call (the attempt in flight or the wait before a retry). */
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

/** The HTTP client of both transports (see {@link createHttpClient}). */
export interface HttpClient {
  /**
   * Makes the call, retrying what the policy and the classifier allow. Resolves with a 2xx response;
   * rejects with the transport's `ApiError` for an error response, `RequestError` (`WA_TIMEOUT`,
   * `WA_NETWORK_ERROR`) or `RequestAbortedError` (`WA_ABORTED`) when no complete response arrived. Never
   * rejects with a `fetch` or ky error.
   */
  request(request: HttpRequest): Promise<HttpResponse>;
}

/**
 * What one call shares with the `fetch` adapter: ky forwards unknown options (here `wa`) to `fetch` as they
 * are. The instance defaults must never hold a `wa` key, or ky would merge it into a copy per call.
 */
interface CallState {
  readonly request: HttpRequest;
  readonly url: string;
  readonly target: string;
  readonly body: BodyInit | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly idempotent: boolean;
  /** The attempt about to be made (or in flight). */
  attempt: number;
  /** The delay chosen for the next retry, in ms. */
  nextDelayMs: number;
  /** The total waited so far, in ms. */
  waitedMs: number;
  /** The response of the last attempt (for its status and headers). */
  response: Response | undefined;
  /** The hook event of the attempt whose `afterResponse` is still due (hooks on only). */
  event?: RequestHookEvent | undefined;
  /** When that attempt was handed to `fetch` (`performance.now()`). */
  started?: number | undefined;
}

const jsonHeaders = { 'content-type': 'application/json' } as const;
const allMethods = ['get', 'post', 'put', 'delete', 'patch', 'head'];

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
 * Creates the HTTP client both transports use: one ky instance (time limit, the request pipeline, the retry
 * loop and its waits) with the SDK's rules on top. Every failure becomes an SDK error; the classifier alone
 * decides what is retried (through ky's `retry.shouldRetry`), so a send is repeated only when the failure
 * proves nothing was created. The `fetch` ky calls is a thin adapter that sends the original body (no
 * stream copy), reports each attempt to the hooks and turns an error answer into the transport's `ApiError`.
 *
 * @example
 * const http = createHttpClient({
 *   packageName: '@wa/transport-cloud',
 *   baseUrl: 'https://graph.facebook.com/v26.0',
 *   headers: { authorization: `Bearer ${token}` },
 *   timeoutMs: 10_000,
 *   toApiError: (failure) => new ApiError({ ... }),
 *   retry: resolveRetryPolicy({ maxAttempts: 3 }),
 * });
 * const { body } = await http.request({ operation: 'getMedia', method: 'GET', url: '/1234', idempotent: true });
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { packageName, baseUrl, timeoutMs, hooks, toApiError } = options;
  const userFetch = options.fetch;
  const policy = options.retry;
  const undeliverableBaseDelayMs =
    policy?.undeliverableBaseDelayMs ?? DEFAULT_RETRY_POLICY.undeliverableBaseDelayMs;
  const wantsEvents = hooks?.beforeRequest !== undefined || hooks?.afterResponse !== undefined;

  /** A `RequestError` (or `RequestAbortedError`) for an attempt that got no complete response. */
  const requestError = (error: unknown, kind: RequestFailureKind, target: string, started?: boolean) =>
    toRequestError(error, { kind, packageName, target, timeoutMs, started });

  /** Sends the `afterResponse` event of the call's last attempt, once (when hooks are on). */
  const reportAttempt = (call: CallState, statusCode: number | undefined, error: WaError | undefined) => {
    const { event } = call;
    if (event === undefined) return;
    call.event = undefined;
    callHook(hooks?.afterResponse, {
      ...event,
      statusCode,
      durationMs: performance.now() - (call.started ?? 0),
      error,
    });
  };

  /** The `fetch` ky calls for each attempt: `(request, { wa })`, where `wa` is the call's state. */
  const adapter = async (input: Request, init: { wa: CallState }): Promise<Response> => {
    const call = init.wa;
    const { request } = call;
    const signal = input.signal;
    if (wantsEvents) {
      const event: RequestHookEvent = {
        operation: request.operation,
        method: request.method,
        url: call.url,
        headers: redactHeaders(call.headers),
        attempt: call.attempt,
      };
      callHook(hooks?.beforeRequest, event);
      call.event = event;
      call.started = performance.now();
    }
    let response: Response;
    try {
      const fetchInit: RequestInit = {
        method: request.method,
        headers: call.headers,
        body: call.body,
        signal,
      };
      response = await (userFetch === undefined
        ? fetch(call.url, fetchInit)
        : userFetch(call.url, fetchInit));
    } catch (error) {
      const mapped = WaError.isInstance(error)
        ? error
        : requestError(
            error,
            request.signal?.aborted ? 'aborted' : signal.aborted ? 'timeout' : 'network',
            call.target,
          );
      reportAttempt(call, undefined, mapped);
      throw mapped;
    }
    call.response = response;
    if (!response.ok) {
      const failureBody = await readErrorBody(response);
      const mapped = toApiError({
        statusCode: response.status,
        statusText: response.statusText,
        body: failureBody,
        headers: response.headers,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
        operation: request.operation,
        idempotent: call.idempotent,
        undeliverableBaseDelayMs,
      });
      reportAttempt(call, response.status, mapped);
      throw mapped;
    }
    // A 2xx answer: its event is sent once the body is read (see `request`).
    return response;
  };

  const instance: KyInstance = ky.create({
    timeout: timeoutMs,
    throwHttpErrors: false,
    fetch: adapter as unknown as KyOptions['fetch'],
  });

  /** Turns whatever ky threw into an SDK error. */
  const toSdkError = (error: unknown, call: CallState): WaError => {
    if (WaError.isInstance(error)) return error;
    const callerSignal = call.request.signal;
    if (error instanceof TimeoutError) return requestError(error, 'timeout', call.target);
    if (callerSignal?.aborted) {
      // Aborted while waiting before a retry: the failed attempts were ones that created nothing.
      return new RequestAbortedError({ packageName, mayHaveBeenSent: false, cause: callerSignal.reason });
    }
    return requestError(error, 'network', call.target);
  };

  /** ky's retry settings for one call: the classifier decides, the policy sets the delays. */
  const retryOptions = (call: CallState): RetryOptions | number => {
    if (policy === undefined || policy.maxAttempts <= 1 || call.request.retry === false) return 0;
    const classify = call.request.classify ?? options.classify ?? classifyFailure;
    const firstAttempt = call.request.attempt ?? 1;
    return {
      limit: policy.maxAttempts - 1,
      methods: allMethods,
      backoffLimit: policy.maxDelayMs,
      delay: () => call.nextDelayMs,
      shouldRetry: ({ error, retryCount }) => {
        const failure = toSdkError(error, call);
        const { idempotent } = call;
        const advice = classify(failure, { idempotent });
        const override = policy.isRetryable?.(failure, { attempt: retryCount, advice, idempotent });
        if (!(override ?? advice.retry)) return false;
        const delayMs = computeRetryDelay(policy, retryCount, advice);
        if (delayMs > policy.maxDelayMs || call.waitedMs + delayMs > policy.budgetMs) return false;
        call.waitedMs += delayMs;
        call.nextDelayMs = delayMs;
        call.attempt = firstAttempt + retryCount;
        callHook(hooks?.onRetry, {
          operation: call.request.operation,
          attempt: retryCount,
          delayMs,
          retryClass: advice.retryClass,
          reason: advice.reason,
          error: failure,
        });
        return true;
      },
    };
  };

  return {
    async request(request: HttpRequest): Promise<HttpResponse> {
      const url = request.url.startsWith('/') ? `${baseUrl}${request.url}` : request.url;
      const target = `${request.method} ${url.startsWith(baseUrl) ? url.slice(baseUrl.length) : new URL(url).pathname}`;
      const callerSignal = request.signal;
      if (callerSignal?.aborted) throw requestError(callerSignal.reason, 'aborted', target, false);
      let headers =
        request.json === undefined && request.headers === undefined
          ? options.headers
          : { ...options.headers, ...(request.json === undefined ? {} : jsonHeaders), ...request.headers };
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
      const call: CallState = {
        request,
        url,
        target,
        body,
        headers,
        idempotent: request.idempotent ?? false,
        attempt: request.attempt ?? 1,
        nextDelayMs: 0,
        waitedMs: 0,
        response: undefined,
      };
      const kyOptions = {
        method: request.method,
        signal: callerSignal,
        retry: retryOptions(call),
        wa: call,
      } as KyOptions;
      try {
        const pending = instance(url, kyOptions);
        let parsed: unknown;
        if (request.responseType === 'bytes') {
          parsed = new Uint8Array(await pending.arrayBuffer());
        } else {
          const text = await pending.text();
          parsed = text === '' ? undefined : JSON.parse(text);
        }
        const response = call.response as Response;
        reportAttempt(call, response.status, undefined);
        return { statusCode: response.status, headers: response.headers, body: parsed };
      } catch (error) {
        const mapped =
          error instanceof SyntaxError && call.response !== undefined
            ? requestError(error, 'network', `${target} (unreadable JSON answer)`)
            : toSdkError(error, call);
        // A 2xx answer whose body could not be read: its attempt is reported here.
        reportAttempt(call, call.response?.status, mapped);
        throw mapped;
      }
    },
  };
}
