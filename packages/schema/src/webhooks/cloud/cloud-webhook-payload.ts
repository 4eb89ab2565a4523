// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged; message types, status
// values and change fields added after this SDK was written parse as `unknown` variants carrying the
// original under `raw`. What the SDK cannot work without still fails: a wrong `object`, an `entry` or
// `changes` that is not an array, a message without `id`, a location with string coordinates.
// Cloud API shapes only; On-Premises notifications have their own schema in ../onprem/.
import * as z from 'zod';
import { inboundMessageSchema } from '../messages/inbound-message.ts';
import { webhookErrorSchema } from '../messages/webhook-error.ts';
import {
  rawObjectSchema,
  type TolerantUnion,
  tolerantUnion,
  unknownDiscriminator,
} from '../unknown-variant.ts';
import { cloudMessageStatusSchema } from './cloud-message-status.ts';

/** The business phone number a notification is for (R-WH-2). */
export const cloudWebhookMetadataSchema = z.looseObject({
  /** The number as displayed, e.g. `15550783881`. */
  display_phone_number: z.string(),
  /** The phone number ID, used in send URLs. */
  phone_number_id: z.string(),
});

/** The business phone number a notification is for. */
export type CloudWebhookMetadata = z.infer<typeof cloudWebhookMetadataSchema>;

/** A user the notification concerns: the sender of `messages` (R-WH-2). */
export const webhookContactSchema = z.looseObject({
  /** The user's profile. */
  profile: z
    .looseObject({
      /** The user's WhatsApp display name. */
      name: z.string().optional(),
    })
    .optional(),
  /** The user's WhatsApp ID; may be withheld for a user who set a username. */
  wa_id: z.string().optional(),
});

/** A user the notification concerns. */
export type WebhookContact = z.infer<typeof webhookContactSchema>;

/** The `value` of a `messages` change: inbound messages and/or status updates (R-WH-2). */
export const cloudMessagesValueSchema = z.looseObject({
  /** Always `whatsapp`. */
  messaging_product: z.literal('whatsapp'),
  /** The business phone number concerned. */
  metadata: cloudWebhookMetadataSchema,
  /** The senders of `messages`. */
  contacts: z.array(webhookContactSchema).optional(),
  /** Messages users sent. */
  messages: z.array(inboundMessageSchema).optional(),
  /** Status updates of messages the business sent. */
  statuses: z.array(cloudMessageStatusSchema).optional(),
  /** Errors not tied to one message. */
  errors: z.array(webhookErrorSchema).optional(),
});

/** The `value` of a `messages` change. */
export type CloudMessagesValue = z.infer<typeof cloudMessagesValueSchema>;

/** A change of the `messages` field: messages and statuses (R-WH-1). */
export const cloudMessagesChangeSchema = z.looseObject({
  /** The subscribed field. */
  field: z.literal('messages'),
  /** What changed. */
  value: cloudMessagesValueSchema,
});

/**
 * A change of another subscribed field (e.g. `message_template_status_update`); `raw` holds it as
 * received (`raw.field`).
 */
export const cloudUnknownChangeSchema = z.looseObject({
  /** Always `unknown`; the API's own value is `raw.field`. */
  field: z.literal(unknownDiscriminator),
  /** The change exactly as received. */
  raw: rawObjectSchema,
});

const cloudWebhookChangeUnion = z.discriminatedUnion('field', [
  cloudMessagesChangeSchema,
  cloudUnknownChangeSchema,
]);

/** The zod type of {@link cloudWebhookChangeSchema} (named so that declarations stay small). */
export type CloudWebhookChangeSchema = TolerantUnion<typeof cloudWebhookChangeUnion>;

/** One change of an entry, discriminated on `field`: `messages`, or `unknown` for any other field. */
export const cloudWebhookChangeSchema: CloudWebhookChangeSchema = tolerantUnion(
  'field',
  new Set([cloudMessagesChangeSchema.shape.field.value]),
  cloudWebhookChangeUnion,
);

/** One change of an entry. */
export type CloudWebhookChange = z.infer<typeof cloudWebhookChangeSchema>;

/** One WhatsApp Business Account's changes (R-WH-1). */
export const cloudWebhookEntrySchema = z.looseObject({
  /** The WhatsApp Business Account ID. */
  id: z.string(),
  /** The changes, one or more. */
  changes: z.array(cloudWebhookChangeSchema),
});

/** One WhatsApp Business Account's changes. */
export type CloudWebhookEntry = z.infer<typeof cloudWebhookEntrySchema>;

/**
 * The JSON body of a Cloud API webhook notification (R-WH-1 to R-WH-7):
 * `{ object: 'whatsapp_business_account', entry: [{ id, changes: [{ field: 'messages', value }] }] }`.
 * One body may hold several entries, each with several changes.
 */
export const cloudWebhookPayloadSchema = z.looseObject({
  /** Always `whatsapp_business_account` (R-WH-1). */
  object: z.literal('whatsapp_business_account'),
  /** The entries, one per WhatsApp Business Account. */
  entry: z.array(cloudWebhookEntrySchema),
});

/** The zod schema of a Cloud API webhook body (same as {@link cloudWebhookPayloadSchema}). */
export const CloudWebhookPayload = cloudWebhookPayloadSchema;
/** The JSON body of a Cloud API webhook notification. */
export type CloudWebhookPayload = z.infer<typeof cloudWebhookPayloadSchema>;
