// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged so that a field the API adds
// later never breaks parsing; only the fields the SDK relies on are checked.
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';
import { reportRule } from '../validation/rule-check.ts';

/** One accepted message in a send response (`messages[]`), shared by both APIs. */
export const sentMessageEntrySchema = looseObject({
  /** The ID of the accepted message: `wamid.…` on the Cloud API, opaque on the On-Premises API (R-RESP-1, R-RESP-2). */
  id: z.string(),
  /**
   * Present only when the message is held for quality assessment (R-RESP-3), e.g.
   * `held_for_quality_assessment` (Cloud) or "Message has been held because quality assessment is pending"
   * (On-Premises); absent otherwise.
   */
  message_status: z.optional(z.string()),
});

/** One accepted message in a send response. */
export type SentMessageEntry = z.infer<typeof sentMessageEntrySchema>;

/** The `messages` array of a send response: at least one entry (R-RESP-1). */
export const sentMessagesSchema = z.array(sentMessageEntrySchema).check((ctx) => {
  if (ctx.value.length === 0) {
    reportRule(ctx, {
      rule: 'R-RESP-1',
      limit: 1,
      message: 'is empty; an accepted send returns at least 1 message ID',
    });
  }
});
