import type { WhatsAppApi } from './errors/api-error.ts';
import type { OutgoingMessage } from './messages/outgoing-message.ts';

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
