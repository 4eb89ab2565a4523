import * as z from 'zod';

/**
 * A check that calls `fn(value, ctx)` when `when(payload)` holds, even after the value failed its own
 * parse, like `z.superRefine(fn, { when })`. Unlike `superRefine` it installs no `addIssue` closure on every
 * payload it checks, so a valid value allocates nothing here; `fn` reports through `ctx.issues` (for
 * example with `reportRule`).
 */
export function valueCheck<T>(
  fn: (value: T, ctx: z.core.ParsePayload<T>) => void,
  when: (payload: z.core.ParsePayload) => boolean,
): z.core.$ZodCheck<T> {
  const check: z.core.$ZodCheck<T> = new z.core.$ZodCheck({ check: 'custom', when });
  check._zod.check = (payload) => fn(payload.value, payload);
  return check;
}
