import type * as z from 'zod/mini';
import type { ValidationIssue } from '../errors/validation-error.ts';
import { knownKeysOf } from './known-keys.ts';
import { suggestKey } from './suggest-key.ts';

/** Formats a zod path as a JSON path: `['interactive', 'rows', 0]` → `$.interactive.rows[0]`. */
export function toJsonPath(path: readonly PropertyKey[]): string {
  let result = '$';
  for (const segment of path) {
    if (typeof segment === 'number') result += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) result += `.${segment}`;
    else result += `[${JSON.stringify(String(segment))}]`;
  }
  return result;
}

/** `must be at most 5`, `must be at least 2 characters long`, `must have at most 1 item`. */
function bound(relation: string, limit: number | bigint, origin: string): string {
  if (origin === 'string') return `must be ${relation} ${String(limit)} characters long`;
  if (origin === 'array' || origin === 'set')
    return `must have ${relation} ${String(limit)} ${limit === 1 ? 'item' : 'items'}`;
  return `must be ${relation} ${String(limit)}`;
}

/**
 * The message of an issue any schema can raise: a wrong or missing value, a wrong literal, no matching
 * variant. Other kinds keep zod's own message (`zod/mini` loads no locale: a generic "Invalid input").
 */
function describeShape(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `must be ${issue.expected}`;
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.message;
  }
}

/** The message of any issue: {@link describeShape}, and the length, size, format and unknown-key checks. */
function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'too_small':
      return bound('at least', issue.minimum, issue.origin);
    case 'too_big':
      return bound('at most', issue.maximum, issue.origin);
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    default:
      return describeShape(issue);
  }
}

/** One {@link ValidationIssue}: the JSON path, `message`, and the rule ID and limit of a rule-checked issue. */
function toIssue(issue: z.core.$ZodIssue, message: string): ValidationIssue {
  const params =
    issue.code === 'custom' ? (issue.params as { rule?: unknown; limit?: unknown } | undefined) : undefined;
  return {
    path: toJsonPath(issue.path),
    message,
    rule: typeof params?.rule === 'string' ? params.rule : undefined,
    limit: typeof params?.limit === 'number' ? params.limit : undefined,
  };
}

/** The known key `key` most likely meant, when {@link safeValidate} recorded the keys known at `input`. */
function suggestKnownKey(key: string, input: unknown): string | undefined {
  const known = knownKeysOf(input);
  return known === undefined ? undefined : suggestKey(key, known);
}

/**
 * Turns zod issues into {@link ValidationIssue}s: a JSON path, a readable message, and the rule ID and
 * limit that rule-checked issues carry. Unrecognized keys get one issue each, at the key's own path, with a
 * "did you mean" for a near-miss of a known key when the issues come from {@link safeValidate}.
 */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  const result: ValidationIssue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') {
      result.push(toIssue(issue, describe(issue)));
      continue;
    }
    for (const key of issue.keys) {
      const suggestion = suggestKnownKey(key, issue.input);
      result.push({
        path: toJsonPath([...issue.path, key]),
        message:
          suggestion === undefined
            ? 'is not a known field here (check its spelling)'
            : `is not a known field here; did you mean "${suggestion}"?`,
      });
    }
  }
  return result;
}

/**
 * {@link toValidationIssues} for the issues of tolerant (incoming) schemas, without the machinery they
 * never need, so a webhook bundle stays small: they keep unknown keys and check no length, size or
 * format, so they raise only wrong or missing values, wrong literals, unmatched variants and custom
 * issues, worded the same way. Any other kind keeps zod's own message, at its own path.
 */
export function toTolerantValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => toIssue(issue, describeShape(issue)));
}
