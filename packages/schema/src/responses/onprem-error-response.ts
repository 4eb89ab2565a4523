// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged.
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';
import { onPremResponseMetaSchema } from './onprem-response-meta.ts';

/** One entry of the `errors` array of an On-Premises error response. */
export const onPremErrorSchema = looseObject({
  /** The client's numeric error code, e.g. `1026` (receiver incapable) or `1015` (too many requests). */
  code: z.number(),
  /** A short name of the error. */
  title: z.string(),
  /** A longer explanation, when the client gives one. */
  details: z.optional(z.string()),
  /** A link to the error's documentation, when given. */
  href: z.optional(z.string()),
});

/** One entry of the `errors` array of an On-Premises error response. */
export type OnPremError = z.infer<typeof onPremErrorSchema>;

/**
 * The body of an On-Premises error response: `{ errors: [{ code, title, details? }], meta? }`. When a
 * response has an `errors` section, fix the request and send it again (R-RESP-5).
 */
export const onPremErrorResponseSchema = looseObject({
  /** The errors, at least one. */
  errors: z.array(onPremErrorSchema).check(z.minLength(1)),
  /** Client status and version. */
  meta: z.optional(onPremResponseMetaSchema),
});

/** The zod schema of an On-Premises error body (same as {@link onPremErrorResponseSchema}). */
export const OnPremErrorResponse = onPremErrorResponseSchema;
/** The body of an On-Premises error response. */
export type OnPremErrorResponse = z.infer<typeof onPremErrorResponseSchema>;
