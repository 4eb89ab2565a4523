import * as z from 'zod/mini';
import { forbiddenField } from '../common/forbidden-field.ts';
import { nonEmptyString } from '../common/non-empty-string.ts';
import { recipientCheck } from '../common/recipient-check.ts';
import { ruleLiteral, ruleLiterals } from '../common/rule-literal.ts';
import { boundedText } from '../validation/rule-check.ts';
import { contactsSchema } from './contacts/contact-object.ts';
import { contextObjectSchema } from './context/context-object.ts';
import { cloudInteractiveObjectSchema } from './interactive/cloud-interactive-object.ts';
import { locationObjectSchema } from './location/location-object.ts';
import {
  cloudAudioObjectSchema,
  cloudDocumentObjectSchema,
  cloudImageObjectSchema,
  cloudStickerObjectSchema,
  cloudVideoObjectSchema,
} from './media/media-object.ts';
import { reactionObjectSchema } from './reaction/reaction-object.ts';
import { messageVariant, type PayloadKey, typeIssueCheck } from './send-request-parts.ts';
import { cloudTemplateObjectSchema } from './template/cloud-template-object.ts';
import { textObjectSchema } from './text/text-object.ts';

/** The longest `biz_opaque_callback_data`, in characters (code points): R-REQ-17. */
export const MAX_BIZ_OPAQUE_CALLBACK_DATA_LENGTH = 512;

/**
 * The fields every Cloud API message has around its payload. `OutgoingMessage` reuses them, replacing
 * only `messaging_product` and `preview_url`.
 */
export const cloudEnvelope = {
  /** Always `"whatsapp"` (R-REQ-6). */
  messaging_product: ruleLiteral('whatsapp', 'R-REQ-6'),
  /**
   * `"individual"` (the default) or, for a message to a WhatsApp group (Groups API), `"group"` with the
   * group ID in `to` (R-REQ-5).
   */
  recipient_type: z.optional(ruleLiterals(['individual', 'group'], 'R-REQ-5')),
  /** The recipient's phone number or WhatsApp ID, or a group ID (R-REQ-1); give `to` or `recipient`. */
  to: z.optional(nonEmptyString('R-REQ-1')),
  /** The recipient's business-scoped user ID (or parent BSUID); `to` wins when both are given. */
  recipient: z.optional(nonEmptyString('R-REQ-1')),
  /**
   * Identity change check: the message is delivered only if this hash matches the user's current identity
   * key hash (Cloud API).
   */
  recipient_identity_key_hash: z.optional(nonEmptyString()),
  /** The message this one replies to (R-REQ-18). */
  context: z.optional(contextObjectSchema),
  /** Your own tracking string, at most 512 characters, echoed back in status webhooks (R-REQ-17). */
  biz_opaque_callback_data: z.optional(
    boundedText({
      rule: 'R-REQ-17',
      max: MAX_BIZ_OPAQUE_CALLBACK_DATA_LENGTH,
    }),
  ),
  /** Not on the Cloud API: set `text.preview_url` (R-REQ-20, R-TEXT-4). */
  preview_url: forbiddenField(
    'R-REQ-20',
    'the Cloud API takes preview_url inside text (text.preview_url), not at the top level',
  ),
};

const cloudTextMessageSchema = messageVariant(
  z.optional(z.literal('text')),
  'text',
  textObjectSchema,
  cloudEnvelope,
).check(recipientCheck);
const cloudImageMessageSchema = messageVariant(
  z.literal('image'),
  'image',
  cloudImageObjectSchema,
  cloudEnvelope,
).check(recipientCheck);
const cloudVideoMessageSchema = messageVariant(
  z.literal('video'),
  'video',
  cloudVideoObjectSchema,
  cloudEnvelope,
).check(recipientCheck);
const cloudAudioMessageSchema = messageVariant(
  z.literal('audio'),
  'audio',
  cloudAudioObjectSchema,
  cloudEnvelope,
).check(recipientCheck);
const cloudDocumentMessageSchema = messageVariant(
  z.literal('document'),
  'document',
  cloudDocumentObjectSchema,
  cloudEnvelope,
).check(recipientCheck);
const cloudStickerMessageSchema = messageVariant(
  z.literal('sticker'),
  'sticker',
  cloudStickerObjectSchema,
  cloudEnvelope,
).check(recipientCheck);
const cloudContactsMessageSchema = messageVariant(
  z.literal('contacts'),
  'contacts',
  contactsSchema,
  cloudEnvelope,
).check(recipientCheck);
const cloudLocationMessageSchema = messageVariant(
  z.literal('location'),
  'location',
  locationObjectSchema,
  cloudEnvelope,
).check(recipientCheck);
const cloudReactionMessageSchema = messageVariant(
  z.literal('reaction'),
  'reaction',
  reactionObjectSchema,
  cloudEnvelope,
).check(recipientCheck);
const cloudInteractiveMessageSchema = messageVariant(
  z.literal('interactive'),
  'interactive',
  cloudInteractiveObjectSchema,
  cloudEnvelope,
).check(recipientCheck);
const cloudTemplateMessageSchema = messageVariant(
  z.literal('template'),
  'template',
  cloudTemplateObjectSchema,
  cloudEnvelope,
).check(recipientCheck);

/** The message types the Cloud API accepts. */
export const cloudMessageTypes = [
  'text',
  'image',
  'video',
  'audio',
  'document',
  'sticker',
  'contacts',
  'location',
  'reaction',
  'interactive',
  'template',
] as const satisfies readonly PayloadKey[];

/**
 * The JSON body of a Cloud API send request (`POST /{phone-number-id}/messages`), strict: a discriminated
 * union on `type` (omitted `type` means text, R-REQ-4) with `messaging_product: "whatsapp"` (R-REQ-6).
 * On-Premises-only fields are rejected with the rule that makes them so: `hsm` (R-REQ-19), top-level
 * `preview_url` (R-REQ-20), media `provider` (R-MEDIA-13), template `namespace` (R-TPL-4).
 *
 * @example
 * ```ts
 * cloudSendRequestSchema.parse({ messaging_product: 'whatsapp', to: '15551234567', text: { body: 'Hi' } });
 * ```
 */
export const cloudSendRequestSchema = z
  .discriminatedUnion('type', [
    cloudTextMessageSchema,
    cloudImageMessageSchema,
    cloudVideoMessageSchema,
    cloudAudioMessageSchema,
    cloudDocumentMessageSchema,
    cloudStickerMessageSchema,
    cloudContactsMessageSchema,
    cloudLocationMessageSchema,
    cloudReactionMessageSchema,
    cloudInteractiveMessageSchema,
    cloudTemplateMessageSchema,
  ])
  .check(
    typeIssueCheck(cloudMessageTypes, {
      hsm: {
        rule: 'R-REQ-19',
        message: 'hsm messages exist only on the On-Premises API (deprecated since v2.39); send a template',
      },
    }),
  );

/** The JSON body of a Cloud API send request; narrow on `type`. */
export type CloudSendRequest = z.infer<typeof cloudSendRequestSchema>;
/** The Cloud API send request schema (same as {@link cloudSendRequestSchema}). */
export const CloudSendRequest = cloudSendRequestSchema;
