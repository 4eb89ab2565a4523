import * as z from 'zod/mini';
import { reportRule } from '../validation/rule-check.ts';

/** `http://` or `https://`, then a host, then anything without whitespace. Compiled once. */
const httpUrlPattern = /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i;

/** A media `link`: an absolute HTTP or HTTPS URL (R-MEDIA-5). */
export const httpUrlSchema: z.ZodMiniString = z.string().check((ctx) => {
  if (!httpUrlPattern.test(ctx.value)) {
    reportRule(ctx, {
      rule: 'R-MEDIA-5',
      message: 'must be an absolute http:// or https:// URL',
    });
  }
});
