import * as z from 'zod/mini';
import { isAbortedPayload, textCheckOf } from '../../common/text-schema.ts';
import { valueCheck } from '../../common/value-check.ts';

/** Formats the allowed values of a literal, enum or discriminator for a message. */
function formatValues(values: readonly unknown[]): string {
  const shown = values.filter((value) => value !== undefined).map((value) => JSON.stringify(value));
  return shown.length === 1 ? (shown[0] ?? '') : `one of ${shown.join(', ')}`;
}

/** A readable message for a shape issue at the schema's own path, or `undefined` to keep it as it is. */
function describeShapeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  const path = issue.path ?? [];
  switch (issue.code) {
    case 'invalid_type':
      if (path.length !== 0) return undefined;
      return issue.input === undefined
        ? 'is required'
        : `must be ${issue.expected === 'array' ? 'an array' : `a ${issue.expected}`}`;
    case 'invalid_value':
      if (path.length !== 0) return undefined;
      return issue.input === undefined
        ? `is required: ${formatValues(issue.values)}`
        : `is ${JSON.stringify(issue.input)}; it must be ${formatValues(issue.values)}`;
    case 'invalid_union': {
      const raw = issue as z.core.$ZodRawIssue<z.core.$ZodIssueInvalidUnion> & {
        discriminator?: string;
        options?: unknown[];
      };
      const discriminator = raw.discriminator;
      if (discriminator === undefined && path.length === 0) {
        return issue.input === undefined ? 'is required' : 'has the wrong type';
      }
      if (
        raw.note !== 'No matching discriminator' ||
        discriminator === undefined ||
        path[0] !== discriminator
      ) {
        return undefined;
      }
      if (path.length !== 1) return undefined;
      const input = (raw.input as Record<string, unknown> | undefined)?.[discriminator];
      const allowed = formatValues(raw.options ?? []);
      return input === undefined
        ? `is required: ${allowed}`
        : `is ${JSON.stringify(input)}; it must be ${allowed}`;
    }
    default:
      return undefined;
  }
}

/** Marks the issues {@link withRule} wrote, so an enclosing `withRule` can relabel them. */
const shapeMarker = 'waShapeIssue';

function isShapeIssue(issue: z.core.$ZodRawIssue): boolean {
  return issue.code === 'custom' && issue.params?.[shapeMarker] === true;
}

/** Gives the shape issues of a value itself (not of its fields) the rule `rule`, in place. */
function relabelShapeIssues(issues: z.core.$ZodRawIssue[], rule: string): void {
  for (let index = 0; index < issues.length; index++) {
    const issue = issues[index];
    if (issue === undefined) continue;
    if (isShapeIssue(issue) && (issue.path ?? []).length === 0) {
      // A shape issue of this value labelled by an inner schema: the outer (more specific) rule wins.
      issues[index] = { ...issue, params: { rule, [shapeMarker]: true } } as z.core.$ZodRawIssue;
      continue;
    }
    const message = describeShapeIssue(issue);
    if (message === undefined) continue;
    issues[index] = {
      code: 'custom',
      message,
      input: issue.input,
      path: issue.path ?? [],
      params: { rule, [shapeMarker]: true },
    };
  }
}

/** `when` of a check that only has work to do when the value has an issue. */
function hasIssues(payload: z.core.ParsePayload): boolean {
  return payload.issues.length !== 0;
}

/** `when` of a check that runs even though the value failed its own parse. */
function runAlways(): boolean {
  return true;
}

/**
 * Reports the shape problems of a value itself (missing, wrong JSON type, wrong literal, unknown `type` of
 * a discriminated union) under `rule`, so that "is required" says which rule requires it. Problems inside
 * the value keep their own rules. Returns the same schema type, so inference is unchanged.
 */
export function withRule<S extends z.ZodMiniType>(schema: S, rule: string): S {
  const relabel = (issues: z.core.$ZodRawIssue[]): void => relabelShapeIssues(issues, rule);
  const textCheck = textCheckOf(schema);
  if (textCheck !== undefined) {
    // A string with its own check: run that check (when zod would) and relabel in one check, not two.
    // Not aborted means the value passed `z.string()`, so it is a string.
    const check = valueCheck<unknown>((_value, ctx) => {
      if (!isAbortedPayload(ctx)) textCheck(ctx as z.core.ParsePayload<string>);
      relabel(ctx.issues);
    }, runAlways);
    return z.string().check(check) as unknown as S;
  }
  // Runs whenever the value has an issue, even though it failed its own parse: that failure is what gets
  // the rule ID. A valid value has nothing to relabel, so the check is not even called.
  return schema.check(valueCheck<unknown>((_value, ctx) => relabel(ctx.issues), hasIssues)) as S;
}
