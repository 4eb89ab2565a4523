// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged.
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';

/** The body of a successful Cloud API media upload (`POST /{phone-number-id}/media`): `{ id }`. */
export const cloudMediaUploadResponseSchema = looseObject({
  /** The media ID to use in a media message. */
  id: z.string(),
});

/** The body of a successful Cloud API media upload. */
export type CloudMediaUploadResponse = z.infer<typeof cloudMediaUploadResponseSchema>;
