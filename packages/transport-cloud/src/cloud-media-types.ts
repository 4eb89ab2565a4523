/** One kilobyte as the size limits count it (binary: 1024 bytes, the more lenient reading). */
const KB = 1024;
/** One megabyte as the size limits count it (binary: 1024 × 1024 bytes). */
const MB = 1024 * KB;

/**
 * The media files the Cloud API accepts for upload and sending, per media kind: the exact MIME types and
 * the largest size in bytes. Sizes are read as binary units (1 MB = 1,048,576 bytes) so that no file the
 * API accepts is refused here; the API stays the final judge. Source: Meta's "Supported media types" for
 * the Cloud API (R-MEDIA-7); sticker limits also R-STK-3 and R-STK-4.
 */
export const CLOUD_MEDIA_TYPES = {
  /** Audio, up to 16 MB: AAC, AMR, MP3 (`audio/mpeg`), MP4 audio (`.m4a`) and OGG with the Opus codec only. */
  audio: {
    mimeTypes: ['audio/aac', 'audio/amr', 'audio/mpeg', 'audio/mp4', 'audio/ogg'],
    maxBytes: 16 * MB,
  },
  /** Documents, up to 100 MB: plain text, PDF, Word, Excel and PowerPoint (legacy and OOXML formats). */
  document: {
    mimeTypes: [
      'text/plain',
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.ms-powerpoint',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    maxBytes: 100 * MB,
  },
  /** Images, up to 5 MB: JPEG and PNG (8-bit, RGB or RGBA). */
  image: { mimeTypes: ['image/jpeg', 'image/png'], maxBytes: 5 * MB },
  /** Static stickers (WebP, 512×512 px), up to 100 KB (R-STK-3). */
  sticker: { mimeTypes: ['image/webp'], maxBytes: 100 * KB },
  /** Animated stickers (WebP, 512×512 px), up to 500 KB (R-STK-4). */
  animatedSticker: { mimeTypes: ['image/webp'], maxBytes: 500 * KB },
  /** Videos, up to 16 MB: MP4 and 3GPP (H.264 video, AAC audio, at most one audio stream). */
  video: { mimeTypes: ['video/mp4', 'video/3gpp'], maxBytes: 16 * MB },
} as const;

/** A row of {@link CLOUD_MEDIA_TYPES}: `audio`, `document`, `image`, `sticker`, `animatedSticker`, `video`. */
export type CloudMediaCategory = keyof typeof CLOUD_MEDIA_TYPES;

/** Every MIME type the Cloud API accepts for upload. */
export type CloudMediaMimeType = (typeof CLOUD_MEDIA_TYPES)[CloudMediaCategory]['mimeTypes'][number];
