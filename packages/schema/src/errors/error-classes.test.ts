import { describe, expect, it } from 'vitest';
import {
  ApiError,
  isRetryableClass,
  MissingSettingError,
  RequestError,
  ValidationError,
  WaError,
} from './index.ts';

describe('error classes', () => {
  it('ValidationError lists every issue with path, rule and limit', () => {
    const error = new ValidationError({
      subject: 'Cloud send request',
      issues: [
        {
          path: '$.text.body',
          rule: 'R-TEXT-2',
          limit: 4096,
          message: 'is 4097 characters long; at most 4096 are allowed',
        },
        { path: '$.to', message: 'is required' },
      ],
    });
    expect(error.code).toBe('WA_VALIDATION_ERROR');
    expect(error.message).toBe(
      '[@wa/schema] Invalid Cloud send request (2 problems):\n' +
        '  - $.text.body: is 4097 characters long; at most 4096 are allowed [R-TEXT-2]\n' +
        '  - $.to: is required',
    );
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(WaError.isInstance(error)).toBe(true);
    expect(ApiError.isInstance(error)).toBe(false);
  });

  it('ApiError keeps the API fields apart from its stable code', () => {
    const error = new ApiError({
      api: 'cloud',
      statusCode: 400,
      message: 'Message undeliverable',
      errorCode: 131026,
      fbtraceId: 'Az8or2yhqkZfEZ-_4Qn_Bam',
      isRetryable: false,
      packageName: '@wa/transport-cloud',
    });
    expect(error.code).toBe('WA_API_ERROR');
    expect(error.errorCode).toBe(131026);
    expect(error.message).toBe('[@wa/transport-cloud] HTTP 400 (code 131026): Message undeliverable');
    expect(ApiError.isInstance(error)).toBe(true);
  });

  it('R-DLV-3 ApiError says whether the message may have been sent, conservatively by default', () => {
    const base = {
      api: 'cloud',
      statusCode: 500,
      message: 'x',
      isRetryable: false,
      packageName: '@wa/test',
    } as const;
    expect(new ApiError(base)).toMatchObject({ mayHaveBeenSent: true, retryClass: 'never' });
    expect(
      new ApiError({
        ...base,
        statusCode: 400,
        errorCode: 131026,
        mayHaveBeenSent: false,
        retryClass: 'undeliverable',
        suggestedRetryDelayMs: 900_000,
      }),
    ).toMatchObject({ mayHaveBeenSent: false, retryClass: 'undeliverable', suggestedRetryDelayMs: 900_000 });
  });

  // [retry class, retried for a send, retried for an idempotent call]
  it.each([
    ['rate-limit', true, true],
    ['transient', true, true],
    ['if-idempotent', false, true],
    ['undeliverable', false, false],
    ['never', false, false],
  ] as const)(
    'R-DLV-3 R-DLV-11 isRetryableClass(%s): send %s, idempotent %s',
    (retryClass, send, idempotent) => {
      expect(isRetryableClass(retryClass, false)).toBe(send);
      expect(isRetryableClass(retryClass, true)).toBe(idempotent);
    },
  );

  it('RequestError says whether the message may have been sent', () => {
    const cause = new Error('ECONNRESET');
    const timeout = new RequestError({
      code: 'WA_TIMEOUT',
      message: 'No response within 10000 ms.',
      mayHaveBeenSent: true,
      packageName: '@wa/transport-cloud',
      cause,
    });
    expect(timeout.name).toBe('TimeoutError');
    expect(timeout.message).toContain('do not resend blindly');
    expect(timeout.cause).toBe(cause);
    const refused = new RequestError({
      code: 'WA_NETWORK_ERROR',
      message: 'Connection refused.',
      mayHaveBeenSent: false,
      packageName: '@wa/transport-cloud',
    });
    expect(refused.message).toBe('[@wa/transport-cloud] Connection refused.');
    expect(RequestError.isInstance(refused)).toBe(true);
  });

  it('MissingSettingError names the setting and its environment variable', () => {
    const error = new MissingSettingError({
      setting: 'accessToken',
      environmentVariable: 'WHATSAPP_ACCESS_TOKEN',
      packageName: '@wa/transport-cloud',
    });
    expect(error.message).toBe(
      '[@wa/transport-cloud] Missing setting `accessToken`: pass it or set the WHATSAPP_ACCESS_TOKEN environment variable.',
    );
    expect(MissingSettingError.isInstance(error)).toBe(true);
  });
});
