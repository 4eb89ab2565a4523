// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged.
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';

/** The body the Cloud API returns for calls without a result (mark as read, media delete): `{ success: true }`. */
export const cloudSuccessResponseSchema = looseObject({
  /** Always `true`. */
  success: z.literal(true),
});

/** The body the Cloud API returns for calls without a result. */
export type CloudSuccessResponse = z.infer<typeof cloudSuccessResponseSchema>;
