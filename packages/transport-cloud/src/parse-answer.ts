import { RequestError } from '@wa/schema';
import type * as z from 'zod/mini';
import { PACKAGE_NAME } from './package-name.ts';

/**
 * The error for a 2xx answer whose body is not what the call expects: a `RequestError` with code
 * `WA_NETWORK_ERROR`, the body's problem as `cause`.
 *
 * @param mayHaveBeenSent True when the call may have created something (a send, an upload).
 */
export function unexpectedAnswer(operation: string, cause: unknown, mayHaveBeenSent: boolean): RequestError {
  return new RequestError({
    code: 'WA_NETWORK_ERROR',
    message: `${operation}: the Cloud API answered 2xx with an unexpected body.`,
    mayHaveBeenSent,
    packageName: PACKAGE_NAME,
    cause,
  });
}

/**
 * The body of a 2xx answer read with `schema`.
 *
 * @throws RequestError (see {@link unexpectedAnswer}) when the body does not match.
 */
export function parseAnswer<S extends z.ZodMiniType>(
  schema: S,
  body: unknown,
  operation: string,
  mayHaveBeenSent: boolean,
): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw unexpectedAnswer(operation, parsed.error, mayHaveBeenSent);
  return parsed.data;
}
