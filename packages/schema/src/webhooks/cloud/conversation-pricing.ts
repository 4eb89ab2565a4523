// Incoming shape: tolerant on purpose. Unknown keys pass through, and categories are plain strings so
// that a pricing category or model the API adds later still parses.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';

/** The conversation a status belongs to (conversation-based pricing). */
export const statusConversationSchema = looseObject({
  /** The conversation ID. */
  id: z.string(),
  /** When the conversation window ends, as a string of Unix seconds. */
  expiration_timestamp: z.optional(z.string()),
  /** How the conversation was opened. */
  origin: z.optional(
    looseObject({
      /** E.g. `marketing`, `utility`, `authentication`, `service` or `referral_conversion`. */
      type: z.string(),
    }),
  ),
});

/** The conversation a status belongs to. */
export type StatusConversation = z.infer<typeof statusConversationSchema>;

/** How the message is priced. */
export const statusPricingSchema = looseObject({
  /** Whether the message is charged (older pricing models). */
  billable: z.optional(z.boolean()),
  /** The pricing model, e.g. `CBP` or `PMP`. */
  pricing_model: z.optional(z.string()),
  /** The pricing category, e.g. `marketing`, `utility`, `authentication` or `service`. */
  category: z.optional(z.string()),
  /** The price type, e.g. `regular` or `free_customer_service`. */
  type: z.optional(z.string()),
});

/** How the message is priced. */
export type StatusPricing = z.infer<typeof statusPricingSchema>;
