import type { FormattedText } from '@wa/format';
import type { WhatsAppApi } from './errors/api-error.ts';
import type { MessageOptions } from './messages/builders/message-options.ts';
import type { TextMessageOptions } from './messages/builders/text-message.ts';
import type { OutgoingMessage } from './messages/outgoing-message.ts';
import type { TemplateLanguage } from './messages/template/template-language.ts';
import type { TemplateObject } from './messages/template/template-object.ts';
import type { OnPremContactStatus } from './responses/onprem-contacts-response.ts';

/**
 * The contract both transports implement (`@wa/transport-cloud` and `@wa/transport-onprem`), so that an
 * app moves between the Cloud API and the On-Premises API by switching one import.
 *
 * Every method rejects with a `WaError` subclass only: `ValidationError` (nothing was sent),
 * `ApiError` (the API answered with an error), `RequestError` (no answer; see `mayHaveBeenSent`).
 */
export interface Transport {
  /** Which API this transport talks to. */
  readonly api: WhatsAppApi;
  /** Validates, converts to the API's dialect and sends one message. */
  send(message: OutgoingMessage, options?: SendOptions): Promise<SendResult>;
  /** Marks a received message as read (its sender sees blue ticks). */
  markRead(messageId: string, options?: RequestOptions): Promise<void>;
  /** Uploads a media file and returns its media ID, for use in media messages. */
  uploadMedia(media: MediaUpload, options?: RequestOptions): Promise<MediaReference>;
  /** Downloads a media file by its media ID (received in a webhook or returned by `uploadMedia`). */
  downloadMedia(mediaId: string, options?: RequestOptions): Promise<DownloadedMedia>;
  /** Deletes an uploaded media file. */
  deleteMedia(mediaId: string, options?: RequestOptions): Promise<void>;
}

/** Options every transport call accepts. */
export interface RequestOptions {
  /** Aborts the call; a request not yet written is not sent, one in flight is cancelled. */
  signal?: AbortSignal | undefined;
}

/** Options of {@link Transport.send}. */
export interface SendOptions extends RequestOptions {
  /** Validate the message before sending (default `true`). Turn off only for messages already validated. */
  validate?: boolean | undefined;
}

/** One recipient of a sent message, as the API resolved it. */
export interface SendResultContact {
  /** The `to` value that was sent. */
  input: string;
  /** The recipient's WhatsApp ID. */
  waId: string;
}

/** What the API returned for an accepted message. */
export interface SendResult {
  /** Which API accepted the message. */
  api: WhatsAppApi;
  /** The ID of the accepted message (`wamid.…` on the Cloud API); statuses refer to it. */
  messageId: string;
  /** The recipients as the API resolved them (may be empty when the API does not report them). */
  contacts: SendResultContact[];
  /**
   * Cloud API: `accepted`, or `held_for_quality_assessment` when a marketing message is held before
   * delivery; absent when the API does not report it.
   */
  messageStatus?: string | undefined;
}

/** A media file to upload. */
export interface MediaUpload {
  /** The file's bytes. */
  data: Blob | Uint8Array;
  /** Its exact MIME type, e.g. `image/jpeg`; checked against the types the API accepts. */
  mimeType: string;
  /** Its file name, shown for documents. */
  filename?: string | undefined;
}

/** An uploaded media file. */
export interface MediaReference {
  /** The media ID to use in a media message (`{ image: { id } }`). */
  id: string;
}

/** A downloaded media file. */
export interface DownloadedMedia {
  /** The file's bytes. */
  data: Uint8Array;
  /** Its MIME type as the API reported it. */
  mimeType: string;
}

/**
 * Message text: a plain string, or the result of the `wa` tag of `@wa/format` (or of `raw`, `bold`…
 * applied to one), sent as its `.text`.
 */
export type MessageText = string | FormattedText;

/** The fields that hold message text: a `FormattedText` is accepted there in the client methods. */
type TextField = 'body' | 'caption' | 'text';

/**
 * `T` with every text field (`body`, `caption`, `text`, at any depth) also accepting a `FormattedText`
 * (the result of the `wa` tag of `@wa/format`): the payload types of the client methods, so that a `wa`
 * result can be passed wherever text is expected. The client sends its `.text`.
 */
export type WithMessageText<T> = T extends string
  ? T
  : T extends readonly (infer U)[]
    ? WithMessageText<U>[]
    : T extends object
      ? {
          [K in keyof T]: K extends TextField
            ? NonNullable<T[K]> extends string
              ? MessageText | Exclude<T[K], string>
              : WithMessageText<T[K]>
            : WithMessageText<T[K]>;
        }
      : T;

/**
 * Options of the convenience send methods: the `send` options plus the envelope fields of the message
 * builders (`replyTo` and `bizOpaqueCallbackData` are Cloud API only, R-REQ-17 and R-REQ-18).
 */
export interface SendMessageOptions extends SendOptions, MessageOptions {}

/** Options of {@link WhatsAppClient.sendText}: those of `textMessage` plus the `send` options. */
export interface SendTextOptions extends SendOptions, TextMessageOptions {}

/** A message payload of a given type, e.g. `MessagePayload<'image'>` is the `image` object. */
export type MessagePayload<
  K extends
    | 'text'
    | 'image'
    | 'video'
    | 'audio'
    | 'document'
    | 'sticker'
    | 'location'
    | 'contacts'
    | 'interactive'
    | 'template',
> = Extract<OutgoingMessage, Record<K, unknown>>[K];

/**
 * The template of {@link WhatsAppClient.sendTemplate}: the `template` object, except that `language` is
 * written as in `templateMessage`: a code (`"en_US"`) or a full language object.
 */
export type TemplateInput = Omit<TemplateObject, 'language'> & {
  /** The language code (`"en_US"`) or a full language object (R-TPL-2). */
  language: string | TemplateLanguage;
};

/** Where a media file can be downloaded, as `getMediaUrl` returns it. */
export interface MediaInfo {
  /** The media ID. */
  id: string;
  /** The short-lived download URL; downloading it needs the access token (`downloadMedia` does that). */
  url: string;
  /** The file's MIME type. */
  mimeType: string;
  /** The SHA-256 hash of the file, as the API reports it. */
  sha256: string;
  /** The file size in bytes. */
  fileSize: number;
}

/** One number checked by {@link WhatsAppClient.checkContacts}. */
export interface ContactCheck {
  /** The number as it was sent. */
  input: string;
  /** `valid`, `invalid` or `processing` (not checked yet; only with `blocking: 'no_wait'`). */
  status: OnPremContactStatus;
  /** The WhatsApp ID to send to, when `status` is `valid`. */
  waId: string | undefined;
}

/** Options of {@link WhatsAppClient.checkContacts}. */
export interface CheckContactsOptions extends RequestOptions {
  /** `wait` (default) answers once every number is checked; `no_wait` answers at once. */
  blocking?: 'wait' | 'no_wait' | undefined;
  /** Bypass the cache of earlier checks. Default `false`. */
  forceCheck?: boolean | undefined;
}

/** The health of one node of the API. */
export interface NodeStatus {
  /** The node's key (`hostname:container-id`) in a multi-node setup; `undefined` for a single instance. */
  node: string | undefined;
  /** `connected`, `connecting`, `disconnected`, `uninitialized` or `unregistered`. */
  gatewayStatus: string;
  /** `primary_master`, `secondary_master` or `coreapp` in a multi-node setup. */
  role: string | undefined;
}

/** What {@link WhatsAppClient.health} returns. */
export interface HealthStatus {
  /** True when every node's gateway is `connected`. */
  healthy: boolean;
  /** Each node's status (one entry for a single instance). */
  nodes: NodeStatus[];
}

/**
 * The operations that only one of the two APIs offers. A client of the other API still has the method;
 * it rejects with an `UnsupportedOperationError` naming the rule, and nothing is sent.
 */
export type ClientFeature =
  | 'replyContext'
  | 'reaction'
  | 'typingIndicator'
  | 'mediaUrl'
  | 'contactsCheck'
  | 'health';

/**
 * A pacer a client can use instead of its own (the `pacing` setting), for example one shared by several
 * processes through Redis. `run` starts `task` when the limits allow and settles with its outcome; when
 * `signal` aborts while the task still waits, it should reject without starting it.
 */
export interface TransportPacer {
  /**
   * Runs `task` as soon as the limits allow; `recipient` is set for messages, for per-recipient spacing;
   * `operation` names the client method (for reporting delays).
   */
  run<T>(task: () => Promise<T>, options?: TransportPacerTaskOptions): Promise<T>;
}

/** Options of one {@link TransportPacer.run} call. */
export interface TransportPacerTaskOptions {
  /** The recipient of a message, for per-recipient spacing; absent for calls that send no message. */
  recipient?: string | undefined;
  /** Aborts the wait: the task is not started and `run` rejects. */
  signal?: AbortSignal | undefined;
  /** The client method being paced (`send`, `markRead`), for reporting delays. */
  operation?: string | undefined;
}

/**
 * The methods both clients have, with one shared implementation (`@wa/transport-cloud` and
 * `@wa/transport-onprem`): code written against `WhatsAppClient` runs on either API. Where one API cannot
 * do a thing (reply context, reactions and the typing indicator on On-Premises; the contacts check and
 * health on the Cloud API) the method still exists and rejects with an `UnsupportedOperationError`
 * naming the rule, before anything is sent; {@link WhatsAppClient.supports} tells in advance.
 *
 * @typeParam R - What `send` returns (the On-Premises client adds its response).
 * @typeParam H - What `health` returns.
 */
export interface WhatsAppClient<R extends SendResult = SendResult, H extends HealthStatus = HealthStatus>
  extends Transport {
  /**
   * Validates `message` (unless `validate: false`), converts it to the API's dialect and sends it once;
   * retries only failures that certainly created no message. Paced when pacing is on.
   */
  send(message: OutgoingMessage, options?: SendOptions): Promise<R>;
  /** Sends a text message (`text.body` of 1 to 4096 characters; a `wa` tagged-template result works). */
  sendText(to: string, body: MessageText, options?: SendTextOptions): Promise<R>;
  /** Sends an image (`{ id }` of an upload or `{ link }`, optional `caption`). */
  sendImage(
    to: string,
    image: WithMessageText<MessagePayload<'image'>>,
    options?: SendMessageOptions,
  ): Promise<R>;
  /** Sends a video (`{ id }` or `{ link }`, optional `caption`). */
  sendVideo(
    to: string,
    video: WithMessageText<MessagePayload<'video'>>,
    options?: SendMessageOptions,
  ): Promise<R>;
  /** Sends an audio file (`{ id }` or `{ link }`; no caption). */
  sendAudio(to: string, audio: MessagePayload<'audio'>, options?: SendMessageOptions): Promise<R>;
  /** Sends a document (`{ id }` or `{ link }`, optional `filename` and `caption`). */
  sendDocument(
    to: string,
    document: WithMessageText<MessagePayload<'document'>>,
    options?: SendMessageOptions,
  ): Promise<R>;
  /** Sends a sticker (`{ id }` or `{ link }`; no caption). */
  sendSticker(to: string, sticker: MessagePayload<'sticker'>, options?: SendMessageOptions): Promise<R>;
  /** Sends a location (`latitude`, `longitude`, optional `name` and `address`). */
  sendLocation(to: string, location: MessagePayload<'location'>, options?: SendMessageOptions): Promise<R>;
  /** Sends one or more contact cards. */
  sendContacts(to: string, contacts: MessagePayload<'contacts'>, options?: SendMessageOptions): Promise<R>;
  /** Cloud API only: reacts to a received message with an emoji (`''` removes the reaction). */
  sendReaction(to: string, messageId: string, emoji: string, options?: SendMessageOptions): Promise<R>;
  /**
   * Sends a template message (`name`, `language`, optional `components`); `language` is a code or a
   * language object, as in `templateMessage`.
   */
  sendTemplate(
    to: string,
    template: WithMessageText<TemplateInput>,
    options?: SendMessageOptions,
  ): Promise<R>;
  /** Sends an interactive message (list, buttons, product, flow, CTA URL, location request, …). */
  sendInteractive(
    to: string,
    interactive: WithMessageText<MessagePayload<'interactive'>>,
    options?: SendMessageOptions,
  ): Promise<R>;
  /** Cloud API only: sends `message` as a reply to the received message `messageId` (R-REQ-18). */
  reply(messageId: string, message: WithMessageText<OutgoingMessage>, options?: SendOptions): Promise<R>;
  /** Marks a received message as read (blue ticks). Retried on any failure: marking twice is harmless. */
  markRead(messageId: string, options?: RequestOptions): Promise<void>;
  /** Cloud API only: marks a message as read and shows "typing…" to its sender until you reply. */
  sendTypingIndicator(messageId: string, options?: RequestOptions): Promise<void>;
  /** Cloud API only: looks up a media ID: its short-lived download URL, MIME type, hash and size. */
  getMediaUrl(mediaId: string, options?: RequestOptions): Promise<MediaInfo>;
  /** On-Premises API only: checks phone numbers and returns their WhatsApp IDs (R-REQ-2, R-REQ-3). */
  checkContacts(phoneNumbers: readonly string[], options?: CheckContactsOptions): Promise<ContactCheck[]>;
  /** On-Premises API only: whether the client is connected to the WhatsApp servers (R-DLV-8). */
  health(options?: RequestOptions): Promise<H>;
  /** True when this client's API offers `feature` (the method of an unsupported one rejects). */
  supports(feature: ClientFeature): boolean;
  /** Releases the client's connections (TLS agent of the On-Premises client); resolves at once otherwise. */
  close(): Promise<void>;
}
