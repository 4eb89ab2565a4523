import { isWithinLength, length } from '@wa/format';
import type * as z from 'zod/mini';
import { textSchema } from '../../common/text-schema.ts';

/**
 * A string of at most `max` characters (Unicode code points, D-1) for limits the API documents outside
 * the rule table of this SDK (no rule ID): the issue still carries the limit.
 */
export function maxLength(max: number): z.ZodMiniString {
  return textSchema((ctx) => {
    if (!isWithinLength(ctx.value, max)) {
      ctx.issues.push({
        code: 'custom',
        message: `is ${length(ctx.value)} characters long; at most ${max} are allowed`,
        input: ctx.value,
        path: [],
        params: { limit: max },
      });
    }
  });
}
