// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged.
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';
import { onPremResponseMetaSchema } from './onprem-response-meta.ts';

/** The body of a successful On-Premises media upload (`POST /v1/media`): `{ media: [{ id }] }`. */
export const onPremMediaUploadResponseSchema = looseObject({
  /** The uploaded file, exactly one in practice. */
  media: z
    .array(
      looseObject({
        /** The media ID to use in a media message. */
        id: z.string(),
      }),
    )
    .check(z.minLength(1)),
  /** Client status and version. */
  meta: z.optional(onPremResponseMetaSchema),
});

/** The body of a successful On-Premises media upload. */
export type OnPremMediaUploadResponse = z.infer<typeof onPremMediaUploadResponseSchema>;
