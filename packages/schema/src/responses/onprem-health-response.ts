// Incoming shape: tolerant on purpose. Unknown keys pass through, and `gateway_status` / `role` are
// plain strings so that a value a newer client adds still parses.
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';
import { onPremResponseMetaSchema } from './onprem-response-meta.ts';

/** The health of one On-Premises node (or of the single instance). */
export const onPremNodeHealthSchema = looseObject({
  /**
   * The link between the node and the WhatsApp servers: `connected` or `connecting` (healthy),
   * `disconnected`, `uninitialized` or `unregistered`.
   */
  gateway_status: z.string(),
  /** The node's role in a high-availability or multiconnect setup: `primary_master`, `secondary_master` or `coreapp`. */
  role: z.optional(z.string()),
});

/** The health of one On-Premises node. */
export type OnPremNodeHealth = z.infer<typeof onPremNodeHealthSchema>;

/**
 * The body of `GET /v1/health`. A single instance answers `{ health: { gateway_status } }`; a
 * high-availability or multiconnect setup answers one entry per node, keyed `hostname:container-id`.
 */
export const onPremHealthResponseSchema = looseObject({
  /** The single instance's health, or each node's health by `hostname:container-id`. */
  health: z.union([onPremNodeHealthSchema, z.record(z.string(), onPremNodeHealthSchema)]),
  /** Client status and version. */
  meta: z.optional(onPremResponseMetaSchema),
});

/** The body of `GET /v1/health`. */
export type OnPremHealthResponse = z.infer<typeof onPremHealthResponseSchema>;
