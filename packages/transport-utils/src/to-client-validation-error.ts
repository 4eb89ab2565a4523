import { ValidationError } from '@wa/schema';

/**
 * A `ValidationError` raised by `@wa/schema` inside a client, raised again in the name of the client's
 * package (same issues, the original as `cause`), so the message says which package the user called.
 * Anything else is returned unchanged.
 *
 * @example
 * try { body = toCloudSendRequest(message); } catch (error) { throw toClientValidationError(error, PACKAGE_NAME); }
 */
export function toClientValidationError(error: unknown, packageName: string): unknown {
  if (!ValidationError.isInstance(error) || error.message.startsWith(`[${packageName}]`)) return error;
  const subject = /\] Invalid (.*) \(\d+ problems?\):/.exec(error.message)?.[1] ?? 'message';
  return new ValidationError({ subject, issues: error.issues, packageName, cause: error });
}
