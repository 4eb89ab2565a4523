import type * as z from 'zod';
import { ValidationError } from '../errors/validation-error.ts';
import { toValidationIssues } from './to-validation-issues.ts';

/** The result of a validation that does not throw. */
export type ValidationResult<T> = { success: true; data: T } | { success: false; error: ValidationError };

/**
 * Validates `input` with `schema`. Never throws: on failure the result holds a {@link ValidationError}
 * listing every problem. `subject` names what is validated in the error message.
 */
export function safeValidate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  subject: string,
): ValidationResult<z.output<S>> {
  let parsed: z.ZodSafeParseResult<z.output<S>>;
  try {
    // reportInput: issues carry the offending value, so a wrong type is told apart from a missing field.
    parsed = schema.safeParse(input, { reportInput: true });
  } catch (cause) {
    // zod reports problems as issues; anything thrown (e.g. a getter that throws) still becomes typed.
    const issues = [
      { path: '$', message: `could not be read: ${cause instanceof Error ? cause.message : String(cause)}` },
    ];
    return { success: false, error: new ValidationError({ subject, issues, cause }) };
  }
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    error: new ValidationError({
      subject,
      issues: toValidationIssues(parsed.error.issues),
      cause: parsed.error,
    }),
  };
}

/** Validates `input` with `schema` and returns the typed value, or throws a {@link ValidationError}. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, subject: string): z.output<S> {
  const result = safeValidate(schema, input, subject);
  if (!result.success) throw result.error;
  return result.data;
}
