// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged, and a status value added
// after this SDK was written parses as `{ status: 'unknown', raw }` instead of failing the whole webhook.
// On-Premises shapes only; kept apart from the Cloud shapes so they can be retired on their own.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';
import { statusConversationSchema, statusPricingSchema } from '../cloud/conversation-pricing.ts';
import { webhookErrorSchema } from '../messages/webhook-error.ts';
import {
  rawObjectSchema,
  type TolerantUnion,
  tolerantUnion,
  unknownDiscriminator,
} from '../unknown-variant.ts';

/** The fields every On-Premises status update has; each variant spreads them and adds its `status`. */
const onPremMessageStatusBaseShape = {
  /** The ID of the business message this status is about (as the send returned it). */
  id: z.string(),
  /** When the status changed, as a string of Unix seconds. */
  timestamp: z.string(),
  /** The recipient's WhatsApp ID. */
  recipient_id: z.optional(z.string()),
  /** The conversation the message belongs to. */
  conversation: z.optional(statusConversationSchema),
  /** How the message is priced. */
  pricing: z.optional(statusPricingSchema),
  /** Errors, on failed statuses. */
  errors: z.optional(z.array(webhookErrorSchema)),
};

/** The fields every On-Premises status update has. */
export const onPremMessageStatusBaseSchema = /* @__PURE__ */ looseObject(onPremMessageStatusBaseShape);

/** The fields every On-Premises status update has. */
export type OnPremMessageStatusBase = z.infer<typeof onPremMessageStatusBaseSchema>;

/**
 * A step of a sent message: `sent`, `delivered`, `read`, or `deleted` (the user deleted the message).
 * No `delivered` status can mean the user blocked the business or is offline.
 */
export const onPremDeliveryStatusSchema = looseObject({
  ...onPremMessageStatusBaseShape,
  /** The step reached. */
  status: z.literal(['sent', 'delivered', 'read', 'deleted']),
});

/** The message could not be sent or delivered; `errors` says why (e.g. code `1026`). */
export const onPremFailedStatusSchema = looseObject({
  ...onPremMessageStatusBaseShape,
  /** The step reached. */
  status: z.literal('failed'),
  /** Why the message failed. */
  errors: z.array(webhookErrorSchema),
});

/** A status value this SDK does not know; `raw` holds the status as received (`raw.status`). */
export const onPremUnknownStatusSchema = looseObject({
  ...onPremMessageStatusBaseShape,
  /** Always `unknown`; the API's own value is `raw.status`. */
  status: z.literal(unknownDiscriminator),
  /** The status exactly as received. */
  raw: rawObjectSchema,
});

const knownOnPremStatusValues = new Set<string>([
  ...onPremDeliveryStatusSchema.shape.status.def.values,
  ...onPremFailedStatusSchema.shape.status.def.values,
]);

const onPremMessageStatusUnion = z.discriminatedUnion('status', [
  onPremDeliveryStatusSchema,
  onPremFailedStatusSchema,
  onPremUnknownStatusSchema,
]);

/** The zod type of {@link onPremMessageStatusSchema} (named so that declarations stay small). */
export type OnPremMessageStatusSchema = TolerantUnion<typeof onPremMessageStatusUnion>;

/**
 * A status update of a message the business sent (On-Premises API), discriminated on `status`:
 * `sent`, `delivered`, `read`, `deleted`, `failed` (with `errors`), or `unknown` for another value.
 */
export const onPremMessageStatusSchema: OnPremMessageStatusSchema = tolerantUnion(
  'status',
  knownOnPremStatusValues,
  onPremMessageStatusUnion,
);

/** A status update of a message the business sent (On-Premises API). */
export type OnPremMessageStatus = z.infer<typeof onPremMessageStatusSchema>;
