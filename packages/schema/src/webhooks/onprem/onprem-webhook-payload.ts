// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged; message types and status
// values added later parse as `unknown` variants carrying the original under `raw`.
// On-Premises shapes only (the Cloud envelope is in ../cloud/); the message objects are shared.
import type * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';
import { webhookContactSchema } from '../cloud/cloud-webhook-payload.ts';
import { inboundMessageSchema } from '../messages/inbound-message.ts';
import { webhookErrorSchema } from '../messages/webhook-error.ts';
import {
  type NotificationPartSchemas,
  notificationArrays,
  unparsedNotificationParts,
} from '../notification-arrays.ts';
import { onPremMessageStatusSchema } from './onprem-message-status.ts';

/** The body around the given part schemas; at least one of `messages`, `statuses` and `errors` (R-WH-3). */
/* @__NO_SIDE_EFFECTS__ */
function onPremPayloadOf<P extends NotificationPartSchemas>(parts: P) {
  return looseObject(notificationArrays<P['contact'], P['message'], P['status'], P['error']>(parts)).check(
    (ctx) => {
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
    },
  );
}

/**
 * The JSON body the On-Premises client posts to its webhook: the top-level arrays `contacts`,
 * `messages`, `statuses` and `errors` (no `object`/`entry` envelope). At least one of `messages`,
 * `statuses` and `errors` is present.
 */
export const onPremWebhookPayloadSchema = onPremPayloadOf({
  contact: webhookContactSchema,
  message: inboundMessageSchema,
  status: onPremMessageStatusSchema,
  error: webhookErrorSchema,
});

/**
 * The On-Premises body with its arrays checked to be arrays but their items unparsed, for reading one
 * part at a time (as `@wa/webhooks` does). Same definition as {@link onPremWebhookPayloadSchema}.
 */
export const onPremWebhookPayloadEnvelopeSchema = onPremPayloadOf(unparsedNotificationParts);

/** The zod schema of an On-Premises webhook body (same as {@link onPremWebhookPayloadSchema}). */
export const OnPremWebhookPayload = onPremWebhookPayloadSchema;
/** The JSON body the On-Premises client posts to its webhook. */
export type OnPremWebhookPayload = z.infer<typeof onPremWebhookPayloadSchema>;
