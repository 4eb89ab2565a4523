import type { MediaProvider } from '../media/media-object.ts';
import type {
  AudioMessage,
  DocumentMessage,
  ImageMessage,
  StickerMessage,
  VideoMessage,
} from '../outgoing-message.ts';
import { type MessageOptions, type MessageRecipient, messageEnvelope } from './message-options.ts';

/**
 * Where the media comes from: exactly one of an uploaded media `id` or a public http(s) `link`
 * (R-MEDIA-1/2/3); a `link` may name an On-Premises media `provider` (R-MEDIA-13).
 */
export type MediaSource =
  | { id: string; link?: undefined; provider?: undefined }
  | { link: string; id?: undefined; provider?: MediaProvider | undefined };

/** Image or video media for {@link imageMessage} and {@link videoMessage}. */
export type CaptionedMedia = MediaSource & {
  /** Text under the media, at most 1024 characters. */
  caption?: string | undefined;
};

/** Document media for {@link documentMessage}. */
export type DocumentMedia = CaptionedMedia & {
  /** The file name shown to the user; its extension decides how the document is displayed. */
  filename?: string | undefined;
};

/** Audio media for {@link audioMessage}. */
export type AudioMedia = MediaSource & {
  /** Cloud API only: send as a voice message (OGG/OPUS file). */
  voice?: boolean | undefined;
};

/**
 * Builds an image message.
 *
 * @example
 * ```ts
 * imageMessage('15551234567', { link: 'https://example.com/cat.jpg', caption: 'Our cat' });
 * ```
 */
export function imageMessage(
  to: MessageRecipient,
  image: CaptionedMedia,
  options?: MessageOptions,
): ImageMessage {
  return { ...messageEnvelope(to, options), type: 'image', image: { ...image } };
}

/** Builds a video message. */
export function videoMessage(
  to: MessageRecipient,
  video: CaptionedMedia,
  options?: MessageOptions,
): VideoMessage {
  return { ...messageEnvelope(to, options), type: 'video', video: { ...video } };
}

/** Builds a document message (On-Premises: no caption, R-MEDIA-11). */
export function documentMessage(
  to: MessageRecipient,
  document: DocumentMedia,
  options?: MessageOptions,
): DocumentMessage {
  return { ...messageEnvelope(to, options), type: 'document', document: { ...document } };
}

/** Builds an audio message (no caption, R-MEDIA-9). */
export function audioMessage(
  to: MessageRecipient,
  audio: AudioMedia,
  options?: MessageOptions,
): AudioMessage {
  return { ...messageEnvelope(to, options), type: 'audio', audio: { ...audio } };
}

/** Builds a sticker message (no caption, R-STK-1). */
export function stickerMessage(
  to: MessageRecipient,
  sticker: MediaSource,
  options?: MessageOptions,
): StickerMessage {
  return { ...messageEnvelope(to, options), type: 'sticker', sticker: { ...sticker } };
}
