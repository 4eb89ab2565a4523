// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged; message types, status
// values and change fields added after this SDK was written parse as `unknown` variants carrying the
// original under `raw`. What the SDK cannot work without still fails: a wrong `object`, an `entry` or
// `changes` that is not an array, a message without `id`, a location with string coordinates.
// Cloud API shapes only; On-Premises notifications have their own schema in ../onprem/.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';
import { inboundMessageSchema } from '../messages/inbound-message.ts';
import { webhookErrorSchema } from '../messages/webhook-error.ts';
import {
  type NotificationPartSchemas,
  notificationArrays,
  unparsedNotificationParts,
} from '../notification-arrays.ts';
import {
  rawObjectSchema,
  type TolerantUnion,
  tolerantUnion,
  unknownDiscriminator,
} from '../unknown-variant.ts';
import { cloudMessageStatusSchema } from './cloud-message-status.ts';

/** The business phone number a notification is for (R-WH-2). */
export const cloudWebhookMetadataSchema = looseObject({
  /** The number as displayed, e.g. `15550783881`. */
  display_phone_number: z.string(),
  /** The phone number ID, used in send URLs. */
  phone_number_id: z.string(),
});

/** The business phone number a notification is for. */
export type CloudWebhookMetadata = z.infer<typeof cloudWebhookMetadataSchema>;

/** A user the notification concerns: the sender of `messages` (R-WH-2). */
export const webhookContactSchema = looseObject({
  /** The user's profile. */
  profile: z.optional(
    looseObject({
      /** The user's WhatsApp display name. */
      name: z.optional(z.string()),
    }),
  ),
  /** The user's WhatsApp ID; may be withheld for a user who set a username. */
  wa_id: z.optional(z.string()),
});

/** A user the notification concerns. */
export type WebhookContact = z.infer<typeof webhookContactSchema>;

const cloudParts = {
  contact: webhookContactSchema,
  message: inboundMessageSchema,
  status: cloudMessageStatusSchema,
  error: webhookErrorSchema,
};

/** The `value` of a `messages` change around the given part schemas (one definition for both uses). */
/* @__NO_SIDE_EFFECTS__ */
function messagesValueOf<P extends NotificationPartSchemas>(parts: P) {
  return looseObject({
    /** Always `whatsapp`. */
    messaging_product: z.literal('whatsapp'),
    /** The business phone number concerned. */
    metadata: cloudWebhookMetadataSchema,
    ...notificationArrays<P['contact'], P['message'], P['status'], P['error']>(parts),
  });
}

/** The `value` of a `messages` change: inbound messages and/or status updates (R-WH-2). */
export const cloudMessagesValueSchema = messagesValueOf(cloudParts);

/** The `value` of a `messages` change. */
export type CloudMessagesValue = z.infer<typeof cloudMessagesValueSchema>;

/**
 * The `value` of a `messages` change with its `contacts`, `messages`, `statuses` and `errors` checked to be
 * arrays but their items unparsed (R-WH-2). Same definition as {@link cloudMessagesValueSchema}.
 */
export const cloudMessagesValueEnvelopeSchema = messagesValueOf(unparsedNotificationParts);

/**
 * A change of another subscribed field (e.g. `message_template_status_update`); `raw` holds it as
 * received (`raw.field`).
 */
export const cloudUnknownChangeSchema = looseObject({
  /** Always `unknown`; the API's own value is `raw.field`. */
  field: z.literal(unknownDiscriminator),
  /** The change exactly as received. */
  raw: rawObjectSchema,
});

const knownChangeFields: ReadonlySet<string> = new Set(['messages']);

/** A change of the `messages` field around the given `value` schema. */
/* @__NO_SIDE_EFFECTS__ */
function messagesChangeOf<V extends z.ZodMiniType>(value: V) {
  return looseObject({
    /** The subscribed field. */
    field: z.literal('messages'),
    /** What changed. */
    value,
  });
}

/** The union of the given `messages` change and the fallback of other fields. */
/* @__NO_SIDE_EFFECTS__ */
function changeUnionOf<C extends ReturnType<typeof messagesChangeOf>>(messagesChange: C) {
  return z.discriminatedUnion('field', [messagesChange, cloudUnknownChangeSchema]);
}

/** A change of the `messages` field: messages and statuses (R-WH-1). */
export const cloudMessagesChangeSchema = messagesChangeOf(cloudMessagesValueSchema);

const cloudWebhookChangeUnion = changeUnionOf(cloudMessagesChangeSchema);

/** The zod type of {@link cloudWebhookChangeSchema} (named so that declarations stay small). */
export type CloudWebhookChangeSchema = TolerantUnion<typeof cloudWebhookChangeUnion>;

/** One change of an entry, discriminated on `field`: `messages`, or `unknown` for any other field. */
export const cloudWebhookChangeSchema: CloudWebhookChangeSchema = /* @__PURE__ */ tolerantUnion(
  'field',
  knownChangeFields,
  cloudWebhookChangeUnion,
);

/** One change of an entry. */
export type CloudWebhookChange = z.infer<typeof cloudWebhookChangeSchema>;

/**
 * A `messages` change with the arrays of its `value` unparsed: the `messages` option of
 * {@link cloudWebhookChangeEnvelopeSchema}, for readers that have already looked at `field`.
 */
export const cloudMessagesChangeEnvelopeSchema = messagesChangeOf(cloudMessagesValueEnvelopeSchema);

const cloudWebhookChangeEnvelopeUnion = changeUnionOf(cloudMessagesChangeEnvelopeSchema);

/** The zod type of {@link cloudWebhookChangeEnvelopeSchema}. */
export type CloudWebhookChangeEnvelopeSchema = TolerantUnion<typeof cloudWebhookChangeEnvelopeUnion>;

/**
 * One change with the arrays of its `value` checked to be arrays but their items unparsed (see
 * {@link cloudMessagesValueEnvelopeSchema}). Same definition as {@link cloudWebhookChangeSchema}.
 */
export const cloudWebhookChangeEnvelopeSchema: CloudWebhookChangeEnvelopeSchema = tolerantUnion(
  'field',
  knownChangeFields,
  cloudWebhookChangeEnvelopeUnion,
);

/** One WhatsApp Business Account's changes, around the given change schema (R-WH-1). */
/* @__NO_SIDE_EFFECTS__ */
function entryOf<C extends z.ZodMiniType>(change: C) {
  return looseObject({
    /** The WhatsApp Business Account ID. */
    id: z.string(),
    /** The changes, one or more. */
    changes: z.array(change),
  });
}

/** One WhatsApp Business Account's changes (R-WH-1). */
export const cloudWebhookEntrySchema = entryOf(cloudWebhookChangeSchema);

/** One WhatsApp Business Account's changes. */
export type CloudWebhookEntry = z.infer<typeof cloudWebhookEntrySchema>;

/** One entry with its `changes` checked to be an array, items unparsed. Same definition as {@link cloudWebhookEntrySchema}. */
export const cloudWebhookEntryEnvelopeSchema = entryOf(z.unknown());

/** The body of a notification around the given entry schema (R-WH-1). */
/* @__NO_SIDE_EFFECTS__ */
function payloadOf<E extends z.ZodMiniType>(entry: E) {
  return looseObject({
    /** Always `whatsapp_business_account` (R-WH-1). */
    object: z.literal('whatsapp_business_account'),
    /** The entries, one per WhatsApp Business Account. */
    entry: z.array(entry),
  });
}

/**
 * The JSON body of a Cloud API webhook notification (R-WH-1 to R-WH-7):
 * `{ object: 'whatsapp_business_account', entry: [{ id, changes: [{ field: 'messages', value }] }] }`.
 * One body may hold several entries, each with several changes.
 */
export const cloudWebhookPayloadSchema = payloadOf(cloudWebhookEntrySchema);

/**
 * The body with `entry` checked to be an array, its items unparsed. With the other `…EnvelopeSchema`s it
 * lets a reader check a notification one part at a time and keep the good parts when one is broken (as
 * `@wa/webhooks` does); all are built from the same definitions as {@link cloudWebhookPayloadSchema}.
 */
export const cloudWebhookPayloadEnvelopeSchema = payloadOf(z.unknown());

/** The zod schema of a Cloud API webhook body (same as {@link cloudWebhookPayloadSchema}). */
export const CloudWebhookPayload = cloudWebhookPayloadSchema;
/** The JSON body of a Cloud API webhook notification. */
export type CloudWebhookPayload = z.infer<typeof cloudWebhookPayloadSchema>;
