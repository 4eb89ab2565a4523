// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged (On-Premises adds `file`,
// newer Cloud versions add more); only the media ID and MIME type are required.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';

/** The fields every received media file has. Download it with the transport's `downloadMedia(id)`. */
const receivedMediaShape = {
  /** The media ID, for downloading the file. */
  id: z.string(),
  /** The file's MIME type, e.g. `image/jpeg`. */
  mime_type: z.string(),
  /** The SHA-256 hash of the file. */
  sha256: z.optional(z.string()),
};

/** A received image. */
export const inboundImageSchema = looseObject({
  ...receivedMediaShape,
  /** The caption the user wrote. */
  caption: z.optional(z.string()),
});

/** A received image. */
export type InboundImage = z.infer<typeof inboundImageSchema>;

/** A received video. */
export const inboundVideoSchema = looseObject({
  ...receivedMediaShape,
  /** The caption the user wrote. */
  caption: z.optional(z.string()),
});

/** A received video. */
export type InboundVideo = z.infer<typeof inboundVideoSchema>;

/** A received document. */
export const inboundDocumentSchema = looseObject({
  ...receivedMediaShape,
  /** The file name. */
  filename: z.optional(z.string()),
  /** The caption the user wrote. */
  caption: z.optional(z.string()),
});

/** A received document. */
export type InboundDocument = z.infer<typeof inboundDocumentSchema>;

/** A received audio file or voice note. */
export const inboundAudioSchema = looseObject({
  ...receivedMediaShape,
  /** `true` for a voice note recorded in WhatsApp, `false` or absent for an audio file. */
  voice: z.optional(z.boolean()),
});

/** A received audio file or voice note. */
export type InboundAudio = z.infer<typeof inboundAudioSchema>;

/** A received sticker, static or animated: every inbound sticker kind is accepted (R-STK-2). */
export const inboundStickerSchema = looseObject({
  ...receivedMediaShape,
  /** `true` for an animated sticker. */
  animated: z.optional(z.boolean()),
});

/** A received sticker. */
export type InboundSticker = z.infer<typeof inboundStickerSchema>;
