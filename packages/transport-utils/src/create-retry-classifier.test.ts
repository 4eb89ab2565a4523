import { ApiError, RequestError, type RetryClass, ValidationError } from '@wa/schema';
import { describe, expect, it } from 'vitest';
import { assessApiFailure, classifyFailure } from './create-retry-classifier.ts';
import { RequestAbortedError } from './request-aborted-error.ts';

const table: Record<number, RetryClass> = {
  130429: 'rate-limit',
  131026: 'undeliverable',
  100: 'never',
  1011: 'transient',
  131016: 'if-idempotent',
};
const classOfCode = (code: number): RetryClass | undefined => table[code];
const packageName = '@wa/test';

describe('assessApiFailure', () => {
  // [rule, HTTP status, API error code, retry class, may have been sent]
  it.each([
    ['rate limit code', 400, 130429, 'rate-limit', false],
    ['R-DLV-11 undeliverable', 400, 131026, 'undeliverable', false],
    ['rate limit status wins over an unknown code', 429, undefined, 'rate-limit', false],
    ['a code that is never retried, at 429', 429, 100, 'never', false],
    ['refused before processing', 503, 1011, 'transient', false],
    ['R-DLV-3 temporarily unavailable code', 503, 131016, 'if-idempotent', true],
    ['R-DLV-3 503 without an API body', 503, undefined, 'if-idempotent', true],
    ['R-DLV-3 500 (a proxy may have forwarded it)', 500, undefined, 'if-idempotent', true],
    ['R-DLV-3 408', 408, undefined, 'if-idempotent', true],
    ['API rejected the request', 400, 100, 'never', false],
    ['unknown 4xx code of the API', 400, 999, 'never', false],
    ['4xx that is not the API answering', 403, undefined, 'never', true],
    ['5xx with a code that is never retried', 500, 100, 'never', true],
  ] as const)('%s: HTTP %i code %s is %s (mayHaveBeenSent %s)', (_rule, status, code, retryClass, sent) => {
    expect(assessApiFailure(status, code, classOfCode)).toStrictEqual({ retryClass, mayHaveBeenSent: sent });
  });
});

describe('classifyFailure', () => {
  const apiError = (retryClass: RetryClass, retryAfterMs?: number) =>
    new ApiError({
      api: 'cloud',
      statusCode: 429,
      errorCode: 130429,
      message: 'x',
      isRetryable: false,
      retryClass,
      packageName,
      retryAfterMs,
    });

  it('passes Retry-After on with the verdict', () => {
    expect(classifyFailure(apiError('rate-limit', 1500), { idempotent: false })).toStrictEqual({
      retryClass: 'rate-limit',
      retry: true,
      reason: 'HTTP 429 code 130429',
      retryAfterMs: 1500,
    });
  });

  // [retry class, retried for a send, retried for an idempotent call]
  it.each([
    ['rate-limit', true, true],
    ['transient', true, true],
    ['if-idempotent', false, true],
    ['undeliverable', false, false],
    ['never', false, false],
  ] as const)(
    'R-DLV-3 R-DLV-11: an ApiError of class %s is retried: send %s, idempotent %s',
    (retryClass, send, idempotent) => {
      expect(classifyFailure(apiError(retryClass), { idempotent: false }).retry).toBe(send);
      expect(classifyFailure(apiError(retryClass), { idempotent: true }).retry).toBe(idempotent);
    },
  );

  it('retries a request that never reached the server', () => {
    const refused = new RequestError({
      code: 'WA_NETWORK_ERROR',
      message: 'x',
      mayHaveBeenSent: false,
      packageName,
    });
    expect(classifyFailure(refused, { idempotent: false })).toMatchObject({
      retryClass: 'transient',
      retry: true,
    });
  });

  it('R-DLV-3 never retries an ambiguous failure of a non-idempotent call', () => {
    const timeout = new RequestError({
      code: 'WA_TIMEOUT',
      message: 'x',
      mayHaveBeenSent: true,
      packageName,
    });
    expect(classifyFailure(timeout, { idempotent: false })).toStrictEqual({
      retryClass: 'if-idempotent',
      retry: false,
      reason: 'the request may have reached the server',
    });
    expect(classifyFailure(timeout, { idempotent: true }).retry).toBe(true);
  });

  it('never retries validation errors or aborts', () => {
    const invalid = new ValidationError({ subject: 'x', issues: [{ path: '$', message: 'bad' }] });
    const aborted = new RequestAbortedError({ packageName, mayHaveBeenSent: false });
    expect(classifyFailure(invalid, { idempotent: true }).retry).toBe(false);
    expect(classifyFailure(aborted, { idempotent: true }).retry).toBe(false);
  });
});
