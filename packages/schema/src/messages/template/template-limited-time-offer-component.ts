import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';

/** The limited-time offer component of a template message (Cloud API, marketing templates). */
export const templateLimitedTimeOfferComponentSchema = strictObject({
  /** `"limited_time_offer"` (or `"LIMITED_TIME_OFFER"`, D-19). */
  type: z.literal(['limited_time_offer', 'LIMITED_TIME_OFFER']),
  /** One `limited_time_offer` parameter with the offer's expiry. */
  parameters: z.array(
    strictObject({
      /** `"limited_time_offer"`. */
      type: z.literal('limited_time_offer'),
      /** The offer details. */
      limited_time_offer: strictObject({
        /** When the offer code expires, as a UNIX timestamp in milliseconds. */
        expiration_time_ms: z.int(),
      }),
    }),
  ),
});

/** The limited-time offer component of a template message. */
export type TemplateLimitedTimeOfferComponent = z.infer<typeof templateLimitedTimeOfferComponentSchema>;
