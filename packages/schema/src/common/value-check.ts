import { $ZodCheck, type ParsePayload } from 'zod/v4/core';

/**
 * A check that calls `fn(value, ctx)` when `when(payload)` holds, even after the value failed its own
 * parse, like `z.superRefine(fn, { when })`. Unlike `superRefine` it installs no `addIssue` closure on every
 * payload it checks, so a valid value allocates nothing here; `fn` reports through `ctx.issues` (for
 * example with `reportRule`).
 */
export function valueCheck<T>(
  fn: (value: T, ctx: ParsePayload<T>) => void,
  when: (payload: ParsePayload) => boolean,
): $ZodCheck<T> {
  // The core class is imported by name: reaching it through the `zod/mini` namespace (`z.core.…`) would
  // make bundlers keep all of zod.
  const check: $ZodCheck<T> = new $ZodCheck({ check: 'custom', when });
  check._zod.check = (payload) => fn(payload.value, payload);
  return check;
}
