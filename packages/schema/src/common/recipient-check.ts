import type * as z from 'zod/mini';
import { reportRule } from '../validation/rule-check.ts';
import { isPlainObjectPayload } from './plain-object.ts';
import { valueCheck } from './value-check.ts';

/** The recipient fields of a Cloud request or an `OutgoingMessage`. */
interface RecipientFields {
  to?: string | undefined;
  recipient?: string | undefined;
}

/**
 * A Cloud API message needs a recipient: `to` (phone number or WhatsApp ID) or `recipient` (a
 * business-scoped user ID); when both are given the API uses `to` (R-REQ-1).
 */
export const recipientCheck: z.core.$ZodCheck<RecipientFields> = valueCheck<RecipientFields>((value, ctx) => {
  if (value.to === undefined && value.recipient === undefined) {
    reportRule(ctx, {
      rule: 'R-REQ-1',
      path: ['to'],
      message: 'is required (or, on the Cloud API, "recipient" with a business-scoped user ID)',
    });
  }
}, isPlainObjectPayload);
