import { WaError } from '@wa/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateEventName } from './validate-event-name.ts';
import { webhookEventNames } from './webhook-event-names.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('webhookEventNames', () => {
  it('lists every message type, interactive reply type and status of both APIs, once', () => {
    expect(webhookEventNames).toEqual(
      expect.arrayContaining([
        'message',
        'message.text',
        'message.unknown',
        'message.interactive',
        'message.interactive.list_reply',
        'message.interactive.button_reply',
        'message.interactive.nfm_reply',
        'status',
        'status.sent',
        'status.delivered',
        'status.read',
        'status.played',
        'status.failed',
        'status.deleted',
        'status.unknown',
        'error',
        'unknown',
      ]),
    );
    expect(new Set(webhookEventNames).size).toBe(webhookEventNames.length);
  });
});

describe('validateEventName', () => {
  it.each(['message.text', 'message.interactive.list_reply', 'status.delivered', 'error'])(
    'accepts %s',
    (name) => {
      expect(validateEventName(name)).toBe(true);
    },
  );

  it.each(['message.txt', 'statuses.read', '*', '', 42, null])(
    'throws a typed error for %j by default',
    (name) => {
      expect(() => validateEventName(name)).toThrow(WaError);
      try {
        validateEventName(name);
      } catch (error) {
        expect(WaError.isInstance(error) && error.code).toBe('WA_WEBHOOK_UNKNOWN_EVENT_NAME');
      }
    },
  );

  it('points * to onAny()', () => {
    expect(() => validateEventName('*')).toThrow(/onAny\(\)/);
  });

  it('warns or ignores when asked', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(validateEventName('message.txt', { onUnknownEventName: 'warn' })).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"message.txt"'));
    expect(validateEventName('message.txt', { onUnknownEventName: 'ignore' })).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('describes a value that cannot be serialised without throwing', () => {
    expect(validateEventName(10n, { onUnknownEventName: 'ignore' })).toBe(false);
    expect(() => validateEventName(Symbol('x'))).toThrow(WaError);
  });
});
