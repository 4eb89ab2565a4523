import { safeValidate, type ValidationIssue } from '@wa/schema';
import { z } from 'zod';

/** The outcome of validating a send request body. */
export type SendRequestCheck =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; issues: readonly ValidationIssue[] };

// Interim shape check until @wa/schema's send-request schemas land.
const interimCloud = z.looseObject({
  messaging_product: z.literal('whatsapp'),
  to: z.string().min(1),
  type: z.string().optional(),
});
const interimOnPrem = z.looseObject({ to: z.string().min(1), type: z.string().optional() });

function check(schema: z.ZodType, input: unknown, subject: string): SendRequestCheck {
  const result = safeValidate(schema, input, subject);
  if (!result.success) return { ok: false, issues: result.error.issues };
  return { ok: true, body: input as Record<string, unknown> };
}

/** Validates a Cloud API send request body with `@wa/schema`. */
export function validateCloudSendRequest(input: unknown): SendRequestCheck {
  return check(interimCloud, input, 'Cloud send request');
}

/** Validates an On-Premises API send request body with `@wa/schema`. */
export function validateOnPremSendRequest(input: unknown): SendRequestCheck {
  return check(interimOnPrem, input, 'On-Premises send request');
}
