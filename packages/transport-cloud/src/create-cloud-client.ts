import {
  type DownloadedMedia,
  type MediaUpload,
  type OutgoingMessage,
  type RequestOptions,
  type SendOptions,
  type SendResult,
  toCloudSendRequest,
} from '@wa/schema';
import { cloudMarkReadRequest } from '@wa/schema/messages';
import {
  cloudMediaUploadResponseSchema,
  cloudMediaUrlResponseSchema,
  cloudSendResponseSchema,
} from '@wa/schema/responses';
import {
  createClientMethods,
  createHttpClient,
  type HttpRequest,
  toClientValidationError,
} from '@wa/transport-utils';
import { checkMediaDownloadUrl } from './check-media-download-url.ts';
import { checkMediaUpload } from './check-media-upload.ts';
import type { CloudClient, CloudMediaInfo } from './cloud-client.ts';
import { type CloudClientSettings, resolveCloudClientSettings } from './cloud-client-settings.ts';
import { createCloudTemplateManagement } from './create-cloud-template-management.ts';
import { PACKAGE_NAME } from './package-name.ts';
import { parseAnswer, unexpectedAnswer } from './parse-answer.ts';
import { toGraphApiError } from './to-graph-api-error.ts';

/** What one API call needs besides the HTTP request. */
interface CallOptions {
  /** True when repeating the call has no further effect; ambiguous failures are then retried. */
  idempotent: boolean;
  /** Take a pacer slot (sends and read receipts); `recipient` adds per-recipient spacing. */
  paced: boolean;
  recipient?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Reads the send response; a message ID is never dropped, even from a body that does not fully match. */
function toSendResult(body: unknown): SendResult {
  const parsed = cloudSendResponseSchema.safeParse(body);
  if (parsed.success) {
    const [first] = parsed.data.messages;
    return {
      api: 'cloud',
      messageId: (first as { id: string }).id,
      contacts: parsed.data.contacts.map((contact) => ({ input: contact.input, waId: contact.wa_id })),
      messageStatus: first?.message_status,
    };
  }
  const id = (body as { messages?: Array<{ id?: unknown }> } | undefined)?.messages?.[0]?.id;
  if (typeof id === 'string' && id !== '') return { api: 'cloud', messageId: id, contacts: [] };
  // The API accepted the request (2xx) but named no message: it may have been sent; never resend blindly.
  throw unexpectedAnswer('send', parsed.error, true);
}

function toBlob(media: MediaUpload): Blob {
  if (media.data instanceof Blob) return media.data;
  return new Blob([media.data as Uint8Array<ArrayBuffer>], { type: media.mimeType });
}

/**
 * Creates a client of the WhatsApp Cloud API for one business phone number.
 *
 * @throws MissingSettingError when the access token or the phone number ID is neither passed nor set in
 *   `WHATSAPP_ACCESS_TOKEN` / `WHATSAPP_PHONE_NUMBER_ID`.
 * @throws ValidationError when a setting is invalid (a `timeout` that is not a number > 0 or `false`, a
 *   `baseUrl` that is not an http(s) URL, pacing or retry limits out of range, …), with the same checks as
 *   the On-Premises client.
 * @example
 * ```ts
 * const client = createCloudClient({ accessToken: 'EAAG…', phoneNumberId: '1234567890' });
 * const { messageId } = await client.sendText('15551234567', 'Hello!');
 * ```
 */
export function createCloudClient(settings: CloudClientSettings = {}): CloudClient {
  const resolved = resolveCloudClientSettings(settings);
  const { phoneNumberId, retryPolicy: policy, pacer, unknownKeys } = resolved;
  const hooks = settings.hooks;
  const http = createHttpClient({
    packageName: PACKAGE_NAME,
    baseUrl: `${resolved.baseUrl}/${resolved.apiVersion}`,
    headers: { ...resolved.headers, authorization: `Bearer ${resolved.accessToken}` },
    fetch: settings.fetch,
    timeoutMs: resolved.timeout,
    toApiError: toGraphApiError,
    hooks,
    retry: policy,
  });
  const messagesPath = `/${encodeURIComponent(phoneNumberId)}/messages`;
  const mediaQuery = `?phone_number_id=${encodeURIComponent(phoneNumberId)}`;

  /** One call: paced (sends and read receipts), then retried by the HTTP layer where that is safe. */
  function call(operation: string, request: Omit<HttpRequest, 'operation'>, options: CallOptions) {
    const { idempotent, signal } = options;
    const attempt = () => http.request({ ...request, operation, idempotent, signal });
    return pacer !== undefined && options.paced
      ? pacer.run(attempt, { recipient: options.recipient, signal, operation })
      : attempt();
  }

  async function send(message: OutgoingMessage, options: SendOptions = {}): Promise<SendResult> {
    const validate = options.validate ?? resolved.validate;
    // Validation happens once, here; the HTTP layer sends the converted body as it is.
    let body: Record<string, unknown>;
    try {
      body = validate
        ? toCloudSendRequest(message, { unknownKeys })
        : { messaging_product: 'whatsapp' as const, ...(message as Record<string, unknown>) };
    } catch (error) {
      throw toClientValidationError(error, PACKAGE_NAME);
    }
    const recipient =
      (body as { to?: string; recipient?: string }).to ?? (body as { recipient?: string }).recipient;
    const response = await call(
      'send',
      { method: 'POST', url: messagesPath, json: body },
      { idempotent: false, paced: true, recipient, signal: options.signal },
    );
    return toSendResult(response.body);
  }

  async function markReadRequest(
    operation: string,
    messageId: string,
    typingIndicator: boolean,
    options?: RequestOptions,
  ) {
    await call(
      operation,
      { method: 'POST', url: messagesPath, json: cloudMarkReadRequest(messageId, { typingIndicator }) },
      { idempotent: true, paced: true, signal: options?.signal },
    );
  }

  async function getMediaUrl(mediaId: string, options?: RequestOptions): Promise<CloudMediaInfo> {
    const response = await call(
      'getMediaUrl',
      { method: 'GET', url: `/${encodeURIComponent(mediaId)}${mediaQuery}` },
      { idempotent: true, paced: false, signal: options?.signal },
    );
    const { id, url, mime_type, sha256, file_size } = parseAnswer(
      cloudMediaUrlResponseSchema,
      response.body,
      'getMediaUrl',
      false,
    );
    return { id, url, mimeType: mime_type, sha256, fileSize: Number(file_size) };
  }

  const methods = createClientMethods({
    api: 'cloud',
    packageName: PACKAGE_NAME,
    missing: {
      contactsCheck: {
        rule: 'R-REQ-2',
        reason: 'the contacts check is an On-Premises endpoint; the Cloud API resolves numbers when sending',
      },
      health: { rule: 'R-DLV-8', reason: 'the health node is an On-Premises endpoint' },
    },
    checks: {
      templateCatalog: resolved.templateCatalog,
      serviceWindow: resolved.serviceWindow,
      businessPhoneNumberId: phoneNumberId,
    },
    send,
    markRead: (messageId, options) => markReadRequest('markRead', messageId, false, options),
    sendTypingIndicator: (messageId, options) =>
      markReadRequest('sendTypingIndicator', messageId, true, options),

    async uploadMedia(media, options) {
      const checked = await checkMediaUpload(media);
      const form = new FormData();
      form.set('messaging_product', 'whatsapp');
      form.set('type', checked.mimeType);
      form.set('file', toBlob(media), media.filename ?? 'file');
      const response = await call(
        'uploadMedia',
        { method: 'POST', url: `/${encodeURIComponent(phoneNumberId)}/media`, formData: form },
        { idempotent: false, paced: false, signal: options?.signal },
      );
      const { id } = parseAnswer(cloudMediaUploadResponseSchema, response.body, 'uploadMedia', true);
      return { id };
    },

    getMediaUrl,

    async downloadMedia(mediaId, options): Promise<DownloadedMedia> {
      const info = await getMediaUrl(mediaId, options);
      // The token goes only to Meta's media hosts over https, or to the configured origin (a sandbox).
      const url = checkMediaDownloadUrl(info.url, resolved.baseUrl);
      const response = await call(
        'downloadMedia',
        { method: 'GET', url: url.href, responseType: 'bytes' },
        { idempotent: true, paced: false, signal: options?.signal },
      );
      const mimeType = response.headers.get('content-type')?.split(';')[0]?.trim() || info.mimeType;
      return { data: response.body as Uint8Array, mimeType };
    },

    async deleteMedia(mediaId, options) {
      await call(
        'deleteMedia',
        { method: 'DELETE', url: `/${encodeURIComponent(mediaId)}${mediaQuery}` },
        { idempotent: true, paced: false, signal: options?.signal },
      );
    },
  });
  const templates = createCloudTemplateManagement(
    (operation, request, options) => call(operation, request, { ...options, paced: false }),
    resolved.businessAccountId,
  );
  return {
    ...methods,
    ...templates,
    api: 'cloud',
    phoneNumberId,
    businessAccountId: resolved.businessAccountId,
  };
}
