import { describe, expect, it } from 'vitest';
import { retryClassOfOnPremCode } from './classify-onprem-failure.ts';
import { isOnPremErrorCode, ONPREM_ERROR_CODES } from './onprem-error-codes.ts';

describe('ONPREM_ERROR_CODES', () => {
  it.each([
    ['R-ERR-2 1026 receiver incapable backs off (R-DLV-11)', 1026, 'undeliverable'],
    ['1015 too many requests is a rate limit', 1015, 'rate-limit'],
    ['429 rate limit hit is a rate limit', 429, 'rate-limit'],
    ['1011 service not ready is transient', 1011, 'transient'],
    ['1016 system overloaded is transient', 1016, 'transient'],
    ['1008 required parameter missing is never retried', 1008, 'never'],
    ['1006 resource not found is never retried', 1006, 'never'],
    ['2000 template parameter mismatch is never retried', 2000, 'never'],
    ['R-DLV-3 1014 internal error is retried by idempotent calls only', 1014, 'if-idempotent'],
    ['an unknown code is left to the HTTP status', 9999, undefined],
  ])('%s', (_name, code, expected) => {
    expect(retryClassOfOnPremCode(code)).toBe(expected);
  });

  it('lists only On-Prem codes, each with a title', () => {
    for (const [code, info] of Object.entries(ONPREM_ERROR_CODES)) {
      expect(Number(code)).toBeLessThan(100_000);
      expect(info.title.length).toBeGreaterThan(0);
    }
    expect(isOnPremErrorCode(1026)).toBe(true);
    expect(isOnPremErrorCode(131026)).toBe(false);
  });
});
