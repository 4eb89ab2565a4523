import * as z from 'zod/mini';
import { reportRule } from '../validation/rule-check.ts';

/** The schema {@link requiredField} returns: `schema`, with a missing value reported under a rule ID. */
export type RequiredField<S extends z.ZodMiniType> = z.ZodMiniPipe<z.ZodMiniUnknown, S>;

/**
 * `schema`, but a missing value is reported as "is required" with `rule` (e.g. the `image` object of an
 * image message, R-REQ-10) instead of a plain type error. Present values are checked by `schema`.
 */
export function requiredField<S extends z.ZodMiniType>(
  schema: S,
  rule: string | undefined,
): RequiredField<S> {
  return z.pipe(
    z.unknown().check((ctx) => {
      if (ctx.value !== undefined) return;
      if (rule === undefined) ctx.issues.push({ code: 'custom', message: 'is required', input: ctx.value });
      else reportRule(ctx, { rule, message: 'is required' });
    }),
    schema,
  );
}
