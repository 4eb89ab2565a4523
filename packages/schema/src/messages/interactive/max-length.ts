import { isWithinLength, length } from '@wa/format';
import * as z from 'zod';

/**
 * A string of at most `max` characters (Unicode code points, D-1) for limits the API documents outside
 * the rule table of this SDK (no rule ID): the issue still carries the limit.
 */
export function maxLength(max: number): z.ZodString {
  return z.string().check((ctx) => {
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
