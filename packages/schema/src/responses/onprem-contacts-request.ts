// Outgoing shape: strict, like every request schema. An unknown key is an error.
import * as z from 'zod';

/**
 * The body of an On-Premises contacts check (`POST /v1/contacts`). Since client v2.39 a check before
 * sending is no longer needed; it remains useful to learn a number's WhatsApp ID.
 */
export const onPremContactsRequestSchema = z.strictObject({
  /** `wait` to answer only once every number is checked; `no_wait` (the default) to answer at once. */
  blocking: z.enum(['wait', 'no_wait']).optional(),
  /** The phone numbers to check, at least one. */
  contacts: z.array(z.string().min(1)).min(1),
  /** `true` to bypass the client's cache of earlier checks. */
  force_check: z.boolean().optional(),
});

/** The body of an On-Premises contacts check. */
export type OnPremContactsRequest = z.infer<typeof onPremContactsRequestSchema>;
