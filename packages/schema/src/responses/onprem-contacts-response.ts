// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged.
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';
import { onPremResponseMetaSchema } from './onprem-response-meta.ts';

/** The check result of one number, as the On-Premises contacts node reports it. */
export const onPremContactStatusValues = ['valid', 'invalid', 'processing'] as const;

/** The check result of one number. */
export type OnPremContactStatus = (typeof onPremContactStatusValues)[number];

/** One checked number in an On-Premises contacts response. */
export const onPremCheckedContactSchema = looseObject({
  /** The number as it was sent. */
  input: z.string(),
  /** `valid` (a WhatsApp user), `invalid` (not one) or `processing` (not checked yet; ask again). */
  status: z.enum(onPremContactStatusValues),
  /** The WhatsApp ID to send to; present when `status` is `valid`. */
  wa_id: z.optional(z.string()),
});

/** One checked number in an On-Premises contacts response. */
export type OnPremCheckedContact = z.infer<typeof onPremCheckedContactSchema>;

/** The body of an On-Premises contacts check response: `{ contacts: [{ input, status, wa_id? }] }`. */
export const onPremContactsResponseSchema = looseObject({
  /** One entry per number sent. */
  contacts: z.array(onPremCheckedContactSchema),
  /** Client status and version. */
  meta: z.optional(onPremResponseMetaSchema),
});

/** The body of an On-Premises contacts check response. */
export type OnPremContactsResponse = z.infer<typeof onPremContactsResponseSchema>;
