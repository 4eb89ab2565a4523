// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged, and a message type added
// after this SDK was written parses as `{ type: 'unknown', raw }` instead of failing the whole webhook.
// A known type with a broken shape (e.g. `text` without `body`) and a message without `id` still fail.
// These message objects are the same in Cloud and On-Premises notifications; both envelopes use them.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';
import {
  rawObjectSchema,
  type TolerantUnion,
  toUnknownVariant,
  unknownDiscriminator,
} from '../unknown-variant.ts';
import { adReferralSchema } from './ad-referral.ts';
import { inboundContactCardSchema } from './inbound-contact-card.ts';
import { inboundLocationSchema } from './inbound-location.ts';
import {
  inboundAudioSchema,
  inboundDocumentSchema,
  inboundImageSchema,
  inboundStickerSchema,
  inboundVideoSchema,
} from './inbound-media.ts';
import { inboundMessageContextSchema } from './inbound-message-context.ts';
import { interactiveReplySchema } from './interactive-reply.ts';
import { webhookErrorSchema } from './webhook-error.ts';

/** The fields every inbound message has, whatever its type (R-WH-3); each variant spreads them. */
const inboundMessageBaseShape = {
  /** The message ID (`wamid.…` on the Cloud API); use it to reply, react or mark as read. */
  id: z.string(),
  /**
   * The sender's WhatsApp ID (phone number). Optional: the API may withhold the number of a user who
   * set a username; identify such users by the keys the API sends instead (they pass through).
   */
  from: z.optional(z.string()),
  /** When the message was sent, as a string of Unix seconds, e.g. `"1749416383"` (R-WH-3). */
  timestamp: z.string(),
  /** The business message this one replies to, forwarding flags, or the product asked about (R-WH-3). */
  context: z.optional(inboundMessageContextSchema),
  /** The ad or post the user came from (Click to WhatsApp ads). */
  referral: z.optional(adReferralSchema),
  /** Why the API could not process the message, e.g. for `unsupported` messages. */
  errors: z.optional(z.array(webhookErrorSchema)),
};

/** The fields every inbound message has, whatever its type (R-WH-3). */
export const inboundMessageBaseSchema = /* @__PURE__ */ looseObject(inboundMessageBaseShape);

/** The fields every inbound message has. */
export type InboundMessageBase = z.infer<typeof inboundMessageBaseSchema>;

/** A text message. */
export const inboundTextMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('text'),
  /** The text. */
  text: looseObject({
    /** What the user wrote. */
    body: z.string(),
  }),
});

/** An image message. */
export const inboundImageMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('image'),
  /** The image. */
  image: inboundImageSchema,
});

/**
 * An audio message: an audio file, or a voice note when `audio.voice` is `true`. On-Premises voice notes
 * (`type: 'voice'` with a `voice` object) are read as this type, with `audio.voice` set to `true`.
 */
export const inboundAudioMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('audio'),
  /** The audio. */
  audio: inboundAudioSchema,
});

/** A video message. */
export const inboundVideoMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('video'),
  /** The video. */
  video: inboundVideoSchema,
});

/** A document message. */
export const inboundDocumentMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('document'),
  /** The document. */
  document: inboundDocumentSchema,
});

/** A sticker message, static or animated (R-STK-2). */
export const inboundStickerMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('sticker'),
  /** The sticker. */
  sticker: inboundStickerSchema,
});

/** A shared location (R-WH-4, R-WH-5). */
export const inboundLocationMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('location'),
  /** The location. */
  location: inboundLocationSchema,
});

/** Shared contact cards. */
export const inboundContactsMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('contacts'),
  /** The cards. */
  contacts: z.array(inboundContactCardSchema),
});

/** A reply to an interactive message: a reply button, a list row or a Flow (R-WH-6). */
export const inboundInteractiveMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('interactive'),
  /**
   * What the user chose. Absent when WhatsApp could not pass the reply on: this happens after WhatsApp
   * Web reconnects, and the change then carries a value-level error `131000` ("Something went wrong").
   * The event names `message.interactive.<reply type>` are only given to replies that have it.
   */
  interactive: z.optional(interactiveReplySchema),
});

/** A tap on a quick-reply button of a template message. */
export const inboundButtonMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('button'),
  /** The tapped button. */
  button: looseObject({
    /** The button's text. */
    text: z.string(),
    /** The payload the template's button parameter set; On-Premises sends `null` when there is none. */
    payload: z.optional(z.nullable(z.string())),
  }),
});

/** A reaction to a message; without `emoji` it removes an earlier reaction. */
export const inboundReactionMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('reaction'),
  /** The reaction. */
  reaction: looseObject({
    /** The ID of the message reacted to. */
    message_id: z.string(),
    /** The emoji; absent when the user removed the reaction. */
    emoji: z.optional(z.string()),
  }),
});

/** An order placed from a catalog, product or product-list message. */
export const inboundOrderMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('order'),
  /** The order. */
  order: looseObject({
    /** The catalog ordered from. */
    catalog_id: z.string(),
    /** The note the user added. */
    text: z.optional(z.string()),
    /** The ordered items. */
    product_items: z.array(
      looseObject({
        /** The product's retailer ID (SKU). */
        product_retailer_id: z.string(),
        /** How many (a number, or a numeric string). */
        quantity: z.union([z.number(), z.string()]),
        /** The unit price (a number, or a numeric string). */
        item_price: z.optional(z.union([z.number(), z.string()])),
        /** The price's currency, ISO 4217. */
        currency: z.optional(z.string()),
      }),
    ),
  }),
});

/** A system notice, e.g. the user changed their number. */
export const inboundSystemMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('system'),
  /** The notice. */
  system: looseObject({
    /** The notice as text, e.g. "User A changed from … to …". */
    body: z.optional(z.string()),
    /** What happened, e.g. `user_changed_number`. */
    type: z.optional(z.string()),
    /** The user's new WhatsApp ID, after a number change. */
    wa_id: z.optional(z.string()),
    /** The user concerned. */
    customer: z.optional(z.string()),
  }),
});

/** A message the API itself cannot deliver to businesses (e.g. a poll); `errors` says why. */
export const inboundUnsupportedMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** The message type. */
  type: z.literal('unsupported'),
  /** What the user sent, when the API says. */
  unsupported: z.optional(
    looseObject({
      /** The user's message type, e.g. `poll`. */
      type: z.optional(z.string()),
    }),
  ),
});

/**
 * A message of a type this SDK does not know (added to the API later): its common fields, and `raw`,
 * the message exactly as received (its real type is `raw.type`).
 */
export const inboundUnknownMessageSchema = looseObject({
  ...inboundMessageBaseShape,
  /** Always `unknown`; the API's own value is `raw.type`. */
  type: z.literal(unknownDiscriminator),
  /** The message exactly as received. */
  raw: rawObjectSchema,
});

const knownInboundMessages = [
  inboundTextMessageSchema,
  inboundImageMessageSchema,
  inboundAudioMessageSchema,
  inboundVideoMessageSchema,
  inboundDocumentMessageSchema,
  inboundStickerMessageSchema,
  inboundLocationMessageSchema,
  inboundContactsMessageSchema,
  inboundInteractiveMessageSchema,
  inboundButtonMessageSchema,
  inboundReactionMessageSchema,
  inboundOrderMessageSchema,
  inboundSystemMessageSchema,
  inboundUnsupportedMessageSchema,
] as const;

/** The message types this SDK knows, as the union's discriminants (without the `unknown` fallback). */
export const knownInboundMessageTypes: ReadonlySet<string> = new Set(
  knownInboundMessages.flatMap((option) => option.shape.type.def.values),
);

const inboundMessageUnion = z.discriminatedUnion('type', [
  ...knownInboundMessages,
  inboundUnknownMessageSchema,
]);

/** The zod type of {@link inboundMessageSchema} (named so that declarations stay small). */
export type InboundMessageSchema = TolerantUnion<typeof inboundMessageUnion>;

const toUnknownMessage = toUnknownVariant('type', knownInboundMessageTypes);

/**
 * Reads an On-Premises voice note (`type: 'voice'`, media under `voice`) as the audio message it is:
 * `type: 'audio'`, the same media under `audio` with `voice: true`. Other values pass through untouched.
 */
function voiceNoteAsAudio(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const record = input as Record<string, unknown>;
  if (record.type !== 'voice' || typeof record.voice !== 'object' || record.voice === null) return input;
  const { voice, ...rest } = record;
  return { ...rest, type: 'audio', audio: { ...voice, voice: true } };
}

/**
 * A message a user sent to the business (R-WH-3), discriminated on `type` so that narrowing gives the
 * payload: `if (message.type === 'text') message.text.body`. A type added to the API later parses as
 * `type: 'unknown'` with the original under `raw`; an On-Premises `voice` message parses as `audio` with
 * `audio.voice === true`.
 */
export const inboundMessageSchema: InboundMessageSchema = z.pipe(
  z.transform((input: unknown) => toUnknownMessage(voiceNoteAsAudio(input))),
  inboundMessageUnion,
);

/** A message a user sent to the business. */
export type InboundMessage = z.infer<typeof inboundMessageSchema>;

/** The inbound message of one `type`, e.g. `InboundMessageOf<'text'>`. */
export type InboundMessageOf<T extends InboundMessage['type']> = Extract<InboundMessage, { type: T }>;
