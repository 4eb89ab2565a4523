import { safeValidate, type ValidationIssue } from '@wa/schema';
import {
  cloudMarkReadRequestSchema,
  cloudSendRequestSchema,
  onPremMarkReadRequestSchema,
  onPremSendRequestSchema,
} from '@wa/schema/messages';
import type * as z from 'zod/mini';

/** The outcome of validating a request body with `@wa/schema`. */
export type RequestCheck<T = Record<string, unknown>> =
  | { ok: true; body: T }
  | { ok: false; issues: readonly ValidationIssue[] };

function check<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  subject: string,
): RequestCheck<z.output<S>> {
  const result = safeValidate(schema, input, subject);
  return result.success ? { ok: true, body: result.data } : { ok: false, issues: result.error.issues };
}

/** Validates a Cloud API send request body (`cloudSendRequestSchema`). */
export function validateCloudSendRequest(input: unknown): RequestCheck {
  return check(cloudSendRequestSchema, input, 'Cloud send request') as RequestCheck;
}

/** Validates an On-Premises API send request body (`onPremSendRequestSchema`). */
export function validateOnPremSendRequest(input: unknown): RequestCheck {
  return check(onPremSendRequestSchema, input, 'On-Premises send request') as RequestCheck;
}

/** Validates a Cloud API mark-as-read body (`cloudMarkReadRequestSchema`). */
export function validateCloudMarkRead(
  input: unknown,
): RequestCheck<z.output<typeof cloudMarkReadRequestSchema>> {
  return check(cloudMarkReadRequestSchema, input, 'Cloud mark-as-read request');
}

/** Validates an On-Premises API mark-as-read body (`onPremMarkReadRequestSchema`). */
export function validateOnPremMarkRead(
  input: unknown,
): RequestCheck<z.output<typeof onPremMarkReadRequestSchema>> {
  return check(onPremMarkReadRequestSchema, input, 'On-Premises mark-as-read request');
}
