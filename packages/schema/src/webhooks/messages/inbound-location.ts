// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';

/**
 * A location the user shared. Coordinates are JSON numbers (R-WH-4, decision D-2); `name` and `address`
 * are present only when the user picked a named place (R-WH-5). Coordinates are not checked against the
 * address (sample data in the API's own examples do not match).
 */
export const inboundLocationSchema = looseObject({
  /** Latitude in decimal degrees. */
  latitude: z.number(),
  /** Longitude in decimal degrees. */
  longitude: z.number(),
  /** The place's name, when there is one. */
  name: z.optional(z.string()),
  /** The place's address, when there is one. */
  address: z.optional(z.string()),
});

/** A location the user shared. */
export type InboundLocation = z.infer<typeof inboundLocationSchema>;
