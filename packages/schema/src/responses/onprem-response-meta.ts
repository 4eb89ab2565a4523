// Incoming shape: tolerant on purpose (unknown keys pass, every field optional).
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';

/** The `meta` block the On-Premises API adds to its responses. */
export const onPremResponseMetaSchema = looseObject({
  /** The API's stability label, e.g. `stable` or `deprecated`. */
  api_status: z.optional(z.string()),
  /** The client version that answered, e.g. `v2.45.1`. */
  version: z.optional(z.string()),
});

/** The `meta` block the On-Premises API adds to its responses. */
export type OnPremResponseMeta = z.infer<typeof onPremResponseMetaSchema>;
