import * as z from 'zod/mini';
import { forbiddenField } from '../common/forbidden-field.ts';
import { nonEmptyString } from '../common/non-empty-string.ts';
import { requiredField } from '../common/required-field.ts';
import { ruleLiteral } from '../common/rule-literal.ts';
import { contactsSchema } from './contacts/contact-object.ts';
import { onPremInteractiveObjectSchema } from './interactive/onprem-interactive-object.ts';
import { locationObjectSchema } from './location/location-object.ts';
import {
  onPremAudioObjectSchema,
  onPremDocumentObjectSchema,
  onPremImageObjectSchema,
  onPremStickerObjectSchema,
  onPremVideoObjectSchema,
} from './media/media-object.ts';
import { messageVariant, type PayloadKey, typeIssueCheck } from './send-request-parts.ts';
import { hsmObjectSchema } from './template/hsm-object.ts';
import { onPremTemplateObjectSchema } from './template/onprem-template-object.ts';
import { onPremTextObjectSchema } from './text/onprem-text-object.ts';

/** The fields every On-Premises message has around its payload; Cloud-only fields are rejected with their rule. */
const onPremEnvelope = {
  /** Not on the On-Premises API (R-REQ-6). */
  messaging_product: forbiddenField('R-REQ-6', 'only the Cloud API uses messaging_product'),
  /** Only `"individual"` is supported, and it is the default (R-REQ-5). */
  recipient_type: z.optional(ruleLiteral('individual', 'R-REQ-5')),
  /** The recipient's WhatsApp ID or phone number (R-REQ-1). */
  to: requiredField(nonEmptyString('R-REQ-1'), 'R-REQ-1'),
  /** Not on the On-Premises API: business-scoped user IDs are a Cloud API feature. */
  recipient: forbiddenField(undefined, 'only the Cloud API accepts a business-scoped user ID; use "to"'),
  /** Not on the On-Premises API: the identity change check is a Cloud API feature. */
  recipient_identity_key_hash: forbiddenField(
    undefined,
    'only the Cloud API checks recipient_identity_key_hash',
  ),
  /** Not on the On-Premises API (R-REQ-18). */
  context: forbiddenField('R-REQ-18', 'only the Cloud API supports reply context'),
  /** Not on the On-Premises API (R-REQ-17). */
  biz_opaque_callback_data: forbiddenField(
    'R-REQ-17',
    'only the Cloud API supports biz_opaque_callback_data',
  ),
  /** Only on text messages (R-REQ-20). */
  preview_url: forbiddenField('R-REQ-20', 'applies only to text messages'),
};

const onPremTextMessageSchema = messageVariant(
  z.optional(z.literal('text')),
  'text',
  onPremTextObjectSchema,
  onPremEnvelope,
  {
    /**
     * `true` shows a preview of the first URL in the body (R-REQ-20). Optional; the API's default is
     * documented both ways (C-1), so the SDK never sets it for you.
     */
    preview_url: z.optional(z.boolean()),
  },
);
const onPremImageMessageSchema = messageVariant(
  z.literal('image'),
  'image',
  onPremImageObjectSchema,
  onPremEnvelope,
);
const onPremVideoMessageSchema = messageVariant(
  z.literal('video'),
  'video',
  onPremVideoObjectSchema,
  onPremEnvelope,
);
const onPremAudioMessageSchema = messageVariant(
  z.literal('audio'),
  'audio',
  onPremAudioObjectSchema,
  onPremEnvelope,
);
const onPremDocumentMessageSchema = messageVariant(
  z.literal('document'),
  'document',
  onPremDocumentObjectSchema,
  onPremEnvelope,
);
const onPremStickerMessageSchema = messageVariant(
  z.literal('sticker'),
  'sticker',
  onPremStickerObjectSchema,
  onPremEnvelope,
);
const onPremContactsMessageSchema = messageVariant(
  z.literal('contacts'),
  'contacts',
  contactsSchema,
  onPremEnvelope,
);
const onPremLocationMessageSchema = messageVariant(
  z.literal('location'),
  'location',
  locationObjectSchema,
  onPremEnvelope,
);
const onPremInteractiveMessageSchema = messageVariant(
  z.literal('interactive'),
  'interactive',
  onPremInteractiveObjectSchema,
  onPremEnvelope,
);
const onPremTemplateMessageSchema = messageVariant(
  z.literal('template'),
  'template',
  onPremTemplateObjectSchema,
  onPremEnvelope,
);
const onPremHsmMessageSchema = messageVariant(z.literal('hsm'), 'hsm', hsmObjectSchema, onPremEnvelope);

/** The message types the On-Premises API accepts (`hsm` is deprecated since v2.39). */
export const onPremMessageTypes = [
  'text',
  'image',
  'video',
  'audio',
  'document',
  'sticker',
  'contacts',
  'location',
  'interactive',
  'template',
  'hsm',
] as const satisfies readonly PayloadKey[];

/**
 * The JSON body of an On-Premises API send request (`POST /v1/messages`), strict: a discriminated union on
 * `type` (omitted `type` means text, R-REQ-4). Cloud-only fields are rejected with the rule that makes them
 * so: `messaging_product` (R-REQ-6), `context` (R-REQ-18), `biz_opaque_callback_data` (R-REQ-17),
 * `text.preview_url` (R-REQ-20); URL previews are the top-level `preview_url` here. The legacy `hsm` type
 * (D-5) is accepted; prefer `template`.
 *
 * @example
 * ```ts
 * onPremSendRequestSchema.parse({ to: '15551234567', preview_url: true, text: { body: 'https://example.com' } });
 * ```
 */
export const onPremSendRequestSchema = z
  .discriminatedUnion('type', [
    onPremTextMessageSchema,
    onPremImageMessageSchema,
    onPremVideoMessageSchema,
    onPremAudioMessageSchema,
    onPremDocumentMessageSchema,
    onPremStickerMessageSchema,
    onPremContactsMessageSchema,
    onPremLocationMessageSchema,
    onPremInteractiveMessageSchema,
    onPremTemplateMessageSchema,
    onPremHsmMessageSchema,
  ])
  .check(
    typeIssueCheck(onPremMessageTypes, {
      reaction: { message: 'only the Cloud API supports reaction messages' },
    }),
  );

/** The JSON body of an On-Premises API send request; narrow on `type`. */
export type OnPremSendRequest = z.infer<typeof onPremSendRequestSchema>;
/** The On-Premises API send request schema (same as {@link onPremSendRequestSchema}). */
export const OnPremSendRequest = onPremSendRequestSchema;
