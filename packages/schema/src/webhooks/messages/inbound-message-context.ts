// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged; every field is optional.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';

/** The product a user asked about from a product or catalog message ("Message business" on an item). */
export const referredProductSchema = looseObject({
  /** The catalog the product belongs to. */
  catalog_id: z.string(),
  /** The product's retailer ID (SKU) in that catalog. */
  product_retailer_id: z.string(),
});

/** The product a user asked about. */
export type ReferredProduct = z.infer<typeof referredProductSchema>;

/**
 * Why a message arrived: the business message it replies to (`from`, `id`, R-WH-3), that it was
 * forwarded, or the product it asks about.
 */
export const inboundMessageContextSchema = looseObject({
  /** The business phone number that sent the message replied to. */
  from: z.optional(z.string()),
  /** The ID of the message replied to. */
  id: z.optional(z.string()),
  /** `true` when the user forwarded the message. */
  forwarded: z.optional(z.boolean()),
  /** `true` when the message has been forwarded many times. */
  frequently_forwarded: z.optional(z.boolean()),
  /** The product the user asked about. */
  referred_product: z.optional(referredProductSchema),
});

/** Why a message arrived: reply, forward or product enquiry. */
export type InboundMessageContext = z.infer<typeof inboundMessageContextSchema>;
