// Outgoing shape: strict, like every request schema. An unknown key is an error.
import * as z from 'zod/mini';
import { strictObject } from '../common/object-schema.ts';

/**
 * The body of an On-Premises contacts check (`POST /v1/contacts`). Since client v2.39 a check before
 * sending is no longer needed; it remains useful to learn a number's WhatsApp ID.
 */
export const onPremContactsRequestSchema = strictObject({
  /** `wait` to answer only once every number is checked; `no_wait` (the default) to answer at once. */
  blocking: z.optional(z.enum(['wait', 'no_wait'])),
  /** The phone numbers to check, at least one. */
  contacts: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** `true` to bypass the client's cache of earlier checks. */
  force_check: z.optional(z.boolean()),
});

/** The body of an On-Premises contacts check. */
export type OnPremContactsRequest = z.infer<typeof onPremContactsRequestSchema>;
