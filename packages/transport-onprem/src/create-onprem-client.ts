import { createClientMethods, createHttpClient, type HttpClient } from '@wa/transport-utils';
import { classifyOnPremCallFailure } from './classify-onprem-failure.ts';
import { createTlsFetch } from './create-tls-fetch.ts';
import { createOnPremCalls } from './onprem-calls.ts';
import type { OnPremClient } from './onprem-client.ts';
import { type OnPremClientSettings, resolveOnPremClientSettings } from './onprem-client-settings.ts';
import { createOnPremEndpoints } from './onprem-endpoints.ts';
import { PACKAGE_NAME } from './package-name.ts';
import { toOnPremApiError } from './to-onprem-api-error.ts';

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
 * const { messageId } = await client.sendText('15551234567', 'Hello');
 * ```
 */
export function createOnPremClient(settings: OnPremClientSettings = {}): OnPremClient {
  const resolved = resolveOnPremClientSettings(settings);
  const tls = settings.tls === undefined ? undefined : createTlsFetch(settings.tls);
  const http: HttpClient = createHttpClient({
    packageName: PACKAGE_NAME,
    baseUrl: resolved.baseUrl,
    headers: resolved.headers,
    fetch: tls?.fetch ?? settings.fetch,
    timeoutMs: resolved.timeout,
    toApiError: toOnPremApiError,
    hooks: settings.hooks,
    retry: resolved.retryPolicy,
    classify: classifyOnPremCallFailure,
  });
  const call = createOnPremCalls(http, resolved);
  const endpoints = createOnPremEndpoints(call, {
    clientVersion: settings.clientVersion,
    legacyHsm: settings.legacyHsm,
    validate: resolved.validate,
    unknownKeys: resolved.unknownKeys,
  });
  const methods = createClientMethods({
    api: 'onprem',
    packageName: PACKAGE_NAME,
    missing: {
      replyContext: { rule: 'R-REQ-18', reason: 'reply context (`context.message_id`) is a Cloud API field' },
      reaction: { reason: 'reaction messages exist on the Cloud API only' },
      typingIndicator: { reason: 'the typing indicator is a Cloud API feature; use markRead' },
      mediaUrl: {
        reason:
          'media is downloaded directly from GET /v1/media/{id} (use downloadMedia); there is no media URL',
      },
    },
    ...endpoints,
    checks: { templateCatalog: resolved.templateCatalog, serviceWindow: resolved.serviceWindow },
    close: async () => {
      await tls?.close();
    },
  });
  return { ...methods, api: 'onprem' };
}
