import { ValidationError } from '@wa/schema';
import { describe, expect, it } from 'vitest';
import {
  createDefaultMemoryDedupeStore,
  createMemoryDedupeStore,
  DEFAULT_MEMORY_DEDUPE_MAX_BYTES,
  MEMORY_DEDUPE_BYTES_PER_KEY,
} from './memory-dedupe-store.ts';

describe('createMemoryDedupeStore (the DedupeStore contract)', () => {
  it('claims a new key, then answers in-progress to another owner while the lease lives', () => {
    let now = 0;
    const store = createMemoryDedupeStore({ now: () => now });
    expect(store.claim('message:a', 'owner-1', 1_000)).toBe('claimed');
    expect(store.claim('message:a', 'owner-2', 1_000)).toBe('in-progress');
    now = 999;
    expect(store.claim('message:a', 'owner-2', 1_000)).toBe('in-progress');
    expect(store.leases).toBe(1);
  });

  it('lets another owner claim once the lease ran out (the first owner crashed)', () => {
    let now = 0;
    const store = createMemoryDedupeStore({ now: () => now });
    expect(store.claim('message:a', 'crashed', 1_000)).toBe('claimed');
    now = 1_000;
    expect(store.claim('message:a', 'owner-2', 1_000)).toBe('claimed');
    // The crashed owner's late commit is ignored while the new owner holds a live lease.
    store.commit('message:a', 'crashed', 60_000);
    expect(store.claim('message:a', 'owner-3', 1_000)).toBe('in-progress');
    store.commit('message:a', 'owner-2', 60_000);
    expect(store.claim('message:a', 'owner-3', 1_000)).toBe('duplicate');
  });

  it('answers duplicate after a commit, until the retention runs out', () => {
    let now = 10_000;
    const store = createMemoryDedupeStore({ now: () => now });
    store.claim('status:a:read', 'o', 1_000);
    store.commit('status:a:read', 'o', 5_000);
    expect(store.leases).toBe(0);
    expect(store.size).toBe(1);
    now = 14_000;
    expect(store.claim('status:a:read', 'p', 1_000)).toBe('duplicate');
    now = 15_000;
    expect(store.claim('status:a:read', 'p', 1_000)).toBe('claimed');
  });

  it('commits when the lease ran out and nobody claimed the key since', () => {
    let now = 0;
    const store = createMemoryDedupeStore({ now: () => now });
    store.claim('message:slow', 'slow', 1_000);
    now = 5_000;
    store.commit('message:slow', 'slow', 60_000);
    expect(store.claim('message:slow', 'other', 1_000)).toBe('duplicate');
  });

  it('releases only the owner’s lease, so a redelivery is claimed again', () => {
    const store = createMemoryDedupeStore();
    store.claim('message:a', 'owner-1', 60_000);
    store.release('message:a', 'someone-else');
    expect(store.claim('message:a', 'owner-2', 60_000)).toBe('in-progress');
    store.release('message:a', 'owner-1');
    expect(store.claim('message:a', 'owner-2', 60_000)).toBe('claimed');
  });

  it('never holds more than maxEntries committed keys, forgetting the least recently seen', () => {
    const store = createMemoryDedupeStore({ maxEntries: 100 });
    for (let index = 0; index < 1_000; index++) {
      store.claim(`key-${index}`, 'o', 60_000);
      store.commit(`key-${index}`, 'o', 60_000);
      expect(store.size).toBeLessThanOrEqual(100);
    }
    expect(store.claim('key-999', 'p', 60_000)).toBe('duplicate');
    expect(store.claim('key-0', 'p', 60_000)).toBe('claimed');
  });

  it('sizes itself from a memory budget', () => {
    expect(createMemoryDedupeStore().maxEntries).toBe(
      Math.floor(DEFAULT_MEMORY_DEDUPE_MAX_BYTES / MEMORY_DEDUPE_BYTES_PER_KEY),
    );
    expect(createMemoryDedupeStore({ maxBytes: 1_600_000 }).maxEntries).toBe(
      Math.floor(1_600_000 / MEMORY_DEDUPE_BYTES_PER_KEY),
    );
  });

  it('is what a handler creates without a store: the default budget and clock', () => {
    const store = createDefaultMemoryDedupeStore();
    expect(store.maxEntries).toBe(createMemoryDedupeStore().maxEntries);
    expect(store.claim('message:a', 'owner-1', 60_000)).toBe('claimed');
    store.commit('message:a', 'owner-1', 60_000);
    expect(store.claim('message:a', 'owner-2', 60_000)).toBe('duplicate');
  });

  it.each([
    [{ maxBytes: 0 }, '$.maxBytes'],
    [{ maxEntries: 1.5 }, '$.maxEntries'],
    [{ maxBytes: 1_000, maxEntries: 10 }, '$.maxEntries'],
  ])('refuses %j with a ValidationError naming %s', (options, path) => {
    let caught: unknown;
    try {
      createMemoryDedupeStore(options);
    } catch (error) {
      caught = error;
    }
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).issues[0]?.path).toBe(path);
  });

  it('sweeps leases that ran out (listeners that never settled) once there are many', () => {
    let now = 0;
    const store = createMemoryDedupeStore({ now: () => now });
    for (let index = 0; index < 1_024; index++) store.claim(`message:hung-${index}`, 'o', 1_000);
    expect(store.leases).toBe(1_024);
    now = 1_000;
    store.claim('message:new', 'p', 1_000);
    expect(store.leases).toBe(1);
  });
});
