import { describe, expect, it } from 'vitest';
import { createStatusTracker, isStatusAdvance } from './status-tracker.ts';

describe('isStatusAdvance', () => {
  it.each([
    [undefined, 'sent', true],
    [undefined, 'read', true],
    ['sent', 'delivered', true],
    ['delivered', 'read', true],
    ['read', 'played', true],
    ['sent', 'read', true],
    ['read', 'delivered', false],
    ['delivered', 'sent', false],
    ['read', 'read', false],
    ['sent', 'failed', true],
    ['read', 'failed', true],
    ['failed', 'delivered', false],
    ['failed', 'failed', false],
    ['delivered', 'deleted', true],
    ['deleted', 'read', false],
    ['sent', 'unknown', false],
    [undefined, 'unknown', true],
    ['unknown', 'sent', true],
  ] as const)('R-DLV-1 from %s, %s advances: %s', (previous, next, expected) => {
    expect(isStatusAdvance(previous, next)).toBe(expected);
  });
});

describe('createStatusTracker', () => {
  it('R-DLV-1 keeps the furthest status when statuses arrive out of order', () => {
    const tracker = createStatusTracker();
    expect(tracker.update('wamid.1', 'read')).toEqual({
      advanced: true,
      previous: undefined,
      current: 'read',
    });
    expect(tracker.update('wamid.1', 'delivered')).toEqual({
      advanced: false,
      previous: 'read',
      current: 'read',
    });
    expect(tracker.update('wamid.1', 'sent')).toEqual({ advanced: false, previous: 'read', current: 'read' });
    expect(tracker.get('wamid.1')).toBe('read');
  });

  it('treats failed as terminal', () => {
    const tracker = createStatusTracker();
    tracker.update('wamid.2', 'sent');
    expect(tracker.update('wamid.2', 'failed').advanced).toBe(true);
    expect(tracker.update('wamid.2', 'delivered')).toEqual({
      advanced: false,
      previous: 'failed',
      current: 'failed',
    });
  });

  it('is bounded by maxEntries and can forget a message', () => {
    const tracker = createStatusTracker({ maxEntries: 4 });
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) tracker.update(id, 'sent');
    expect(tracker.size).toBeLessThanOrEqual(4);
    expect(tracker.get('a')).toBeUndefined();
    expect(tracker.get('f')).toBe('sent');
    tracker.delete('f');
    expect(tracker.get('f')).toBeUndefined();
  });
});
