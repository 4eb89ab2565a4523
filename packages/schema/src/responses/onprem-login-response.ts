// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged.
import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';
import { onPremResponseMetaSchema } from './onprem-response-meta.ts';

/** One entry of an On-Premises login response. */
export const onPremLoginUserSchema = looseObject({
  /** The bearer token for later calls. Secret: never log it. */
  token: z.string(),
  /** When the token expires, as the client writes it, e.g. `2026-11-29 00:00:00+00:00`. */
  expires_after: z.string(),
});

/** One entry of an On-Premises login response. */
export type OnPremLoginUser = z.infer<typeof onPremLoginUserSchema>;

/** The body of a successful On-Premises login (`POST /v1/users/login`): `{ users: [{ token, expires_after }] }`. */
export const onPremLoginResponseSchema = looseObject({
  /** The logged-in user, exactly one in practice. */
  users: z.array(onPremLoginUserSchema).check(z.minLength(1)),
  /** Client status and version. */
  meta: z.optional(onPremResponseMetaSchema),
});

/** The body of a successful On-Premises login. */
export type OnPremLoginResponse = z.infer<typeof onPremLoginResponseSchema>;
