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
  undeliverableBaseDelayMs: 900_000,
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
    // R-DLV-3: a 503 that is not a Graph answer may come from a proxy after the request was processed.
    expect(error).toMatchObject({ isRetryable: false, mayHaveBeenSent: true, retryClass: 'if-idempotent' });
    expect(
      toGraphApiError({ ...failure(503, 'Service Unavailable', body), idempotent: true }).isRetryable,
    ).toBe(true);
  });

  it('still reads the code of an almost-Graph error body', () => {
    const body = { error: { code: 131056, message: 'Pair rate limit hit', error_data: { blame: 'x' } } };
    const error = toGraphApiError(failure(400, 'Bad Request', body));
    expect(error).toMatchObject({
      errorCode: 131056,
      message: '[@wa/transport-cloud] HTTP 400 (code 131056): Pair rate limit hit',
      isRetryable: true,
      mayHaveBeenSent: false,
      retryClass: 'rate-limit',
    });
  });

  it('names the status when there is no status text (HTTP/2)', () => {
    expect(toGraphApiError(failure(500, '', undefined)).message).toBe(
      '[@wa/transport-cloud] HTTP 500: HTTP 500',
    );
  });

  it('R-DLV-3 reads is_transient as "idempotent calls only" for a code the table does not list', () => {
    const body = {
      error: { message: 'Temporary', type: 'OAuthException', code: 999_999, is_transient: true },
    };
    const send = toGraphApiError(failure(500, 'Internal Server Error', body));
    expect(send).toMatchObject({
      errorCode: 999_999,
      isTransient: true,
      isRetryable: false,
      mayHaveBeenSent: true,
      retryClass: 'if-idempotent',
    });
    const read = toGraphApiError({ ...failure(500, 'Internal Server Error', body), idempotent: true });
    expect(read.isRetryable).toBe(true);
  });

  it('R-DLV-11 R-ERR-1: 131026 fails fast with a suggested delay for a queue', () => {
    const body = { error: { message: 'Message undeliverable', type: 'OAuthException', code: 131026 } };
    expect(toGraphApiError(failure(400, 'Bad Request', body))).toMatchObject({
      retryClass: 'undeliverable',
      isRetryable: false,
      mayHaveBeenSent: false,
      suggestedRetryDelayMs: 900_000,
    });
  });

  it.each([
    [429, undefined, 'rate-limit'],
    [500, undefined, 'if-idempotent'],
    [400, 131056, 'rate-limit'],
    [503, 131016, 'if-idempotent'],
    [400, 100, 'never'],
  ] as const)('HTTP %i code %s is %s', (status, code, expected) => {
    expect(cloudRetryClass(status, code, undefined)).toBe(expected);
  });
});
