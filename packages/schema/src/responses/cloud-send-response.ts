// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged so that a field the API adds
// later never breaks parsing; only the fields the SDK relies on are checked.
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';
import { sentMessagesSchema } from './sent-message-entry.ts';

/** One recipient in a Cloud API send response, as the API resolved it (R-RESP-2). */
export const cloudSendResponseContactSchema = looseObject({
  /** The `to` value that was sent. */
  input: z.string(),
  /** The recipient's WhatsApp ID. */
  wa_id: z.string(),
});

/** One recipient in a Cloud API send response. */
export type CloudSendResponseContact = z.infer<typeof cloudSendResponseContactSchema>;

/**
 * The body of a successful Cloud API send (`POST /{phone-number-id}/messages`), R-RESP-1 to R-RESP-3:
 * `{ messaging_product: 'whatsapp', contacts: [{ input, wa_id }], messages: [{ id, message_status? }] }`.
 * A message ID means the request was stored, not that the message was delivered (R-RESP-6).
 */
export const cloudSendResponseSchema = looseObject({
  /** Always `whatsapp` (R-RESP-2). */
  messaging_product: z.literal('whatsapp'),
  /** The recipients (R-RESP-2). */
  contacts: z.array(cloudSendResponseContactSchema),
  /** The accepted messages, at least one (R-RESP-1); IDs start with `wamid.`. */
  messages: sentMessagesSchema,
});

/** The zod schema of a successful Cloud API send response (same as {@link cloudSendResponseSchema}). */
export const CloudSendResponse = cloudSendResponseSchema;
/** The body of a successful Cloud API send. */
export type CloudSendResponse = z.infer<typeof cloudSendResponseSchema>;
