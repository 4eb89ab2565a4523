import { ApiError, RequestError, ValidationError, WaError } from '@wa/schema';
import { describe, expect, it } from 'vitest';
import { classifySendFailure, toOutboxFailure } from './classify-send-failure.ts';
import { RedisUnavailableError } from './redis-unavailable-error.ts';

// An API error as the transports build it for an answer that proves nothing was created (a refusal, a
// rate limit, a 4xx with the API's own code): `mayHaveBeenSent: false` unless a case says otherwise.
const api = (
  statusCode: number,
  errorCode: number | undefined,
  extra: { isRetryable?: boolean; retryAfterMs?: number; mayHaveBeenSent?: boolean } = {},
) =>
  new ApiError({
    api: 'cloud',
    statusCode,
    errorCode,
    message: 'answer',
    isRetryable: extra.isRetryable ?? false,
    retryAfterMs: extra.retryAfterMs,
    mayHaveBeenSent: extra.mayHaveBeenSent ?? false,
    packageName: '@wa/transport-cloud',
  });

describe('classifySendFailure', () => {
  it.each([
    [
      'R-ERR-4: a validation error fails at once',
      new ValidationError({ subject: 'message', issues: [{ path: '$.to', message: 'is required' }] }),
      { action: 'fail' },
    ],
    [
      'R-DLV-3: a timeout that may have reached the API needs review',
      new RequestError({ code: 'WA_TIMEOUT', message: 't', mayHaveBeenSent: true, packageName: 'p' }),
      { action: 'review' },
    ],
    [
      'R-DLV-3: an API error flagged mayHaveBeenSent needs review',
      api(500, undefined, { mayHaveBeenSent: true }),
      { action: 'review' },
    ],
    [
      'R-DLV-3: a rate-limit code on an API error that may have been sent (its default) needs review',
      new ApiError({
        api: 'cloud',
        statusCode: 400,
        errorCode: 131056,
        message: 'a',
        isRetryable: false,
        packageName: 'p',
      }),
      { action: 'review' },
    ],
    [
      'R-ERR-1 / R-DLV-11: Cloud 131026 is retried after hours',
      api(400, 131026),
      { action: 'retry', reason: 'undeliverable' },
    ],
    [
      'R-ERR-2 / R-DLV-11: On-Premises 1026 is retried after hours',
      api(400, 1026),
      { action: 'retry', reason: 'undeliverable' },
    ],
    [
      'HTTP 429 is a rate limit, with the API’s Retry-After',
      api(429, undefined, { retryAfterMs: 3000 }),
      { action: 'retry', reason: 'rate-limit', retryAfterMs: 3000 },
    ],
    ['130429 (throughput) is a rate limit', api(400, 130429), { action: 'retry', reason: 'rate-limit' }],
    ['131056 (pair rate) is a rate limit', api(400, 131056), { action: 'retry', reason: 'rate-limit' }],
    ['80007 (account) is a rate limit', api(400, 80007), { action: 'retry', reason: 'rate-limit' }],
    ['4 (app calls) is a rate limit', api(400, 4), { action: 'retry', reason: 'rate-limit' }],
    [
      'a retryable API error (503) is retried',
      api(503, 131016, { isRetryable: true }),
      { action: 'retry', reason: 'transient' },
    ],
    ['R-ERR-4: a permanent API error (100) fails', api(400, 100), { action: 'fail' }],
    [
      'a refused connection (nothing sent) is retried',
      new RequestError({
        code: 'WA_NETWORK_ERROR',
        message: 'refused',
        mayHaveBeenSent: false,
        packageName: 'p',
      }),
      { action: 'retry', reason: 'transient' },
    ],
    [
      'an unreachable Redis for the pacer (nothing sent) is retried',
      new RedisUnavailableError({ operation: 'pacing', message: 'down' }),
      { action: 'retry', reason: 'transient' },
    ],
    [
      'a WaError that does not say whether it sent needs review',
      new WaError({ code: 'WA_X', message: 'x' }),
      { action: 'review' },
    ],
    ['a foreign error needs review', new TypeError('boom'), { action: 'review' }],
  ])('%s', (_name, error, expected) => {
    // toEqual ignores properties whose value is undefined (retryAfterMs when the API gave none).
    expect(classifySendFailure(error)).toEqual(expected);
  });

  it('keeps the fields of an API error for the record', () => {
    expect(toOutboxFailure(api(400, 131026))).toEqual({
      source: 'send',
      code: 'WA_API_ERROR',
      message: '[@wa/transport-cloud] HTTP 400 (code 131026): answer',
      errorCode: 131026,
      statusCode: 400,
    });
  });
});
