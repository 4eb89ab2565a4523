// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged; every field is optional.
import * as z from 'zod';

/**
 * The ad or post a user came from (Click to WhatsApp ads). It is not a message type: it rides on the
 * user's first message (of any type) as its `referral` field.
 */
export const adReferralSchema = z.looseObject({
  /** The URL of the ad or post. */
  source_url: z.string().optional(),
  /** The ID of the ad or post. */
  source_id: z.string().optional(),
  /** `ad` or `post`. */
  source_type: z.string().optional(),
  /** The ad's headline. */
  headline: z.string().optional(),
  /** The ad's body text. */
  body: z.string().optional(),
  /** `image` or `video`. */
  media_type: z.string().optional(),
  /** The ad's image, when `media_type` is `image`. */
  image_url: z.string().optional(),
  /** The ad's video, when `media_type` is `video`. */
  video_url: z.string().optional(),
  /** The video's thumbnail. */
  thumbnail_url: z.string().optional(),
  /** The click ID of the ad click. */
  ctwa_clid: z.string().optional(),
});

/** The ad or post a user came from. */
export type AdReferral = z.infer<typeof adReferralSchema>;
