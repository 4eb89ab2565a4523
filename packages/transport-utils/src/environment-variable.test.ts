import { afterEach, describe, expect, it, vi } from 'vitest';
import { environmentVariable } from './environment-variable.ts';

const name = 'WA_TRANSPORT_UTILS_TEST_VARIABLE';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('environmentVariable', () => {
  it('returns the value of a set variable', () => {
    vi.stubEnv(name, 'value-1');
    expect(environmentVariable(name)).toBe('value-1');
  });

  it('treats an empty variable as unset', () => {
    vi.stubEnv(name, '');
    expect(environmentVariable(name)).toBeUndefined();
  });

  it('returns undefined for a variable that is not set', () => {
    vi.stubEnv(name, undefined);
    expect(environmentVariable(name)).toBeUndefined();
  });
});
