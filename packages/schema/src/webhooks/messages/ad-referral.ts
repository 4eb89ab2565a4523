// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged; every field is optional.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';

/**
 * The ad or post a user came from (Click to WhatsApp ads). It is not a message type: it rides on the
 * user's first message (of any type) as its `referral` field.
 */
export const adReferralSchema = looseObject({
  /** The URL of the ad or post. */
  source_url: z.optional(z.string()),
  /** The ID of the ad or post. */
  source_id: z.optional(z.string()),
  /** `ad` or `post`. */
  source_type: z.optional(z.string()),
  /** The ad's headline. */
  headline: z.optional(z.string()),
  /** The ad's body text. */
  body: z.optional(z.string()),
  /** `image` or `video`. */
  media_type: z.optional(z.string()),
  /** The ad's image, when `media_type` is `image`. */
  image_url: z.optional(z.string()),
  /** The ad's video, when `media_type` is `video`. */
  video_url: z.optional(z.string()),
  /** The video's thumbnail. */
  thumbnail_url: z.optional(z.string()),
  /** The click ID of the ad click. */
  ctwa_clid: z.optional(z.string()),
});

/** The ad or post a user came from. */
export type AdReferral = z.infer<typeof adReferralSchema>;
