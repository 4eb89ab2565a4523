// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged; only `code` is required.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';

/**
 * An error reported inside a webhook: on a message the API could not process (e.g. an unsupported type),
 * on a failed status, or for the whole notification. Cloud errors carry `title`, `message` and
 * `error_data.details`; On-Premises errors carry `title` and `details`.
 */
export const webhookErrorSchema = looseObject({
  /** The numeric error code, e.g. `131051` (unsupported message type) or `131026` (undeliverable). */
  code: z.number(),
  /** A short name of the error. */
  title: z.optional(z.string()),
  /** The error message (Cloud API). */
  message: z.optional(z.string()),
  /** A longer explanation (On-Premises API). */
  details: z.optional(z.string()),
  /** A longer explanation (Cloud API). */
  error_data: z.optional(
    looseObject({
      /** What went wrong, in detail. */
      details: z.optional(z.string()),
    }),
  ),
  /** A link to the error's documentation. */
  href: z.optional(z.string()),
});

/** An error reported inside a webhook. */
export type WebhookError = z.infer<typeof webhookErrorSchema>;
