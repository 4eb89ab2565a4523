import type * as z from 'zod/mini';
import { isPlainObjectPayload } from '../../common/plain-object.ts';
import { valueCheck } from '../../common/value-check.ts';
import { reportRule } from '../../validation/rule-check.ts';

/** An object union discriminated on `type`. */
type TypedUnion = z.ZodMiniType<{ type: string }, { type: string }>;

/** The variants of `S` whose `type` is one of `T`, as an output type. */
type OutputOf<S extends TypedUnion, T extends string> = Extract<z.output<S>, { type: T }>;
/** The variants of `S` whose `type` is one of `T`, as an input type. */
type InputOf<S extends TypedUnion, T extends string> = Extract<z.input<S>, { type: T }>;

/**
 * Narrows a union discriminated on `type` to some of its variants, e.g. a header that may only be
 * `text`. A known variant that is not allowed here is reported under `rule` (when the API names one)
 * with what is allowed `where`, instead of a generic "invalid discriminator" error. The check only
 * reads `type`, so the variant's own problems are reported too.
 */
export function allowVariants<S extends TypedUnion, const T extends z.output<S>['type']>(
  schema: S,
  allowed: readonly T[],
  rule: string | undefined,
  where: string,
): z.ZodMiniType<OutputOf<S, T>, InputOf<S, T>> {
  const allowedList = allowed.map((type) => `"${type}"`).join(', ');
  const check = valueCheck<unknown>((value, ctx) => {
    const type = (value as { type?: unknown }).type;
    if (typeof type !== 'string' || (allowed as readonly string[]).includes(type)) return;
    const message = `is "${type}"; ${where} allows only ${allowedList}`;
    if (rule === undefined) {
      ctx.issues.push({ code: 'custom', message, input: type, path: ['type'] });
    } else {
      reportRule(ctx, { rule, message, path: ['type'] });
    }
  }, isPlainObjectPayload);
  // The check above guarantees that only the allowed variants pass, which is what the cast states.
  return schema.check(check) as unknown as z.ZodMiniType<OutputOf<S, T>, InputOf<S, T>>;
}
