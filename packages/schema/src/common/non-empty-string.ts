import type * as z from 'zod/mini';
import { reportRule } from '../validation/rule-check.ts';
import { textSchema } from './text-schema.ts';

/**
 * A string that must not be empty, reported with `rule` when one applies (e.g. `to`, R-REQ-1). No other
 * limit is invented (D-17).
 */
export function nonEmptyString(rule?: string): z.ZodMiniString {
  return textSchema((ctx) => {
    if (ctx.value.length === 0) {
      if (rule === undefined)
        ctx.issues.push({ code: 'custom', message: 'must not be empty', input: ctx.value });
      else reportRule(ctx, { rule, message: 'must not be empty' });
    }
  });
}
