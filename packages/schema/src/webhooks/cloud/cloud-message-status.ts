// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged, and a status value added
// after this SDK was written parses as `{ status: 'unknown', raw }` instead of failing the whole webhook.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';
import { webhookErrorSchema } from '../messages/webhook-error.ts';
import {
  rawObjectSchema,
  type TolerantUnion,
  tolerantUnion,
  unknownDiscriminator,
} from '../unknown-variant.ts';
import { statusConversationSchema, statusPricingSchema } from './conversation-pricing.ts';

/** The fields every Cloud API status update has; each variant spreads them and adds its `status`. */
const cloudMessageStatusBaseShape = {
  /** The ID of the business message this status is about (`wamid.…`, as the send returned it). */
  id: z.string(),
  /** When the status changed, as a string of Unix seconds. */
  timestamp: z.string(),
  /** The recipient's WhatsApp ID; the API may leave it out for users identified otherwise. */
  recipient_id: z.optional(z.string()),
  /** The `biz_opaque_callback_data` sent with the message, returned as is (R-WH-7). */
  biz_opaque_callback_data: z.optional(z.string()),
  /** The conversation the message belongs to. */
  conversation: z.optional(statusConversationSchema),
  /** How the message is priced. */
  pricing: z.optional(statusPricingSchema),
  /** Errors, on failed statuses (and, rarely, as warnings on others). */
  errors: z.optional(z.array(webhookErrorSchema)),
};

/** The fields every Cloud API status update has. */
export const cloudMessageStatusBaseSchema = /* @__PURE__ */ looseObject(cloudMessageStatusBaseShape);

/** The fields every Cloud API status update has. */
export type CloudMessageStatusBase = z.infer<typeof cloudMessageStatusBaseSchema>;

/**
 * A delivery step of a sent message: `sent` (left the business), `delivered` (on the user's device),
 * `read` (opened; a `delivered` may be skipped when the chat was open) or `played` (a voice note played).
 */
export const cloudDeliveryStatusSchema = looseObject({
  ...cloudMessageStatusBaseShape,
  /** The step reached. */
  status: z.literal(['sent', 'delivered', 'read', 'played']),
});

/** The message could not be sent or delivered; `errors` says why. */
export const cloudFailedStatusSchema = looseObject({
  ...cloudMessageStatusBaseShape,
  /** The step reached. */
  status: z.literal('failed'),
  /** Why the message failed, e.g. code `131026` (undeliverable). */
  errors: z.array(webhookErrorSchema),
});

/** A status value this SDK does not know; `raw` holds the status as received (`raw.status`). */
export const cloudUnknownStatusSchema = looseObject({
  ...cloudMessageStatusBaseShape,
  /** Always `unknown`; the API's own value is `raw.status`. */
  status: z.literal(unknownDiscriminator),
  /** The status exactly as received. */
  raw: rawObjectSchema,
});

const knownCloudStatusValues = new Set<string>([
  ...cloudDeliveryStatusSchema.shape.status.def.values,
  ...cloudFailedStatusSchema.shape.status.def.values,
]);

const cloudMessageStatusUnion = z.discriminatedUnion('status', [
  cloudDeliveryStatusSchema,
  cloudFailedStatusSchema,
  cloudUnknownStatusSchema,
]);

/** The zod type of {@link cloudMessageStatusSchema} (named so that declarations stay small). */
export type CloudMessageStatusSchema = TolerantUnion<typeof cloudMessageStatusUnion>;

/**
 * A status update of a message the business sent (Cloud API), discriminated on `status`:
 * `sent`, `delivered`, `read`, `played`, `failed` (with `errors`), or `unknown` for a newer value.
 */
export const cloudMessageStatusSchema: CloudMessageStatusSchema = tolerantUnion(
  'status',
  knownCloudStatusValues,
  cloudMessageStatusUnion,
);

/** A status update of a message the business sent (Cloud API). */
export type CloudMessageStatus = z.infer<typeof cloudMessageStatusSchema>;
