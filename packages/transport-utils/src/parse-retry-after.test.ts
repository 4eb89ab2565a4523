import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './parse-retry-after.ts';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-10-21T07:27:58Z');

  it.each([
    ['3', 3000],
    [' 0 ', 0],
    ['1.5', 1500],
    ['Wed, 21 Oct 2026 07:28:00 GMT', 2000],
    ['Wed, 21 Oct 2026 07:27:00 GMT', 0],
  ])('reads %j', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([null, undefined, '', 'soon', '-1'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});
