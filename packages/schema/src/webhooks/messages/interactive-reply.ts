// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged, and an interactive reply
// type added after this SDK was written parses as `{ type: 'unknown', raw }` instead of failing.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';
import {
  rawObjectSchema,
  type TolerantUnion,
  tolerantUnion,
  unknownDiscriminator,
} from '../unknown-variant.ts';

/** The user tapped a reply button (R-WH-6): its `id` and `title` as the business sent them. */
export const buttonReplySchema = looseObject({
  /** The `type` of this reply. */
  type: z.literal('button_reply'),
  /** The tapped button. */
  button_reply: looseObject({
    /** The button's ID, as sent in `action.buttons[].reply.id`. */
    id: z.string(),
    /** The button's title. */
    title: z.string(),
  }),
});

/** The user chose a row of a list message (R-WH-6). */
export const listReplySchema = looseObject({
  /** The `type` of this reply. */
  type: z.literal('list_reply'),
  /** The chosen row. */
  list_reply: looseObject({
    /** The row's ID, as sent in `action.sections[].rows[].id`. */
    id: z.string(),
    /** The row's title. */
    title: z.string(),
    /** The row's description, when it has one. */
    description: z.optional(z.string()),
  }),
});

/** The user completed a Flow (or another native-flow message such as an address form). */
export const nfmReplySchema = looseObject({
  /** The `type` of this reply. */
  type: z.literal('nfm_reply'),
  /** The completed form. */
  nfm_reply: looseObject({
    /** The user's answers, as a JSON string (parse it yourself; its shape is your Flow's). */
    response_json: z.string(),
    /** The native flow's name, e.g. `flow` or `address_message`. */
    name: z.optional(z.string()),
    /** The text shown in the chat, e.g. `Sent`. */
    body: z.optional(z.string()),
  }),
});

/** An interactive reply of a kind this SDK does not know yet; `raw` holds it as received. */
export const unknownInteractiveReplySchema = looseObject({
  /** Always `unknown`; the API's own value is `raw.type`. */
  type: z.literal(unknownDiscriminator),
  /** The reply exactly as received. */
  raw: rawObjectSchema,
});

const knownInteractiveReplies = [buttonReplySchema, listReplySchema, nfmReplySchema] as const;

const interactiveReplyUnion = z.discriminatedUnion('type', [
  ...knownInteractiveReplies,
  unknownInteractiveReplySchema,
]);

/** The zod type of {@link interactiveReplySchema} (named so that declarations stay small). */
export type InteractiveReplySchema = TolerantUnion<typeof interactiveReplyUnion>;

/**
 * The `interactive` payload of a user's reply to an interactive message (R-WH-6), discriminated on
 * `type`: `button_reply`, `list_reply`, `nfm_reply`, or `unknown` for a newer kind.
 */
export const interactiveReplySchema: InteractiveReplySchema = tolerantUnion(
  'type',
  new Set(knownInteractiveReplies.flatMap((option) => option.shape.type.def.values)),
  interactiveReplyUnion,
);

/** The `interactive` payload of a user's reply to an interactive message. */
export type InteractiveReply = z.infer<typeof interactiveReplySchema>;
