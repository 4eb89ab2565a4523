import type * as z from 'zod/mini';

/** True when `value` is a non-null, non-array object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `when` condition of object-level checks: run whenever the value is an object, even after a field
 * failed, so that every problem is listed at once. Such checks must read their fields defensively.
 */
export function isPlainObjectPayload(payload: z.core.ParsePayload): boolean {
  return isPlainObject(payload.value);
}
