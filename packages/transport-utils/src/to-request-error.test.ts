import { RequestError } from '@wa/schema';
import { describe, expect, it } from 'vitest';
import { RequestAbortedError } from './request-aborted-error.ts';
import { networkErrorCodes, toRequestError } from './to-request-error.ts';

const systemError = (code: string) => Object.assign(new Error(code), { code });
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
const options = { packageName: '@wa/test', target: 'POST /messages' };

describe('networkErrorCodes', () => {
  it('collects codes along the cause chain and inside AggregateError', () => {
    const aggregate = Object.assign(
      new AggregateError([systemError('ECONNREFUSED'), systemError('ECONNREFUSED')]),
      {
        code: 'ECONNREFUSED',
      },
    );
    expect(networkErrorCodes(fetchFailed(aggregate))).toStrictEqual([
      'ECONNREFUSED',
      'ECONNREFUSED',
      'ECONNREFUSED',
    ]);
  });

  it('survives cycles', () => {
    const error: Error & { cause?: unknown } = systemError('ECONNRESET');
    error.cause = error;
    expect(networkErrorCodes(error)).toStrictEqual(['ECONNRESET']);
  });
});

describe('toRequestError', () => {
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'])(
    'knows %s means nothing was sent',
    (code) => {
      const error = toRequestError(fetchFailed(systemError(code)), { ...options, kind: 'network' });
      expect(RequestError.isInstance(error) && error.mayHaveBeenSent).toBe(false);
      expect(error.code).toBe('WA_NETWORK_ERROR');
      expect(error.message).toBe(`[@wa/test] POST /messages failed: ${code}.`);
    },
  );

  it.each(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'])('treats %s as "may have been sent"', (code) => {
    const error = toRequestError(fetchFailed(systemError(code)), { ...options, kind: 'network' });
    expect(RequestError.isInstance(error) && error.mayHaveBeenSent).toBe(true);
  });

  it('treats an error without a code as "may have been sent"', () => {
    const cause = new TypeError('terminated');
    const error = toRequestError(cause, { ...options, kind: 'network' });
    expect(RequestError.isInstance(error) && error.mayHaveBeenSent).toBe(true);
    expect(error.cause).toBe(cause);
  });

  it('maps timeouts and aborts', () => {
    const timeout = toRequestError(undefined, { ...options, kind: 'timeout', timeoutMs: 50 });
    expect(timeout.code).toBe('WA_TIMEOUT');
    expect(timeout.message).toBe(
      '[@wa/test] No complete response to POST /messages within 50 ms. The request may have reached the server: do not resend blindly.',
    );
    const reason = new Error('user gave up');
    const aborted = toRequestError(reason, { ...options, kind: 'aborted', started: false });
    expect(RequestAbortedError.isInstance(aborted)).toBe(true);
    expect(aborted.code).toBe('WA_ABORTED');
    expect(aborted.cause).toBe(reason);
    expect(aborted.message).toBe('[@wa/test] The call was aborted. Nothing was sent.');
  });
});
