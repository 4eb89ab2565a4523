import {
  type DownloadedMedia,
  type MediaReference,
  type MediaUpload,
  type OutgoingMessage,
  type RequestOptions,
  type SendOptions,
  toOnPremSendRequest,
  type UnknownKeysPolicy,
  ValidationError,
  validate,
} from '@wa/schema';
import { type OnPremMarkReadRequest, toOnPremDialect } from '@wa/schema/messages';
import {
  type OnPremHealthResponse,
  onPremContactsRequestSchema,
  onPremContactsResponseSchema,
  onPremHealthResponseSchema,
  onPremMediaUploadResponseSchema,
  onPremSendResponseSchema,
} from '@wa/schema/responses';
import { type HttpResponse, toClientValidationError } from '@wa/transport-utils';
import { type OnPremCaller, unreadableAnswer } from './onprem-calls.ts';
import type {
  CheckContactsOptions,
  OnPremContactCheck,
  OnPremHealth,
  OnPremNodeStatus,
  OnPremSendResult,
} from './onprem-client.ts';
import { PACKAGE_NAME } from './package-name.ts';

/** What the endpoints need from the settings. */
export interface OnPremEndpointSettings {
  clientVersion?: string | undefined;
  legacyHsm?: boolean | undefined;
  validate: boolean;
  unknownKeys: UnknownKeysPolicy;
}

/** The On-Premises endpoints, each one call of `call`. */
export interface OnPremEndpoints {
  send(message: OutgoingMessage, options?: SendOptions): Promise<OnPremSendResult>;
  markRead(messageId: string, options?: RequestOptions): Promise<void>;
  uploadMedia(media: MediaUpload, options?: RequestOptions): Promise<MediaReference>;
  downloadMedia(mediaId: string, options?: RequestOptions): Promise<DownloadedMedia>;
  deleteMedia(mediaId: string, options?: RequestOptions): Promise<void>;
  checkContacts(
    phoneNumbers: readonly string[],
    options?: CheckContactsOptions,
  ): Promise<OnPremContactCheck[]>;
  health(options?: RequestOptions): Promise<OnPremHealth>;
}

/**
 * The endpoints of the On-Premises API: `POST /v1/messages`, `PUT /v1/messages/{id}`, `/v1/media`,
 * `POST /v1/contacts` and `GET /v1/health`, with their arguments checked and their answers parsed.
 */
export function createOnPremEndpoints(call: OnPremCaller, settings: OnPremEndpointSettings): OnPremEndpoints {
  const conversion = {
    clientVersion: settings.clientVersion,
    legacyHsm: settings.legacyHsm,
    unknownKeys: settings.unknownKeys,
  };

  return {
    async send(message, options) {
      // Validation happens once, here; the HTTP layer sends the converted body as it is.
      let body: Record<string, unknown>;
      try {
        body =
          (options?.validate ?? settings.validate)
            ? toOnPremSendRequest(message, conversion)
            : toOnPremDialect(message);
      } catch (error) {
        throw toClientValidationError(error, PACKAGE_NAME);
      }
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
      if (first === undefined) throw unreadableAnswer('POST /v1/messages', true);
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
      if (first === undefined) throw unreadableAnswer('POST /v1/media', true);
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
      let body: unknown;
      try {
        body = validate(
          onPremContactsRequestSchema,
          {
            blocking: options?.blocking ?? 'wait',
            contacts: [...phoneNumbers],
            ...(options?.forceCheck === undefined ? {} : { force_check: options.forceCheck }),
          },
          'On-Premises contacts check',
        );
      } catch (error) {
        throw toClientValidationError(error, PACKAGE_NAME);
      }
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
  };
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
  if (!parsed.success) throw unreadableAnswer(target, mayHaveActed);
  return parsed.data;
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

/** Bytes `fetch` accepts as a body (a view on a `SharedArrayBuffer` is copied). */
function toBody(data: Blob | Uint8Array): Blob | Uint8Array<ArrayBuffer> {
  if (!(data instanceof Uint8Array)) return data;
  return data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
}
