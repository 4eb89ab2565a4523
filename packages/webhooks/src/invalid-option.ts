import { ValidationError } from '@wa/schema';

/** The typed error of an option that is invalid or makes no sense with another one. */
export function invalidOption(subject: string, path: string, message: string): ValidationError {
  return new ValidationError({ subject, packageName: '@wa/webhooks', issues: [{ path, message }] });
}
