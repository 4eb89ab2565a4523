import {
  MissingSettingError,
  type OnPremHealthResponse,
  type OnPremMarkReadRequest,
  type OutgoingMessage,
  onPremContactsRequestSchema,
  onPremContactsResponseSchema,
  onPremHealthResponseSchema,
  onPremLoginResponseSchema,
  onPremMediaUploadResponseSchema,
  onPremSendResponseSchema,
  RequestError,
  toOnPremSendRequest,
  ValidationError,
  type ValidationIssue,
  validate,
} from '@wa/schema';
import {
  createHttpClient,
  createPacer,
  environmentVariable,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  type Pacer,
  RequestAbortedError,
  resolveRetryPolicy,
} from '@wa/transport-utils';
import { type AccessToken, AuthSession } from './auth-session.ts';
import { classifyOnPremCallFailure } from './classify-onprem-failure.ts';
import { createTlsFetch } from './create-tls-fetch.ts';
import { OnPremApiError } from './onprem-api-error.ts';
import type { OnPremClient, OnPremNodeStatus } from './onprem-client.ts';
import { ONPREM_SINGLE_SHARD_PACING, type OnPremClientSettings } from './onprem-client-settings.ts';
import { PACKAGE_NAME } from './package-name.ts';
import { parseExpiresAfter } from './parse-expires-after.ts';
import { toOnPremApiError } from './to-onprem-api-error.ts';
import { USER_AGENT } from './user-agent.ts';

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_REFRESH_MARGIN_MS = 5 * 60 * 1000;

interface OnPremCall {
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  json?: unknown;
  body?: Blob | Uint8Array<ArrayBuffer> | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
  responseType?: 'json' | 'bytes' | undefined;
  idempotent: boolean;
  recipient?: string | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Creates a client of a self-hosted WhatsApp On-Premises API client.
 *
 * Meta sunset the On-Premises API on 2025-10-23; this client serves existing deployments, relays that kept
 * its shape, and local sandboxes.
 *
 * @throws MissingSettingError when `baseUrl` or the credentials are neither passed nor in the environment.
 * @throws ValidationError when a setting is invalid (a `baseUrl` that is not an http(s) URL, `fetch`
 *   together with `tls`, an empty `token`, a negative `tokenRefreshMarginMs`, a `timeout` that is not
 *   a positive number or `false`).
 * @example
 * ```ts
 * import { createOnPremClient } from '@wa/transport-onprem';
 *
 * const client = createOnPremClient({
 *   baseUrl: 'https://wa.example.internal:9090',
 *   username: 'api-user',
 *   password: process.env.WHATSAPP_ONPREM_PASSWORD,
 *   tls: { ca: readFileSync('wa-ca.pem', 'utf8') },
 * });
 * const { messageId } = await client.send({ to: '15551234567', type: 'text', text: { body: 'Hello' } });
 * ```
 */
export function createOnPremClient(settings: OnPremClientSettings = {}): OnPremClient {
  const baseUrl = resolveBaseUrl(settings.baseUrl ?? environmentVariable('WHATSAPP_ONPREM_URL'));
  const authentication = resolveAuthentication(settings);
  const issues: ValidationIssue[] = [];
  if (settings.fetch !== undefined && settings.tls !== undefined) {
    issues.push({
      path: '$.tls',
      message: 'cannot be combined with `fetch`; configure TLS in your own fetch, or drop `fetch`',
    });
  }
  const refreshMarginMs = settings.tokenRefreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
  if (!(refreshMarginMs >= 0)) {
    issues.push({ path: '$.tokenRefreshMarginMs', message: `must be a number >= 0, got ${refreshMarginMs}` });
  }
  const timeout = settings.timeout ?? DEFAULT_TIMEOUT_MS;
  if (timeout !== false && !(timeout > 0)) {
    issues.push({
      path: '$.timeout',
      message: `must be a number of milliseconds > 0 or false, got ${timeout}`,
    });
  }
  if (issues.length > 0) {
    throw new ValidationError({ subject: 'On-Premises client settings', issues, packageName: PACKAGE_NAME });
  }

  const tls = settings.tls === undefined ? undefined : createTlsFetch(settings.tls);
  const http: HttpClient = createHttpClient({
    packageName: PACKAGE_NAME,
    baseUrl,
    headers: { ...settings.headers, 'user-agent': USER_AGENT },
    fetch: tls?.fetch ?? settings.fetch,
    timeoutMs: timeout,
    toApiError: toOnPremApiError,
    hooks: settings.hooks,
    retry: resolveRetryPolicy(settings.retry),
    classify: classifyOnPremCallFailure,
  });
  const pacer: Pacer | undefined =
    settings.pacing === false
      ? undefined
      : createPacer(
          { ...ONPREM_SINGLE_SHARD_PACING, ...definedEntries(settings.pacing ?? {}) },
          PACKAGE_NAME,
          settings.hooks,
        );

  const session =
    authentication.kind === 'token'
      ? new AuthSession({
          login: undefined,
          initialToken: { value: authentication.token, expiresAt: undefined },
          refreshMarginMs,
        })
      : new AuthSession({
          refreshMarginMs,
          login: () => login(authentication.basic),
        });

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
    const body = parseAnswer(onPremLoginResponseSchema, response, 'POST /v1/users/login', false);
    const user = body.users[0];
    if (user === undefined) throw unreadable('POST /v1/users/login', false);
    return { value: user.token, expiresAt: parseExpiresAfter(user.expires_after) };
  }

  /**
   * A current token and the request (retried by the HTTP layer where safe); after a 401, one fresh login
   * and the request once more.
   */
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

  function call(request: OnPremCall): Promise<HttpResponse> {
    return pacer === undefined || request.recipient === undefined
      ? attempt(request)
      : pacer.run(() => attempt(request), {
          recipient: request.recipient,
          signal: request.signal,
          operation: request.operation,
        });
  }

  return {
    api: 'onprem',

    async send(message, options) {
      // Validation happens once, here; the HTTP layer sends the converted body as it is.
      const body =
        (options?.validate ?? settings.validate ?? true)
          ? toOnPremSendRequest(message, {
              clientVersion: settings.clientVersion,
              legacyHsm: settings.legacyHsm,
            })
          : toOnPremDialect(message);
      const response = await call({
        operation: 'send',
        method: 'POST',
        url: '/v1/messages',
        json: body,
        idempotent: false,
        recipient: message.to,
        signal: options?.signal,
      });
      const parsed = parseAnswer(onPremSendResponseSchema, response, 'POST /v1/messages', true);
      const first = parsed.messages[0];
      if (first === undefined) throw unreadable('POST /v1/messages', true);
      return {
        api: 'onprem',
        messageId: first.id,
        contacts: [],
        messageStatus: first.message_status,
        meta: parsed.meta,
        response: parsed,
      };
    },

    async markRead(messageId, options) {
      const id = requireId(messageId, 'messageId');
      await call({
        operation: 'markRead',
        method: 'PUT',
        url: `/v1/messages/${encodeURIComponent(id)}`,
        json: { status: 'read' } satisfies OnPremMarkReadRequest,
        idempotent: true,
        signal: options?.signal,
      });
    },

    async uploadMedia(media, options) {
      const mimeType = requireMimeType(media.mimeType);
      const response = await call({
        operation: 'uploadMedia',
        method: 'POST',
        url: '/v1/media',
        body: toBody(media.data),
        headers: { 'content-type': mimeType },
        idempotent: false,
        signal: options?.signal,
      });
      const parsed = parseAnswer(onPremMediaUploadResponseSchema, response, 'POST /v1/media', true);
      const first = parsed.media[0];
      if (first === undefined) throw unreadable('POST /v1/media', true);
      return { id: first.id };
    },

    async downloadMedia(mediaId, options) {
      const id = requireId(mediaId, 'mediaId');
      const response = await call({
        operation: 'downloadMedia',
        method: 'GET',
        url: `/v1/media/${encodeURIComponent(id)}`,
        responseType: 'bytes',
        idempotent: true,
        signal: options?.signal,
      });
      return {
        data: response.body as Uint8Array,
        mimeType: response.headers.get('content-type') ?? 'application/octet-stream',
      };
    },

    async deleteMedia(mediaId, options) {
      const id = requireId(mediaId, 'mediaId');
      await call({
        operation: 'deleteMedia',
        method: 'DELETE',
        url: `/v1/media/${encodeURIComponent(id)}`,
        idempotent: true,
        signal: options?.signal,
      });
    },

    async checkContacts(phoneNumbers, options) {
      const body = validate(
        onPremContactsRequestSchema,
        {
          blocking: options?.blocking ?? 'wait',
          contacts: [...phoneNumbers],
          ...(options?.forceCheck === undefined ? {} : { force_check: options.forceCheck }),
        },
        'On-Premises contacts check',
      );
      const response = await call({
        operation: 'checkContacts',
        method: 'POST',
        url: '/v1/contacts',
        json: body,
        idempotent: true,
        signal: options?.signal,
      });
      const parsed = parseAnswer(onPremContactsResponseSchema, response, 'POST /v1/contacts', false);
      return parsed.contacts.map((contact) => ({
        input: contact.input,
        status: contact.status,
        waId: contact.wa_id,
      }));
    },

    async health(options) {
      const response = await call({
        operation: 'health',
        method: 'GET',
        url: '/v1/health',
        idempotent: true,
        signal: options?.signal,
      });
      const parsed = parseAnswer(onPremHealthResponseSchema, response, 'GET /v1/health', false);
      const nodes = toNodeStatuses(parsed.health);
      return {
        healthy: nodes.length > 0 && nodes.every((n) => n.gatewayStatus === 'connected'),
        nodes,
        response: parsed,
      };
    },

    async close() {
      await tls?.close();
    },
  };
}

type Authentication = { kind: 'token'; token: string } | { kind: 'password'; basic: string };

/** The token, or the Basic credentials built from the username and password (kept in a closure only). */
function resolveAuthentication(settings: OnPremClientSettings): Authentication {
  if (settings.token !== undefined) {
    if (
      typeof settings.token !== 'string' ||
      settings.token.trim() === '' ||
      settings.username !== undefined
    ) {
      throw new ValidationError({
        subject: 'On-Premises client settings',
        issues: [
          { path: '$.token', message: 'must be a non-empty string, and cannot be combined with a username' },
        ],
        packageName: PACKAGE_NAME,
      });
    }
    return { kind: 'token', token: settings.token };
  }
  const username = settings.username ?? environmentVariable('WHATSAPP_ONPREM_USERNAME');
  const password = settings.password ?? environmentVariable('WHATSAPP_ONPREM_PASSWORD');
  if (username === undefined || username === '') {
    throw new MissingSettingError({
      setting: 'username',
      environmentVariable: 'WHATSAPP_ONPREM_USERNAME',
      packageName: PACKAGE_NAME,
    });
  }
  if (password === undefined || password === '') {
    throw new MissingSettingError({
      setting: 'password',
      environmentVariable: 'WHATSAPP_ONPREM_PASSWORD',
      packageName: PACKAGE_NAME,
    });
  }
  return { kind: 'password', basic: `Basic ${base64(`${username}:${password}`)}` };
}

function resolveBaseUrl(value: string | undefined): string {
  if (value === undefined || value === '') {
    throw new MissingSettingError({
      setting: 'baseUrl',
      environmentVariable: 'WHATSAPP_ONPREM_URL',
      packageName: PACKAGE_NAME,
    });
  }
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.username ||
    url.password
  ) {
    throw new ValidationError({
      subject: 'On-Premises client settings',
      issues: [
        {
          path: '$.baseUrl',
          message: 'must be an http(s) URL without credentials, e.g. https://wa.example:9090',
        },
      ],
      packageName: PACKAGE_NAME,
    });
  }
  return url.href.replace(/\/+$/, '');
}

function requireId(value: string, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError({
      subject: `${name} argument`,
      issues: [{ path: `$.${name}`, message: 'must be a non-empty string' }],
      packageName: PACKAGE_NAME,
    });
  }
  return value;
}

function requireMimeType(value: string): string {
  if (typeof value !== 'string' || !/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(\s*;.*)?$/i.test(value)) {
    throw new ValidationError({
      subject: 'media upload',
      issues: [
        {
          path: '$.mimeType',
          message: `must be a MIME type such as image/jpeg, got ${JSON.stringify(value)}`,
        },
      ],
      packageName: PACKAGE_NAME,
    });
  }
  return value;
}

function parseAnswer<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  response: HttpResponse,
  target: string,
  mayHaveActed: boolean,
): T {
  const parsed = schema.safeParse(response.body);
  if (!parsed.success) throw unreadable(target, mayHaveActed);
  return parsed.data;
}

/** A 2xx answer we cannot read: the client may have acted on the request, so this is not a clean failure. */
function unreadable(target: string, mayHaveBeenSent: boolean): RequestError {
  return new RequestError({
    code: 'WA_NETWORK_ERROR',
    message: `${target} answered with a body this package cannot read.`,
    mayHaveBeenSent,
    packageName: PACKAGE_NAME,
  });
}

function toNodeStatuses(health: OnPremHealthResponse['health']): OnPremNodeStatus[] {
  if (typeof (health as { gateway_status?: unknown }).gateway_status === 'string') {
    const single = health as { gateway_status: string; role?: string | undefined };
    return [{ node: undefined, gatewayStatus: single.gateway_status, role: single.role }];
  }
  return Object.entries(health as Record<string, { gateway_status: string; role?: string | undefined }>).map(
    ([node, status]) => ({ node, gatewayStatus: status.gateway_status, role: status.role }),
  );
}

function definedEntries<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Bytes `fetch` accepts as a body (a view on a `SharedArrayBuffer` is copied). */
function toBody(data: Blob | Uint8Array): Blob | Uint8Array<ArrayBuffer> {
  if (!(data instanceof Uint8Array)) return data;
  return data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
}

/**
 * The On-Prem dialect of a message that is not validated (`validate: false`): only `text.preview_url`
 * moves to the top level (R-REQ-20); everything else is sent as given.
 */
function toOnPremDialect(message: OutgoingMessage): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(message as Record<string, unknown>) };
  const text = copy.text;
  if (typeof text === 'object' && text !== null && 'preview_url' in text) {
    const { preview_url: previewUrl, ...rest } = text as Record<string, unknown>;
    copy.text = rest;
    copy.preview_url = previewUrl;
  }
  return copy;
}
