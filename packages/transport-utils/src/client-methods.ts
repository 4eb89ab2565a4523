import type {
  CheckContactsOptions,
  ClientFeature,
  ContactCheck,
  DownloadedMedia,
  HealthStatus,
  MediaInfo,
  MediaReference,
  MediaUpload,
  MessageText,
  OutgoingMessage,
  RequestOptions,
  SendMessageOptions,
  SendOptions,
  SendResult,
  TemplateInput,
  WhatsAppApi,
  WhatsAppClient,
  WithMessageText,
} from '@wa/schema';
import { createSendCheck, type SendChecks } from './send-checks.ts';
import { UnsupportedOperationError } from './unsupported-operation-error.ts';

/** Why an API lacks a feature: the rule that makes it specific to the other API, and a few words. */
export interface MissingFeature {
  /** The rule ID, e.g. `R-REQ-18`, when one exists. */
  rule?: string | undefined;
  /** Why, e.g. `reply context is a Cloud API field`. */
  reason: string;
}

/**
 * What a transport implements for {@link createClientMethods}: the calls that differ between the APIs. An
 * optional call left out makes its method reject with an `UnsupportedOperationError` (its reason comes
 * from `missing`).
 */
export interface ClientCore<R extends SendResult, H extends HealthStatus> {
  /** The API the client talks to. */
  api: WhatsAppApi;
  /** The package of the client, for error messages. */
  packageName: string;
  /** The features this API lacks, and why. */
  missing: Readonly<Partial<Record<ClientFeature, MissingFeature>>>;
  /** Validates, converts and sends one message. */
  send(message: OutgoingMessage, options?: SendOptions): Promise<R>;
  markRead(messageId: string, options?: RequestOptions): Promise<void>;
  uploadMedia(media: MediaUpload, options?: RequestOptions): Promise<MediaReference>;
  downloadMedia(mediaId: string, options?: RequestOptions): Promise<DownloadedMedia>;
  deleteMedia(mediaId: string, options?: RequestOptions): Promise<void>;
  sendTypingIndicator?: ((messageId: string, options?: RequestOptions) => Promise<void>) | undefined;
  getMediaUrl?: ((mediaId: string, options?: RequestOptions) => Promise<MediaInfo>) | undefined;
  checkContacts?:
    | ((phoneNumbers: readonly string[], options?: CheckContactsOptions) => Promise<ContactCheck[]>)
    | undefined;
  health?: ((options?: RequestOptions) => Promise<H>) | undefined;
  close?: (() => Promise<void>) | undefined;
  /**
   * The opt-in checks made on every message (from `send` and every `send*` helper) before `core.send`, so
   * a refused message makes no request: the template catalog and the service window of the settings.
   */
  checks?: SendChecks | undefined;
}

/** The brand `@wa/format` puts on every `FormattedText` (a `Symbol.for` key, shared across installs). */
const formattedTextBrand = Symbol.for('@wa/format.FormattedText');

function isFormattedText(value: unknown): value is { text: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[formattedTextBrand] === true &&
    typeof (value as { text?: unknown }).text === 'string'
  );
}

/** The text of a string or of a `FormattedText` of `@wa/format` (anything else is left to validation). */
export function toMessageText(text: MessageText): string {
  return isFormattedText(text) ? text.text : text;
}

/**
 * A payload with every `FormattedText` (at any depth) replaced by its text, as the API expects it. Values
 * without one are returned as they are (no copy).
 */
export function toWireText<T>(value: WithMessageText<T>): T {
  if (isFormattedText(value)) return value.text as T;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const wire = toWireText(item);
      if (wire !== item) changed = true;
      return wire;
    });
    return (changed ? items : value) as T;
  }
  if (typeof value !== 'object' || value === null) return value as T;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const wire = toWireText(item as WithMessageText<unknown>);
    if (wire !== item) {
      copy ??= { ...(value as Record<string, unknown>) };
      copy[key] = wire;
    }
  }
  return (copy ?? value) as T;
}

/**
 * Builds every method of {@link WhatsAppClient} from the calls of one API, so both clients have the same
 * methods with the same behaviour: the `send*` helpers build the same messages as the `@wa/schema`
 * builders and go through `core.send`; a feature the API lacks rejects with an `UnsupportedOperationError`
 * naming the rule, before any request.
 *
 * @example
 * const client = { api: 'cloud', ...createClientMethods({ api: 'cloud', packageName, missing: {}, send, … }) };
 */
export function createClientMethods<R extends SendResult, H extends HealthStatus>(
  core: ClientCore<R, H>,
): WhatsAppClient<R, H> {
  const { api, packageName, missing } = core;
  const check = createSendCheck(core.checks ?? {}, packageName);
  /** `core.send`, after the opt-in checks (template catalog, service window) when they are on. */
  const send =
    check === undefined
      ? (message: OutgoingMessage, options?: SendOptions) => core.send(message, options)
      : async (message: OutgoingMessage, options?: SendOptions) => {
          await check(toWireText<OutgoingMessage>(message));
          return core.send(message, options);
        };

  const unsupported = (operation: string, feature: ClientFeature): UnsupportedOperationError => {
    const why = missing[feature] ?? { reason: 'the API has no such call' };
    return new UnsupportedOperationError({ packageName, api, operation, feature, ...why });
  };
  /** Runs `call`, or rejects (never throws synchronously) when the API lacks `feature` or the call. */
  function guarded<T>(
    operation: string,
    feature: ClientFeature,
    call: (() => Promise<T>) | undefined,
  ): Promise<T> {
    if (missing[feature] !== undefined || call === undefined) {
      return Promise.reject(unsupported(operation, feature));
    }
    try {
      return call();
    } catch (error) {
      return Promise.reject(error);
    }
  }

  function envelope(operation: string, to: string, options: SendMessageOptions | undefined) {
    if (options?.replyTo !== undefined && missing.replyContext !== undefined) {
      throw unsupported(`${operation} with replyTo`, 'replyContext');
    }
    const fields: Record<string, unknown> = { to };
    if (options?.replyTo !== undefined) fields.context = { message_id: options.replyTo };
    if (options?.bizOpaqueCallbackData !== undefined) {
      fields.biz_opaque_callback_data = options.bizOpaqueCallbackData;
    }
    return fields;
  }

  function sendPayload(
    operation: string,
    to: string,
    type: string,
    payload: unknown,
    options?: SendMessageOptions,
  ): Promise<R> {
    try {
      const message = { ...envelope(operation, to, options), type, [type]: payload } as OutgoingMessage;
      return send(message, options);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  return {
    api,
    send: (message, options) => send(message, options),
    sendText: (to, body, options) => {
      const text = toMessageText(body);
      return sendPayload(
        'sendText',
        to,
        'text',
        options?.previewUrl === undefined ? { body: text } : { body: text, preview_url: options.previewUrl },
        options,
      );
    },
    sendImage: (to, image, options) => sendPayload('sendImage', to, 'image', toWireText(image), options),
    sendVideo: (to, video, options) => sendPayload('sendVideo', to, 'video', toWireText(video), options),
    sendAudio: (to, audio, options) => sendPayload('sendAudio', to, 'audio', audio, options),
    sendDocument: (to, document, options) =>
      sendPayload('sendDocument', to, 'document', toWireText(document), options),
    sendSticker: (to, sticker, options) => sendPayload('sendSticker', to, 'sticker', sticker, options),
    sendLocation: (to, location, options) => sendPayload('sendLocation', to, 'location', location, options),
    sendContacts: (to, contacts, options) => sendPayload('sendContacts', to, 'contacts', contacts, options),
    sendReaction: (to, messageId, emoji, options) =>
      guarded('sendReaction', 'reaction', () =>
        sendPayload('sendReaction', to, 'reaction', { message_id: messageId, emoji }, options),
      ),
    sendTemplate: (to, template, options) => {
      const wire = toWireText<TemplateInput>(template);
      const { language } = wire;
      const normalized = {
        ...wire,
        language: typeof language === 'string' ? { code: language } : language,
      };
      return sendPayload('sendTemplate', to, 'template', normalized, options);
    },
    sendInteractive: (to, interactive, options) =>
      sendPayload('sendInteractive', to, 'interactive', toWireText(interactive), options),
    reply: (messageId, message, options) =>
      guarded('reply', 'replyContext', () =>
        send(
          { ...toWireText<OutgoingMessage>(message), context: { message_id: messageId } } as OutgoingMessage,
          options,
        ),
      ),
    markRead: (messageId, options) => core.markRead(messageId, options),
    sendTypingIndicator: (messageId, options) =>
      guarded(
        'sendTypingIndicator',
        'typingIndicator',
        core.sendTypingIndicator && (() => core.sendTypingIndicator?.(messageId, options) as Promise<void>),
      ),
    uploadMedia: (media, options) => core.uploadMedia(media, options),
    getMediaUrl: (mediaId, options) =>
      guarded(
        'getMediaUrl',
        'mediaUrl',
        core.getMediaUrl && (() => core.getMediaUrl?.(mediaId, options) as Promise<MediaInfo>),
      ),
    downloadMedia: (mediaId, options) => core.downloadMedia(mediaId, options),
    deleteMedia: (mediaId, options) => core.deleteMedia(mediaId, options),
    checkContacts: (phoneNumbers, options) =>
      guarded(
        'checkContacts',
        'contactsCheck',
        core.checkContacts && (() => core.checkContacts?.(phoneNumbers, options) as Promise<ContactCheck[]>),
      ),
    health: (options) =>
      guarded('health', 'health', core.health && (() => core.health?.(options) as Promise<H>)),
    supports: (feature) => missing[feature] === undefined,
    close: () => core.close?.() ?? Promise.resolve(),
  };
}
