import { describe, expect, it } from 'vitest';
import { parseExpiresAfter } from './parse-expires-after.ts';

describe('parseExpiresAfter', () => {
  it.each([
    ['2026-11-29 00:00:00+00:00', Date.UTC(2026, 10, 29, 0, 0, 0)],
    ['2026-11-29 02:30:00+02:30', Date.UTC(2026, 10, 29, 0, 0, 0)],
    ['2026-11-28 19:00:00-05:00', Date.UTC(2026, 10, 29, 0, 0, 0)],
    ['2026-11-29T00:00:00Z', Date.UTC(2026, 10, 29, 0, 0, 0)],
    ['2026-11-29 00:00:00+0000', Date.UTC(2026, 10, 29, 0, 0, 0)],
    ['2026-11-29 00:00:00', Date.UTC(2026, 10, 29, 0, 0, 0)],
    ['2026-11-29 00:00:00.250+00:00', Date.UTC(2026, 10, 29, 0, 0, 0, 250)],
  ])('reads %s', (value, expected) => {
    expect(parseExpiresAfter(value)).toBe(expected);
  });

  it.each([[''], ['tomorrow'], ['2026-13-40 00:00:00+00:00'], [1764374400], [null], [undefined]])(
    'returns undefined for %s',
    (value) => {
      expect(parseExpiresAfter(value)).toBeUndefined();
    },
  );
});
