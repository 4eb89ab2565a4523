import { describe, expect, it } from 'vitest';
import { WaError } from './wa-error.ts';

describe('WaError', () => {
  it('keeps its code, message and cause', () => {
    const cause = new Error('socket hang up');
    const error = new WaError({ code: 'WA_TEST', message: '[@wa/schema] broken', cause });
    expect(error.code).toBe('WA_TEST');
    expect(error.message).toBe('[@wa/schema] broken');
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(Error);
  });

  it('recognises errors from another copy of the package by the global marker', () => {
    const foreign = Object.assign(new Error('from a duplicate install'), { [Symbol.for('wa.error')]: true });
    expect(WaError.isInstance(foreign)).toBe(true);
    expect(WaError.isInstance(new WaError({ code: 'WA_TEST', message: 'x' }))).toBe(true);
  });

  it.each([null, undefined, 'WaError', 42, {}, new Error('plain')])('rejects %s', (value) => {
    expect(WaError.isInstance(value)).toBe(false);
  });
});
