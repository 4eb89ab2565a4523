import { describe, expect, it } from 'vitest';
import { createMemoryDedupeStore } from './memory-dedupe-store.ts';

describe('createMemoryDedupeStore', () => {
  it('remembers a key until its time to live passes', () => {
    let now = 1_000;
    const store = createMemoryDedupeStore({ now: () => now });
    expect(store.has('message:a')).toBe(false);
    store.set('message:a', 500);
    expect(store.has('message:a')).toBe(true);
    now = 1_499;
    expect(store.has('message:a')).toBe(true);
    now = 1_500;
    expect(store.has('message:a')).toBe(false);
    expect(store.size).toBe(0);
  });

  it('forgets the least recently seen keys beyond maxEntries', () => {
    const store = createMemoryDedupeStore({ maxEntries: 4 });
    store.set('a', 60_000);
    store.set('b', 60_000);
    expect(store.has('a')).toBe(true); // a is now more recent than b
    store.set('c', 60_000);
    store.set('d', 60_000);
    // b was never read again: it goes first; a was read after b and outlives it.
    expect(store.has('b')).toBe(false);
    expect(store.has('d')).toBe(true);
    expect(store.has('a')).toBe(true);
  });

  it('never holds more than maxEntries keys', () => {
    const store = createMemoryDedupeStore({ maxEntries: 100 });
    for (let index = 0; index < 1_000; index++) {
      store.set(`key-${index}`, 60_000);
      expect(store.size).toBeLessThanOrEqual(100);
    }
    expect(store.has('key-999')).toBe(true);
    expect(store.has('key-0')).toBe(false);
  });

  it('claims a key once until it expires', () => {
    let now = 0;
    const store = createMemoryDedupeStore({ now: () => now });
    expect(store.claim('status:a:read', 100)).toBe(true);
    expect(store.claim('status:a:read', 100)).toBe(false);
    expect(store.has('status:a:read')).toBe(true);
    now = 100;
    expect(store.claim('status:a:read', 100)).toBe(true);
    expect(store.claim('status:a:read', 100)).toBe(false);
  });

  it('deletes a key', () => {
    const store = createMemoryDedupeStore();
    store.set('a', 60_000);
    store.delete('a');
    expect(store.has('a')).toBe(false);
  });
});
