import { describe, expect, it } from 'vitest';
import { CLOUD_ERROR_CODES, cloudErrorCodeInfo } from './cloud-error-codes.ts';

describe('CLOUD_ERROR_CODES', () => {
  it.each([
    ['R-ERR-1 R-TPL-MKT-5', 131026, 'undeliverable'],
    ['throughput', 130429, 'rate-limit'],
    ['pair rate', 131056, 'rate-limit'],
    ['WABA rate', 80007, 'rate-limit'],
    ['app rate', 4, 'rate-limit'],
    ['R-DLV-3 outcome unknown', 2, 'if-idempotent'],
    ['R-DLV-3 outcome unknown', 131016, 'if-idempotent'],
    ['R-DLV-3 outcome unknown', 131057, 'if-idempotent'],
    ['R-DLV-3 outcome unknown', 133004, 'if-idempotent'],
    ['R-ERR-3', 100, 'never'],
    ['token', 190, 'never'],
    ['policy', 368, 'never'],
    ['window', 131047, 'never'],
    ['spam', 131048, 'never'],
    ['R-DLV-3 unknown cause', 131000, 'if-idempotent'],
  ] as const)('%s: %i is %s', (_rule, code, retry) => {
    expect(cloudErrorCodeInfo(code)?.retry).toBe(retry);
  });

  it('shares the row of 200 across the permission codes 200 to 299', () => {
    expect(cloudErrorCodeInfo(299)).toBe(CLOUD_ERROR_CODES[200]);
    expect(cloudErrorCodeInfo(300)).toBeUndefined();
  });

  it('gives every code a title', () => {
    for (const info of Object.values(CLOUD_ERROR_CODES)) expect(info.title.length).toBeGreaterThan(3);
  });
});
