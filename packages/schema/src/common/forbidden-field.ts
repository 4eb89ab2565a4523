import * as z from 'zod/mini';

/**
 * A field that must not be present where this schema is used, reported with the rule that forbids it
 * (when the digest of the API names one)
 * (for example `caption` on an audio message, R-MEDIA-9, or `context` on the On-Premises API, R-REQ-18).
 *
 * The field stays optional, so an absent key (or `undefined`) passes; any present value is rejected with
 * `message` and the rule ID, instead of the generic "unknown key" error a strict object would give.
 * Its TypeScript type is `never`, so setting it does not compile either.
 */
export function forbiddenField(
  rule: string | undefined,
  message: string,
): z.ZodMiniOptional<z.ZodMiniCustom<never, never>> {
  return z.optional(
    z.custom<never>(() => false, { message, params: rule === undefined ? {} : { rule }, abort: false }),
  );
}
