import { describe, expect, it } from 'vitest';
import { GraphApiError } from './graph-api-error.ts';
import { cloudRetryClass, toGraphApiError } from './to-graph-api-error.ts';

const failure = (statusCode: number, statusText: string, body: unknown) => ({
  statusCode,
  statusText,
  body,
  headers: new Headers(),
  retryAfterMs: undefined,
  operation: 'send',
  idempotent: false,
});

describe('toGraphApiError', () => {
  it.each([
    ['an empty body', undefined],
    ['an HTML page', '<html>Service Unavailable</html>'],
    ['a JSON body of another shape', { message: 'nope' }],
    ['an error without a code', { error: { message: 'x', type: 'y' } }],
  ])('falls back to the status text for %s', (_label, body) => {
    const error = toGraphApiError(failure(503, 'Service Unavailable', body));
    expect(GraphApiError.isInstance(error)).toBe(true);
    expect(error.message).toBe('[@wa/transport-cloud] HTTP 503: Service Unavailable');
    expect(error.responseBody).toStrictEqual(body);
    expect(error.isRetryable).toBe(true);
  });

  it('still reads the code of an almost-Graph error body', () => {
    const body = { error: { code: 131056, message: 'Pair rate limit hit', error_data: { blame: 'x' } } };
    const error = toGraphApiError(failure(400, 'Bad Request', body));
    expect(error).toMatchObject({
      errorCode: 131056,
      message: '[@wa/transport-cloud] HTTP 400 (code 131056): Pair rate limit hit',
      isRetryable: true,
    });
  });

  it('names the status when there is no status text (HTTP/2)', () => {
    expect(toGraphApiError(failure(500, '', undefined)).message).toBe(
      '[@wa/transport-cloud] HTTP 500: HTTP 500',
    );
  });

  it('honours is_transient for a code the table does not list', () => {
    const body = {
      error: { message: 'Temporary', type: 'OAuthException', code: 999_999, is_transient: true },
    };
    const error = toGraphApiError(failure(400, 'Bad Request', body));
    expect(error).toMatchObject({ errorCode: 999_999, isTransient: true, isRetryable: true });
  });

  it.each([
    [429, undefined, false, 'rate-limit'],
    [500, undefined, false, 'never'],
    [500, undefined, true, 'transient'],
    [400, 131056, false, 'rate-limit'],
  ] as const)('HTTP %i code %s (idempotent %s) is %s', (status, code, idempotent, expected) => {
    expect(cloudRetryClass(status, code, undefined, idempotent)).toBe(expected);
  });
});
