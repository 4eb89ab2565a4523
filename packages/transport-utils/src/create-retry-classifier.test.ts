import { ApiError, RequestError, ValidationError } from '@wa/schema';
import { describe, expect, it } from 'vitest';
import { classifyApiFailure, createRetryClassifier } from './create-retry-classifier.ts';
import { RequestAbortedError } from './request-aborted-error.ts';
import type { RetryClass } from './retry-policy.ts';

const table: Record<number, RetryClass> = { 130429: 'rate-limit', 131026: 'undeliverable', 100: 'never' };
const classOfCode = (code: number): RetryClass | undefined => table[code];
const packageName = '@wa/test';

describe('classifyApiFailure', () => {
  it.each([
    [400, 130429, false, 'rate-limit'],
    [400, 131026, false, 'undeliverable'],
    [429, 100, false, 'never'],
    [429, undefined, false, 'rate-limit'],
    [503, undefined, false, 'transient'],
    [408, undefined, false, 'transient'],
    [500, undefined, false, 'never'],
    [502, undefined, true, 'transient'],
    [400, 999, false, 'never'],
  ] as const)('HTTP %i code %s (idempotent %s) is %s', (status, code, idempotent, expected) => {
    expect(classifyApiFailure(status, code, classOfCode, idempotent)).toBe(expected);
  });
});

describe('createRetryClassifier', () => {
  const classify = createRetryClassifier({ classOfCode });
  const apiError = (statusCode: number, errorCode?: number, retryAfterMs?: number) =>
    new ApiError({
      api: 'cloud',
      statusCode,
      errorCode,
      message: 'x',
      isRetryable: false,
      packageName,
      retryAfterMs,
    });

  it('passes Retry-After on with the verdict', () => {
    expect(classify(apiError(429, 130429, 1500), { idempotent: false })).toStrictEqual({
      retryClass: 'rate-limit',
      reason: 'HTTP 429 code 130429',
      retryAfterMs: 1500,
    });
  });

  it('retries a request that never reached the server', () => {
    const refused = new RequestError({
      code: 'WA_NETWORK_ERROR',
      message: 'x',
      mayHaveBeenSent: false,
      packageName,
    });
    expect(classify(refused, { idempotent: false }).retryClass).toBe('transient');
  });

  it('R-DLV-3 never retries an ambiguous failure of a non-idempotent call', () => {
    const timeout = new RequestError({
      code: 'WA_TIMEOUT',
      message: 'x',
      mayHaveBeenSent: true,
      packageName,
    });
    expect(classify(timeout, { idempotent: false })).toStrictEqual({
      retryClass: 'never',
      reason: 'the request may have reached the server',
    });
    expect(classify(timeout, { idempotent: true }).retryClass).toBe('transient');
  });

  it('never retries validation errors or aborts', () => {
    const invalid = new ValidationError({ subject: 'x', issues: [{ path: '$', message: 'bad' }] });
    const aborted = new RequestAbortedError({ packageName, mayHaveBeenSent: false });
    expect(classify(invalid, { idempotent: true }).retryClass).toBe('never');
    expect(classify(aborted, { idempotent: true }).retryClass).toBe('never');
  });
});
