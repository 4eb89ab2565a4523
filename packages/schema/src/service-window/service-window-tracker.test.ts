import { describe, expect, it } from 'vitest';
import { ServiceWindowClosedError } from '../errors/service-window-closed-error.ts';
import { rules } from '../rules/index.ts';
import { createMemoryServiceWindowStore } from './service-window-store.ts';
import { createServiceWindowTracker, SERVICE_WINDOW_MS } from './service-window-tracker.ts';

const start = Date.UTC(2026, 0, 5, 9, 0, 0);

function trackerAt(now: number) {
  const clock = { now };
  return { clock, tracker: createServiceWindowTracker({ now: () => clock.now }) };
}

/** An inbound `message` event as `@wa/webhooks` emits it (timestamp in seconds, as the API sends it). */
function inbound(from: string, atMs: number, phoneNumberId = '106540352242922') {
  return { from, message: { timestamp: String(atMs / 1000) }, metadata: { phoneNumberId } };
}

describe('createServiceWindowTracker (R-DLV-10)', () => {
  it('R-DLV-10: the rule is in the rules table', () => {
    expect(rules['R-DLV-10'].summary).toMatch(/24-hour/);
  });

  it('R-DLV-10: the window opens with an inbound message and closes 24 hours after it', async () => {
    const { clock, tracker } = trackerAt(start);
    await tracker.recordInbound(inbound('15551234567', start - 1000));
    const open = await tracker.status('+1 555-123-4567', '106540352242922');
    expect(open).toEqual({
      open: true,
      lastInboundAt: new Date(start - 1000),
      closesAt: new Date(start - 1000 + SERVICE_WINDOW_MS),
    });
    clock.now = start - 1000 + SERVICE_WINDOW_MS;
    expect((await tracker.status('15551234567', '106540352242922')).open).toBe(false);
  });

  it('R-DLV-10: windows are per business phone number and per customer', async () => {
    const { tracker } = trackerAt(start);
    await tracker.recordInbound(inbound('15551234567', start, 'A'));
    expect((await tracker.status('15551234567', 'A')).open).toBe(true);
    expect((await tracker.status('15551234567', 'B')).open).toBe(false);
    expect((await tracker.status('15557654321', 'A')).open).toBe(false);
  });

  it('R-DLV-10: an older delivery arriving late does not shorten the window', async () => {
    const { tracker } = trackerAt(start);
    await tracker.recordInboundAt('15551234567', start);
    await tracker.recordInboundAt('15551234567', start - 3_600_000);
    expect((await tracker.status('15551234567')).lastInboundAt).toEqual(new Date(start));
  });

  it('R-DLV-10: assertCanSend refuses a text outside the window, saying when it closed and that a template is needed', async () => {
    const { clock, tracker } = trackerAt(start);
    await tracker.recordInboundAt('15551234567', start);
    const text = { type: 'text', to: '15551234567', text: { body: 'Your order shipped' } };
    await expect(tracker.assertCanSend(text)).resolves.toBeUndefined();
    clock.now = start + SERVICE_WINDOW_MS + 1;
    const error = await tracker.assertCanSend(text).catch((caught: unknown) => caught);
    expect(ServiceWindowClosedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'WA_SERVICE_WINDOW_CLOSED',
      rule: 'R-DLV-10',
      customer: '15551234567',
      closedAt: new Date(start + SERVICE_WINDOW_MS),
    });
    expect((error as Error).message).toContain(new Date(start + SERVICE_WINDOW_MS).toISOString());
    expect((error as Error).message).toMatch(/send a template message instead/);
    expect((error as Error).message).not.toContain('15551234567');
  });

  it('R-DLV-10: a customer who never wrote has no open window; template messages always pass', async () => {
    const { tracker } = trackerAt(start);
    const error = await tracker
      .assertCanSend({ type: 'interactive', to: '15550000000', interactive: {} })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceWindowClosedError);
    expect((error as ServiceWindowClosedError).closedAt).toBeUndefined();
    await expect(
      tracker.assertCanSend({
        type: 'template',
        to: '15550000000',
        template: { name: 'x', language: { code: 'en' } },
      }),
    ).resolves.toBeUndefined();
  });
});

describe('createMemoryServiceWindowStore', () => {
  it('forgets entries after their time to live and drops the oldest past maxEntries', () => {
    const clock = { now: 0 };
    const store = createMemoryServiceWindowStore({ maxEntries: 2, now: () => clock.now });
    store.set('a', 0, 100);
    store.set('b', 0, 100);
    store.set('c', 0, 100);
    expect(store.get('a')).toBeUndefined();
    expect(store.get('b')).toBe(0);
    clock.now = 100;
    expect(store.get('c')).toBeUndefined();
  });
});
