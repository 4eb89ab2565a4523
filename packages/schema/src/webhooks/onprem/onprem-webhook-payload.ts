// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged; message types and status
// values added later parse as `unknown` variants carrying the original under `raw`.
// On-Premises shapes only (the Cloud envelope is in ../cloud/); the message objects are shared.
import * as z from 'zod';
import { webhookContactSchema } from '../cloud/cloud-webhook-payload.ts';
import { inboundMessageSchema } from '../messages/inbound-message.ts';
import { webhookErrorSchema } from '../messages/webhook-error.ts';
import { onPremMessageStatusSchema } from './onprem-message-status.ts';

/**
 * The JSON body the On-Premises client posts to its webhook: the top-level arrays `contacts`,
 * `messages`, `statuses` and `errors` (no `object`/`entry` envelope). At least one of `messages`,
 * `statuses` and `errors` is present.
 */
export const onPremWebhookPayloadSchema = z
  .looseObject({
    /** The senders of `messages`. */
    contacts: z.array(webhookContactSchema).optional(),
    /** Messages users sent. */
    messages: z.array(inboundMessageSchema).optional(),
    /** Status updates of messages the business sent. */
    statuses: z.array(onPremMessageStatusSchema).optional(),
    /** Errors of the client not tied to one message. */
    errors: z.array(webhookErrorSchema).optional(),
  })
  .check((ctx) => {
    const { messages, statuses, errors } = ctx.value;
    if (messages === undefined && statuses === undefined && errors === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: [],
        message:
          'has none of "messages", "statuses" and "errors"; an On-Premises notification has at least one',
      });
    }
  });

/** The zod schema of an On-Premises webhook body (same as {@link onPremWebhookPayloadSchema}). */
export const OnPremWebhookPayload = onPremWebhookPayloadSchema;
/** The JSON body the On-Premises client posts to its webhook. */
export type OnPremWebhookPayload = z.infer<typeof onPremWebhookPayloadSchema>;
