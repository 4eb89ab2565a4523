import * as z from 'zod/mini';
import { nonEmptyString } from '../common/non-empty-string.ts';
import { strictObject } from '../common/object-schema.ts';
import { requiredField } from '../common/required-field.ts';
import { ruleLiteral } from '../common/rule-literal.ts';

/**
 * The JSON body that marks a received message as read on the Cloud API (`POST /{phone-number-id}/messages`),
 * optionally showing a typing indicator until you reply (or for about 25 seconds). A request of its own,
 * not part of the send union (R-REQ-21, D-12).
 */
export const cloudMarkReadRequestSchema = strictObject({
  /** Always `"whatsapp"` (R-REQ-6). */
  messaging_product: ruleLiteral('whatsapp', 'R-REQ-6'),
  /** Always `"read"` (R-REQ-21). */
  status: ruleLiteral('read', 'R-REQ-21'),
  /** The ID (`wamid.…`) of the received message, from the messages webhook. */
  message_id: requiredField(nonEmptyString('R-REQ-21'), 'R-REQ-21'),
  /** Shows "typing…" to the user while you prepare the reply. */
  typing_indicator: z.optional(
    strictObject({
      /** The only indicator type: `"text"`. */
      type: z.literal('text'),
    }),
  ),
});

/** The JSON body that marks a received message as read on the Cloud API. */
export type CloudMarkReadRequest = z.infer<typeof cloudMarkReadRequestSchema>;
/** The Cloud mark-as-read request schema (same as {@link cloudMarkReadRequestSchema}). */
export const CloudMarkReadRequest = cloudMarkReadRequestSchema;

/**
 * The JSON body that marks a received message as read on the On-Premises API, sent with
 * `PUT /v1/messages/{message-id}` (the message ID is in the path): `{ "status": "read" }` (R-REQ-21, D-12).
 */
export const onPremMarkReadRequestSchema = strictObject({
  /** Always `"read"` (R-REQ-21). */
  status: ruleLiteral('read', 'R-REQ-21'),
});

/** The JSON body that marks a received message as read on the On-Premises API. */
export type OnPremMarkReadRequest = z.infer<typeof onPremMarkReadRequestSchema>;
/** The On-Premises mark-as-read request schema (same as {@link onPremMarkReadRequestSchema}). */
export const OnPremMarkReadRequest = onPremMarkReadRequestSchema;
