// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged.
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';

/**
 * The body of a Cloud API media lookup (`GET /{media-id}`): where to download the file and what it is.
 * The URL is short-lived and needs the access token to download.
 */
export const cloudMediaUrlResponseSchema = looseObject({
  /** Always `whatsapp`. */
  messaging_product: z.optional(z.string()),
  /** The download URL. */
  url: z.string(),
  /** The file's MIME type, e.g. `image/jpeg`. */
  mime_type: z.string(),
  /** The SHA-256 hash of the file. */
  sha256: z.string(),
  /** The file size in bytes (sent as a number or a numeric string). */
  file_size: z.union([z.number(), z.string()]),
  /** The media ID. */
  id: z.string(),
});

/** The body of a Cloud API media lookup. */
export type CloudMediaUrlResponse = z.infer<typeof cloudMediaUrlResponseSchema>;
