import type {
  DownloadedMedia,
  MediaReference,
  MediaUpload,
  OutgoingMessage,
  RequestOptions,
  SendOptions,
  SendResult,
  Transport,
} from '@wa/schema';

/** Options of the convenience send methods: the `send` options plus the common envelope fields. */
export interface MessageOptions extends SendOptions {
  /** Sends the message as a reply to this received message ID (`context.message_id`, R-REQ-18). */
  replyTo?: string | undefined;
  /** Your tracking string (at most 512 characters), echoed back in status webhooks (R-REQ-17). */
  bizOpaqueCallbackData?: string | undefined;
}

/** Options of {@link CloudClient.sendText}. */
export interface TextMessageOptions extends MessageOptions {
  /** Render a preview of the first URL in the body (`text.preview_url`); off unless set. */
  previewUrl?: boolean | undefined;
}

/** Where a media file can be downloaded, as `getMediaUrl` returns it. */
export interface CloudMediaInfo {
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
 * A client of the WhatsApp Cloud API for one business phone number. It implements the `Transport`
 * contract of `@wa/schema` (so code written against `Transport` also runs on `@wa/transport-onprem`) and
 * adds convenience methods. Every method rejects with SDK errors only: `ValidationError` (nothing sent),
 * `GraphApiError` (the API answered with an error), `RequestError` (`WA_TIMEOUT`, `WA_NETWORK_ERROR`; see
 * `mayHaveBeenSent`) or `RequestAbortedError` (`WA_ABORTED`).
 */
export interface CloudClient extends Transport {
  /** Always `cloud`. */
  readonly api: 'cloud';
  /** The phone number ID this client sends from. */
  readonly phoneNumberId: string;
  /**
   * Validates `message` (unless `validate: false`), adds `messaging_product`, and sends it once; retries
   * only failures that certainly created no message. Paced when pacing is on.
   */
  send(message: OutgoingMessage, options?: SendOptions): Promise<SendResult>;
  /** Sends a text message (`text.body` of 1 to 4096 characters). */
  sendText(to: string, body: string, options?: TextMessageOptions): Promise<SendResult>;
  /** Sends an image (`{ id }` of an upload or `{ link }`, optional `caption`). */
  sendImage(to: string, image: MessagePayload<'image'>, options?: MessageOptions): Promise<SendResult>;
  /** Sends a video (`{ id }` or `{ link }`, optional `caption`). */
  sendVideo(to: string, video: MessagePayload<'video'>, options?: MessageOptions): Promise<SendResult>;
  /** Sends an audio file (`{ id }` or `{ link }`; no caption). */
  sendAudio(to: string, audio: MessagePayload<'audio'>, options?: MessageOptions): Promise<SendResult>;
  /** Sends a document (`{ id }` or `{ link }`, optional `filename` and `caption`). */
  sendDocument(
    to: string,
    document: MessagePayload<'document'>,
    options?: MessageOptions,
  ): Promise<SendResult>;
  /** Sends a sticker (`{ id }` or `{ link }`; no caption). */
  sendSticker(to: string, sticker: MessagePayload<'sticker'>, options?: MessageOptions): Promise<SendResult>;
  /** Sends a location (`latitude`, `longitude`, optional `name` and `address`). */
  sendLocation(
    to: string,
    location: MessagePayload<'location'>,
    options?: MessageOptions,
  ): Promise<SendResult>;
  /** Sends one or more contact cards. */
  sendContacts(
    to: string,
    contacts: MessagePayload<'contacts'>,
    options?: MessageOptions,
  ): Promise<SendResult>;
  /** Reacts to a received message with an emoji (an empty string removes the reaction). */
  sendReaction(to: string, messageId: string, emoji: string, options?: MessageOptions): Promise<SendResult>;
  /** Sends a template message (`name`, `language`, optional `components`). */
  sendTemplate(
    to: string,
    template: MessagePayload<'template'>,
    options?: MessageOptions,
  ): Promise<SendResult>;
  /** Sends an interactive message (list, buttons, product, flow, CTA URL, location request, …). */
  sendInteractive(
    to: string,
    interactive: MessagePayload<'interactive'>,
    options?: MessageOptions,
  ): Promise<SendResult>;
  /** Sends `message` as a reply to the received message `messageId` (sets `context.message_id`). */
  reply(messageId: string, message: OutgoingMessage, options?: SendOptions): Promise<SendResult>;
  /** Marks a received message as read (blue ticks). Retried on any failure: marking twice is harmless. */
  markRead(messageId: string, options?: RequestOptions): Promise<void>;
  /**
   * Marks a received message as read and shows a typing indicator to its sender until you reply (or for
   * about 25 seconds).
   */
  sendTypingIndicator(messageId: string, options?: RequestOptions): Promise<void>;
  /**
   * Checks the file against the Cloud API's MIME types and size limits (`CLOUD_MEDIA_TYPES`; a bad file
   * fails with `ValidationError` before anything is sent), then uploads it (multipart) and returns its ID.
   */
  uploadMedia(media: MediaUpload, options?: RequestOptions): Promise<MediaReference>;
  /** Looks up a media ID: its short-lived download URL, MIME type, hash and size. */
  getMediaUrl(mediaId: string, options?: RequestOptions): Promise<CloudMediaInfo>;
  /** Downloads a media file by its ID (looks up its URL, then fetches it with the access token). */
  downloadMedia(mediaId: string, options?: RequestOptions): Promise<DownloadedMedia>;
  /** Deletes an uploaded media file. */
  deleteMedia(mediaId: string, options?: RequestOptions): Promise<void>;
}
