// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged; only the fields an error
// mapper needs are checked, and everything but the message, type and code is optional.
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';

/** The `error` object of a Graph API (Cloud API) error response. */
export const cloudErrorSchema = looseObject({
  /** What went wrong, e.g. `(#131026) Message Undeliverable`. */
  message: z.string(),
  /** The error class, e.g. `OAuthException`. */
  type: z.string(),
  /** The numeric error code, e.g. `131026`, `130429`, `131056`, `100` or `190`. */
  code: z.number(),
  /** A finer-grained code some errors carry, e.g. `2494010`. */
  error_subcode: z.optional(z.number()),
  /** Extra detail for WhatsApp errors. */
  error_data: z.optional(
    looseObject({
      /** Always `whatsapp` when present. */
      messaging_product: z.optional(z.string()),
      /** A longer explanation of the error. */
      details: z.string(),
    }),
  ),
  /** The trace ID to quote to Meta support; present on Graph errors, optional so a proxy's body still parses. */
  fbtrace_id: z.optional(z.string()),
});

/** The `error` object of a Graph API error response. */
export type CloudError = z.infer<typeof cloudErrorSchema>;

/** The body of a Cloud API (Graph API) error response: `{ error: { message, type, code, … } }`. */
export const cloudErrorResponseSchema = looseObject({
  /** The error. */
  error: cloudErrorSchema,
});

/** The zod schema of a Cloud API error body (same as {@link cloudErrorResponseSchema}). */
export const CloudErrorResponse = cloudErrorResponseSchema;
/** The body of a Cloud API error response. */
export type CloudErrorResponse = z.infer<typeof cloudErrorResponseSchema>;
