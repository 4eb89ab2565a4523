// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged so that a field the API adds
// later never breaks parsing; only the fields the SDK relies on are checked.
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';
import { onPremResponseMetaSchema } from './onprem-response-meta.ts';
import { sentMessagesSchema } from './sent-message-entry.ts';

/**
 * The body of a successful On-Premises send (`POST /v1/messages`), R-RESP-1 and R-RESP-3:
 * `{ messages: [{ id, message_status? }], meta? }`. The ID means the client stored the request and keeps
 * retrying delivery; it does not mean the message was delivered (R-RESP-6).
 */
export const onPremSendResponseSchema = looseObject({
  /** The accepted messages, at least one (R-RESP-1). */
  messages: sentMessagesSchema,
  /** Client status and version. */
  meta: z.optional(onPremResponseMetaSchema),
});

/** The zod schema of a successful On-Premises send response (same as {@link onPremSendResponseSchema}). */
export const OnPremSendResponse = onPremSendResponseSchema;
/** The body of a successful On-Premises send. */
export type OnPremSendResponse = z.infer<typeof onPremSendResponseSchema>;
