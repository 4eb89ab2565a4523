import type * as z from 'zod/mini';
import type { ValidationIssue } from '../../errors/validation-error.ts';
import { safeValidate } from '../../validation/validate.ts';

/** The validation issues `schema` reports for `input` (empty when valid). Never throws. */
export function issuesOf(schema: z.ZodMiniType, input: unknown): readonly ValidationIssue[] {
  const result = safeValidate(schema, input, 'test value');
  return result.success ? [] : result.error.issues;
}

/** `path [rule]` of every issue, for compact assertions. */
export function rulesOf(schema: z.ZodMiniType, input: unknown): string[] {
  return issuesOf(schema, input).map((issue) => `${issue.path} [${issue.rule ?? '-'}]`);
}
