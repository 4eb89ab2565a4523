import * as z from 'zod/mini';
import { forbiddenField } from '../common/forbidden-field.ts';
import { recipientCheck } from '../common/recipient-check.ts';
import { cloudEnvelope } from './cloud-send-request.ts';
import { contactsSchema } from './contacts/contact-object.ts';
import { interactiveObjectSchema } from './interactive/interactive-object.ts';
import { locationObjectSchema } from './location/location-object.ts';
import {
  audioObjectSchema,
  documentObjectSchema,
  imageObjectSchema,
  stickerObjectSchema,
  videoObjectSchema,
} from './media/media-object.ts';
import { reactionObjectSchema } from './reaction/reaction-object.ts';
import { messageVariant, payloadKeys, typeIssueCheck } from './send-request-parts.ts';
import { hsmObjectSchema } from './template/hsm-object.ts';
import { templateObjectSchema } from './template/template-object.ts';
import { textObjectSchema } from './text/text-object.ts';

/**
 * The fields around the payload of an `OutgoingMessage`: the Cloud envelope (`recipient_type`, `to`, and the
 * Cloud-only `recipient`, `context` and `biz_opaque_callback_data`) without `messaging_product`, and with
 * `preview_url` moved into `text`. Fields only one API has are allowed here and checked when converting.
 */
const outgoingEnvelope = {
  ...cloudEnvelope,
  /** Added by `toCloudSendRequest`; not part of an `OutgoingMessage` (R-REQ-6). */
  messaging_product: forbiddenField(
    'R-REQ-6',
    'is added by toCloudSendRequest; leave it out of an OutgoingMessage',
  ),
  /** Set `text.preview_url` instead; `toOnPremSendRequest` moves it to the top level (R-REQ-20). */
  preview_url: forbiddenField(
    'R-REQ-20',
    'set text.preview_url in an OutgoingMessage; toOnPremSendRequest moves it to the top level',
  ),
};

/** A text message: `text.body` of 1 to 4096 characters, optional `text.preview_url`; `type` may be omitted. */
export const textMessageSchema = messageVariant(
  z.optional(z.literal('text')),
  'text',
  textObjectSchema,
  outgoingEnvelope,
).check(recipientCheck);
/** An image message: `image` with `id` or `link`, optional `caption`. */
export const imageMessageSchema = messageVariant(
  z.literal('image'),
  'image',
  imageObjectSchema,
  outgoingEnvelope,
).check(recipientCheck);
/** A video message: `video` with `id` or `link`, optional `caption`. */
export const videoMessageSchema = messageVariant(
  z.literal('video'),
  'video',
  videoObjectSchema,
  outgoingEnvelope,
).check(recipientCheck);
/** An audio message: `audio` with `id` or `link` (Cloud: optional `voice`); no caption. */
export const audioMessageSchema = messageVariant(
  z.literal('audio'),
  'audio',
  audioObjectSchema,
  outgoingEnvelope,
).check(recipientCheck);
/** A document message: `document` with `id` or `link`, optional `filename` and (Cloud) `caption`. */
export const documentMessageSchema = messageVariant(
  z.literal('document'),
  'document',
  documentObjectSchema,
  outgoingEnvelope,
).check(recipientCheck);
/** A sticker message: `sticker` with `id` or `link`; no caption. */
export const stickerMessageSchema = messageVariant(
  z.literal('sticker'),
  'sticker',
  stickerObjectSchema,
  outgoingEnvelope,
).check(recipientCheck);
/** A contacts message: one or more contact cards. */
export const contactsMessageSchema = messageVariant(
  z.literal('contacts'),
  'contacts',
  contactsSchema,
  outgoingEnvelope,
).check(recipientCheck);
/** A location message: latitude, longitude, name and address. */
export const locationMessageSchema = messageVariant(
  z.literal('location'),
  'location',
  locationObjectSchema,
  outgoingEnvelope,
).check(recipientCheck);
/** A reaction message (Cloud API only): an emoji on an earlier message, or `""` to remove it. */
export const reactionMessageSchema = messageVariant(
  z.literal('reaction'),
  'reaction',
  reactionObjectSchema,
  outgoingEnvelope,
).check(recipientCheck);
/** An interactive message (list, buttons, products, flow, location request). */
export const interactiveMessageSchema = messageVariant(
  z.literal('interactive'),
  'interactive',
  interactiveObjectSchema,
  outgoingEnvelope,
).check(recipientCheck);
/** A template message. */
export const templateMessageSchema = messageVariant(
  z.literal('template'),
  'template',
  templateObjectSchema,
  outgoingEnvelope,
).check(recipientCheck);
/**
 * A legacy On-Premises `hsm` message.
 *
 * @deprecated Deprecated by the On-Premises API since v2.39 and absent from the Cloud API (R-REQ-19, D-5);
 * send a template message. `toOnPremSendRequest` accepts it only with `legacyHsm: true` or an older
 * `clientVersion`.
 */
export const hsmMessageSchema = messageVariant(
  z.literal('hsm'),
  'hsm',
  hsmObjectSchema,
  outgoingEnvelope,
).check(recipientCheck);

/** Every message type an `OutgoingMessage` can have: one per payload key, `hsm` included. */
export const outgoingMessageTypes = payloadKeys;

/**
 * A message to send, in the dialect-neutral shape both transports accept: the Cloud request shape without
 * `messaging_product`. Fields only one API has (`context`, `biz_opaque_callback_data`, `recipient`,
 * `text.preview_url`, template `namespace`, media `provider`, …) are allowed here;
 * `toCloudSendRequest` and `toOnPremSendRequest` check and convert them.
 *
 * A discriminated union on `type`; `type` may be omitted for text (R-REQ-4).
 */
export const outgoingMessageSchema = z
  .discriminatedUnion('type', [
    textMessageSchema,
    imageMessageSchema,
    videoMessageSchema,
    audioMessageSchema,
    documentMessageSchema,
    stickerMessageSchema,
    contactsMessageSchema,
    locationMessageSchema,
    reactionMessageSchema,
    interactiveMessageSchema,
    templateMessageSchema,
    hsmMessageSchema,
  ])
  .check(typeIssueCheck(outgoingMessageTypes, {}));

/** A message to send, in the dialect-neutral shape both transports accept; narrow on `type`. */
export type OutgoingMessage = z.infer<typeof outgoingMessageSchema>;
/** The dialect-neutral outgoing message schema (same as {@link outgoingMessageSchema}). */
export const OutgoingMessage = outgoingMessageSchema;

/** A text message (`type` `text` or omitted). */
export type TextMessage = z.infer<typeof textMessageSchema>;
/** An image message. */
export type ImageMessage = z.infer<typeof imageMessageSchema>;
/** A video message. */
export type VideoMessage = z.infer<typeof videoMessageSchema>;
/** An audio message. */
export type AudioMessage = z.infer<typeof audioMessageSchema>;
/** A document message. */
export type DocumentMessage = z.infer<typeof documentMessageSchema>;
/** A sticker message. */
export type StickerMessage = z.infer<typeof stickerMessageSchema>;
/** A contacts message. */
export type ContactsMessage = z.infer<typeof contactsMessageSchema>;
/** A location message. */
export type LocationMessage = z.infer<typeof locationMessageSchema>;
/** A reaction message (Cloud API only). */
export type ReactionMessage = z.infer<typeof reactionMessageSchema>;
/** An interactive message. */
export type InteractiveMessage = z.infer<typeof interactiveMessageSchema>;
/** A template message. */
export type TemplateMessage = z.infer<typeof templateMessageSchema>;
/**
 * A legacy On-Premises hsm message.
 *
 * @deprecated Send a template message (R-REQ-19).
 */
export type HsmMessage = z.infer<typeof hsmMessageSchema>;
