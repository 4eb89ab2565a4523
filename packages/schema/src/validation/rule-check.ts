import { isWithinLength, length } from '@wa/format';
import type * as z from 'zod/mini';
import { textSchema } from '../common/text-schema.ts';

/** The extra data a rule-checked zod issue carries in `params`. */
export interface RuleIssueParams {
  /** The rule ID, e.g. `R-TEXT-2`. */
  rule: string;
  /** The limit that applies, if any. */
  limit?: number | undefined;
}

/** What a refinement reports: where (relative to the checked value), what, and which rule. */
export interface RuleViolation extends RuleIssueParams {
  message: string;
  path?: PropertyKey[] | undefined;
}

/** The context zod passes to `.check()` functions. */
type CheckContext<T> = z.core.ParsePayload<T>;

/** Adds a rule violation to a zod check context. */
export function reportRule<T>(ctx: CheckContext<T>, violation: RuleViolation): void {
  ctx.issues.push({
    code: 'custom',
    message: violation.message,
    input: ctx.value,
    path: violation.path ?? [],
    params: { rule: violation.rule, limit: violation.limit },
  });
}

/** Options of {@link boundedText}. */
export interface BoundedTextOptions {
  /** The rule that sets the maximum. */
  rule: string;
  /** The maximum number of characters (Unicode code points, see `length` in `@wa/format`). */
  max: number;
  /** The rule that forbids an empty string; when set, `''` is rejected. */
  nonEmptyRule?: string | undefined;
}

/**
 * A string of at most `max` characters, counted as Unicode code points (an emoji counts once),
 * reported with its rule ID and limit.
 */
export function boundedText({ rule, max, nonEmptyRule }: BoundedTextOptions): z.ZodMiniString {
  return textSchema((ctx) => {
    const value = ctx.value;
    if (nonEmptyRule !== undefined && value.length === 0) {
      reportRule(ctx, { rule: nonEmptyRule, message: 'must not be empty' });
    }
    if (!isWithinLength(value, max)) {
      reportRule(ctx, {
        rule,
        limit: max,
        message: `is ${length(value)} characters long; at most ${max} are allowed`,
      });
    }
  });
}
