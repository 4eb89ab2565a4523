import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map.ts';

describe('BoundedMap', () => {
  it('keeps recently used keys and drops the ones untouched for a whole generation', () => {
    const map = new BoundedMap<number>(4);
    map.set('a', 1);
    map.set('b', 2); // generation full: a, b move to the previous generation
    expect(map.get('a')).toBe(1); // a moves back to the current generation
    map.set('c', 3); // current (a, c) full: b, untouched, is dropped
    expect(map.get('b')).toBeUndefined();
    expect([map.get('a'), map.get('c')]).toEqual([1, 3]);
  });

  it('updates a value in place and deletes from either generation', () => {
    const map = new BoundedMap<string>(10);
    map.set('a', 'x');
    map.set('a', 'y');
    expect(map.get('a')).toBe('y');
    expect(map.size).toBe(1);
    map.delete('a');
    expect(map.get('a')).toBeUndefined();
    expect(map.size).toBe(0);
  });

  it.each([0, 1, 2, 3, 1_000])('never exceeds maxEntries = %i (at least one key kept)', (maxEntries) => {
    const map = new BoundedMap<number>(maxEntries);
    for (let index = 0; index < 5_000; index++) {
      map.set(`k${index}`, index);
      expect(map.size).toBeLessThanOrEqual(Math.max(1, maxEntries));
    }
    expect(map.get('k4999') ?? map.get('k4998')).toBeDefined();
  });
});
