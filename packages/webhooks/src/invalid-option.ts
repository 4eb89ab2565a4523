import { ValidationError } from '@wa/schema';

/** The typed error of an option that is invalid or makes no sense with another one. */
export function invalidOption(subject: string, path: string, message: string): ValidationError {
  return new ValidationError({ subject, packageName: '@wa/webhooks', issues: [{ path, message }] });
}

/** Throws the typed error of an option that is not a positive whole number (`unit`: ` of bytes`, …). */
export function checkPositiveInteger(subject: string, path: string, value: unknown, unit = ''): void {
  if (!Number.isSafeInteger(value) || (value as number) <= 0) {
    throw invalidOption(subject, path, `must be a positive whole number${unit}; got ${value}`);
  }
}
