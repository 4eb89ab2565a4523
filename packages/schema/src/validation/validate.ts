import * as z from 'zod/mini';
import { ValidationError } from '../errors/validation-error.ts';
import { recordKnownKeys } from './known-keys.ts';
import { toValidationIssues } from './to-validation-issues.ts';
import type { UnknownKeysOptions } from './unknown-keys-policy.ts';

/** The result of a validation that does not throw. */
export type ValidationResult<T> = { success: true; data: T } | { success: false; error: ValidationError };

/** Parse options: issues carry their input, and unknown keys remember the keys known there. */
const parseOptions = { reportInput: true, error: recordKnownKeys } as const;

/** True when every issue is an unknown key, which the `'allow'` policy lets through. */
function onlyUnknownKeys(issues: readonly z.core.$ZodIssue[]): boolean {
  for (const issue of issues) if (issue.code !== 'unrecognized_keys') return false;
  return true;
}

/**
 * Validates `input` with `schema`. Never throws: on failure the result holds a {@link ValidationError}
 * listing every problem. `subject` names what is validated in the error message.
 *
 * With `{ unknownKeys: 'allow' }` an unknown key of a strict object is not an issue, and a value whose only
 * problems are unknown keys is returned as given, those keys included; every known field is still checked.
 * The default, `'reject'`, reports each unknown key, with a "did you mean" for a near-miss of a known key.
 */
export function safeValidate<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  subject: string,
  options?: UnknownKeysOptions,
): ValidationResult<z.output<S>> {
  let parsed: z.core.util.SafeParseResult<z.output<S>>;
  try {
    // reportInput: issues carry the offending value, so a wrong type is told apart from a missing field.
    parsed = z.safeParse(schema, input, parseOptions);
  } catch (cause) {
    // zod reports problems as issues; anything thrown (e.g. a getter that throws) still becomes typed.
    const issues = [
      { path: '$', message: `could not be read: ${cause instanceof Error ? cause.message : String(cause)}` },
    ];
    return { success: false, error: new ValidationError({ subject, issues, cause }) };
  }
  if (parsed.success) return { success: true, data: parsed.data };
  let issues = parsed.error.issues;
  if (options?.unknownKeys === 'allow') {
    // The schemas transform nothing, so the input is the value zod would have returned, unknown keys kept.
    if (onlyUnknownKeys(issues)) return { success: true, data: input as z.output<S> };
    issues = issues.filter((issue) => issue.code !== 'unrecognized_keys');
  }
  return {
    success: false,
    error: new ValidationError({ subject, issues: toValidationIssues(issues), cause: parsed.error }),
  };
}

/**
 * Validates `input` with `schema` and returns the typed value, or throws a {@link ValidationError}. Takes
 * the same `unknownKeys` option as {@link safeValidate}.
 */
export function validate<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  subject: string,
  options?: UnknownKeysOptions,
): z.output<S> {
  const result = safeValidate(schema, input, subject, options);
  if (!result.success) throw result.error;
  return result.data;
}
