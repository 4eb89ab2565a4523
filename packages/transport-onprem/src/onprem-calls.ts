import { RequestError } from '@wa/schema';
import { onPremLoginResponseSchema } from '@wa/schema/responses';
import {
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  RequestAbortedError,
} from '@wa/transport-utils';
import { type AccessToken, AuthSession } from './auth-session.ts';
import { OnPremApiError } from './onprem-api-error.ts';
import type { ResolvedOnPremClientSettings } from './onprem-client-settings.ts';
import { PACKAGE_NAME } from './package-name.ts';
import { parseExpiresAfter } from './parse-expires-after.ts';

/** One call of the On-Premises API: the HTTP request, and how it may be retried and paced. */
export interface OnPremCall {
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  json?: unknown;
  body?: Blob | Uint8Array<ArrayBuffer> | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
  responseType?: 'json' | 'bytes' | undefined;
  /** True when repeating the call has no further effect. */
  idempotent: boolean;
  /** The recipient of a send: only sends are paced. */
  recipient?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Makes authenticated, retried and paced calls (see {@link createOnPremCalls}). */
export type OnPremCaller = (call: OnPremCall) => Promise<HttpResponse>;

/**
 * The call layer of the On-Premises client: a bearer token from the {@link AuthSession} (logging in with
 * HTTP Basic when needed, again after a 401) and the pacer for sends. Retries happen in the HTTP layer,
 * with the On-Prem classifier, only where they cannot duplicate a message.
 */
export function createOnPremCalls(
  http: HttpClient,
  settings: Pick<ResolvedOnPremClientSettings, 'authentication' | 'tokenRefreshMarginMs' | 'pacer'>,
): OnPremCaller {
  const { authentication, pacer } = settings;

  /** `POST /v1/users/login` with HTTP Basic; retried on its own (it creates nothing). */
  async function login(basic: string): Promise<AccessToken> {
    const response = await http.request({
      operation: 'login',
      method: 'POST',
      url: '/v1/users/login',
      json: {},
      headers: { authorization: basic },
      idempotent: true,
    });
    const parsed = onPremLoginResponseSchema.safeParse(response.body);
    const user = parsed.success ? parsed.data.users[0] : undefined;
    if (user === undefined) throw unreadableAnswer('POST /v1/users/login', false);
    return { value: user.token, expiresAt: parseExpiresAfter(user.expires_after) };
  }

  const refreshMarginMs = settings.tokenRefreshMarginMs;
  const session =
    authentication.kind === 'token'
      ? new AuthSession({
          login: undefined,
          initialToken: { value: authentication.token, expiresAt: undefined },
          refreshMarginMs,
        })
      : new AuthSession({ refreshMarginMs, login: () => login(authentication.basic) });

  /** A current token and the request (retried by the HTTP layer where safe); after a 401, one fresh login and one retry. */
  async function attempt(call: OnPremCall): Promise<HttpResponse> {
    const token = await waitForToken(() => session.token(call.signal), call.signal);
    const request = (bearer: string): HttpRequest => ({
      operation: call.operation,
      method: call.method,
      url: call.url,
      json: call.json,
      body: call.body,
      headers: { ...call.headers, authorization: `Bearer ${bearer}` },
      responseType: call.responseType,
      idempotent: call.idempotent,
      signal: call.signal,
    });
    try {
      return await http.request(request(token));
    } catch (error) {
      // A 401 means the client refused the request before acting on it: safe to repeat once, even for a send.
      if (!(OnPremApiError.isInstance(error) && error.statusCode === 401 && session.canLogIn)) throw error;
      const fresh = await waitForToken(() => session.renew(token, call.signal), call.signal);
      return await http.request(request(fresh));
    }
  }

  return (call) =>
    pacer === undefined || call.recipient === undefined
      ? attempt(call)
      : pacer.run(() => attempt(call), {
          recipient: call.recipient,
          signal: call.signal,
          operation: call.operation,
        });
}

/** A token, or a `RequestAbortedError` (nothing sent) when the caller aborts while a login runs. */
async function waitForToken(get: () => Promise<string>, signal: AbortSignal | undefined): Promise<string> {
  try {
    return await get();
  } catch (error) {
    if (signal?.aborted && error === signal.reason) {
      throw new RequestAbortedError({ packageName: PACKAGE_NAME, mayHaveBeenSent: false, cause: error });
    }
    throw error;
  }
}

/** A 2xx answer this package cannot read: the client may have acted on the request. */
export function unreadableAnswer(target: string, mayHaveBeenSent: boolean): RequestError {
  return new RequestError({
    code: 'WA_NETWORK_ERROR',
    message: `${target} answered with a body this package cannot read.`,
    mayHaveBeenSent,
    packageName: PACKAGE_NAME,
  });
}
