import { describe, expect, it } from 'vitest';
import { isWithinLength, length } from './length.ts';

describe('length counts Unicode code points', () => {
  it.each([
    ['', 0],
    ['hello', 5],
    ['😀', 1],
    ['Hi 😀', 4],
    ['👍🏽', 2],
    ['é', 1],
    ['e\u0301', 2],
    ['\ud800', 1],
    ['\udc00\ud800', 2],
    ['a\ud83d', 2],
    ['𝐀𝐁𝐂', 3],
  ])('%j has %i characters', (text, expected) => {
    expect(length(text)).toBe(expected);
  });
});

describe('isWithinLength', () => {
  it('accepts exactly the limit and rejects one more, counting emoji once', () => {
    expect(isWithinLength('😀'.repeat(4096), 4096)).toBe(true);
    expect(isWithinLength('😀'.repeat(4097), 4096)).toBe(false);
    expect(isWithinLength('a'.repeat(4096), 4096)).toBe(true);
    expect(isWithinLength(`${'a'.repeat(4095)}😀`, 4096)).toBe(true);
    expect(isWithinLength(`${'a'.repeat(4096)}😀`, 4096)).toBe(false);
  });
});
