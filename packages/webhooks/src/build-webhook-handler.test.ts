import { MissingSettingError, ValidationError, WaError } from '@wa/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureText } from '../test/fixtures.ts';
import { APP_SECRET, cloudPayload, cloudValue, sign, status, textNotification } from '../test/payloads.ts';
import { createWebhookHandler } from './create-webhook-handler.ts';
import type { DedupeStore } from './dedupe-store.ts';
import { WebhookHandlerError } from './webhook-handler-error.ts';
import { WebhookRequestError } from './webhook-request-error.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createWebhookHandler (in process)', () => {
  it.each([
    ['missing', undefined],
    ['empty', ''],
  ])('throws MissingSettingError when the app secret is %s', (_case, appSecret) => {
    expect(() => createWebhookHandler({ appSecret: appSecret as string })).toThrow(MissingSettingError);
  });

  it.each([0, -1, 1.5, Number.NaN])('throws ValidationError for maxBodyBytes = %s', (maxBodyBytes) => {
    expect(() => createWebhookHandler({ appSecret: APP_SECRET, maxBodyBytes })).toThrow(ValidationError);
    expect(() => createWebhookHandler({ appSecret: APP_SECRET, maxBodyBytes })).toThrow('$.maxBodyBytes');
  });

  it('verifyAndReceive dispatches a signed body and reports duplicates', async () => {
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    const seen: string[] = [];
    webhooks.on(['message.image', 'status.delivered'], (event) => {
      seen.push(event.name);
    });
    const body = fixtureText('cloud-delivery-multi-entry');
    const first = await webhooks.verifyAndReceive(body, sign(body));
    expect(first.events.map((event) => event.name)).toEqual([
      'message.text',
      'message.image',
      'status.delivered',
      'status.read',
      'message.reaction',
      'unknown',
    ]);
    expect(first.duplicates).toEqual([]);
    expect(seen).toEqual(['message.image', 'status.delivered']);
    const again = await webhooks.verifyAndReceive(new TextEncoder().encode(body), sign(body));
    // Messages and statuses are deduplicated; parts without an id (other fields) are delivered again.
    expect(again.events.map((event) => event.name)).toEqual(['unknown']);
    expect(again.duplicates).toHaveLength(5);
  });

  it.each([
    ['a missing signature', undefined, 'WA_WEBHOOK_SIGNATURE_MISSING'],
    ['a wrong signature', sign('other'), 'WA_WEBHOOK_SIGNATURE_INVALID'],
  ])('verifyAndReceive rejects %s with a WebhookRequestError', async (_case, signature, code) => {
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    const body = JSON.stringify(textNotification('wamid.x'));
    const error = await webhooks.verifyAndReceive(body, signature).catch((caught: unknown) => caught);
    expect(WebhookRequestError.isInstance(error) && [error.code, error.status]).toEqual([code, 401]);
    expect(WaError.isInstance(error)).toBe(true);
    expect((error as Error).message).not.toContain(APP_SECRET);
  });

  it('receive ingests a parsed notification and returns the listener failures', async () => {
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    const reported: WebhookHandlerError[] = [];
    webhooks.onError((error) => {
      reported.push(error);
    });
    webhooks.on('status.failed', async () => {
      throw new Error('cannot store');
    });
    const failed = {
      ...status('wamid.f', 'failed'),
      errors: [{ code: 131026, title: 'Message undeliverable' }],
    };
    const result = await webhooks.receive(cloudPayload(cloudValue({ statuses: [failed] })));
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toBeInstanceOf(WebhookHandlerError);
    expect(WebhookHandlerError.isInstance(result.errors[0])).toBe(true);
    expect(reported).toEqual(result.errors);
    expect(result.errors[0]?.event.kind === 'status' && result.errors[0].event.update.errors?.[0]?.code).toBe(
      131026,
    );
  });

  it('prints a listener failure when no onError listener is registered, and ignores failing onError listeners', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    webhooks.on('message.text', () => {
      throw new Error('boom');
    });
    await webhooks.receive(textNotification('wamid.p'));
    expect(printed).toHaveBeenCalledWith(expect.any(WebhookHandlerError));
    webhooks.onError(() => {
      throw new Error('onError fails too');
    });
    await expect(webhooks.receive(textNotification('wamid.q'))).resolves.toMatchObject({ events: [{}] });
    expect(printed).toHaveBeenCalledTimes(1);
  });

  it('on() returns a function that removes the listener, and refuses unknown names', async () => {
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    const seen: string[] = [];
    const off = webhooks.on('message.text', (event) => {
      seen.push(event.messageId);
    });
    await webhooks.receive(textNotification('wamid.1'));
    off();
    await webhooks.receive(textNotification('wamid.2'));
    expect(seen).toEqual(['wamid.1']);
    expect(() => webhooks.on('message.txt' as 'message.text', () => undefined)).toThrow(
      /Unknown webhook event name/,
    );
    // A list with one bad name registers none of its names.
    expect(() =>
      webhooks.on(['message.image', 'message.img' as 'message.image'], (event) => {
        seen.push(event.messageId);
      }),
    ).toThrow(/"message.img"/);
    await webhooks.receive(JSON.parse(fixtureText('cloud-message-image')));
    expect(seen).toEqual(['wamid.1']);
    const lenient = createWebhookHandler({ appSecret: APP_SECRET, onUnknownEventName: 'ignore' });
    expect(() => lenient.on('message.txt' as 'message.text', () => undefined)).not.toThrow();
  });

  it('uses an asynchronous dedupe store (a Redis-like store)', async () => {
    const keys = new Map<string, number>();
    const store: DedupeStore = {
      has: async (key) => keys.has(key),
      set: async (key, ttlMs) => {
        keys.set(key, ttlMs);
      },
    };
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET, dedupe: { store, ttlMs: 60_000 } });
    expect((await webhooks.receive(textNotification('wamid.r'))).events).toHaveLength(1);
    expect((await webhooks.receive(textNotification('wamid.r'))).duplicates).toHaveLength(1);
    expect([...keys]).toEqual([['message:wamid.r', 60_000]]);
  });

  it('prefers the atomic claim of a store that has one', async () => {
    const claimed = new Set<string>();
    const calls: string[] = [];
    const store: DedupeStore = {
      has: () => {
        calls.push('has');
        return false;
      },
      set: () => {
        calls.push('set');
      },
      claim: async (key) => {
        calls.push('claim');
        if (claimed.has(key)) return false;
        claimed.add(key);
        return true;
      },
    };
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET, dedupe: { store } });
    const [first, second] = await Promise.all([
      webhooks.receive(textNotification('wamid.c')),
      webhooks.receive(textNotification('wamid.c')),
    ]);
    expect([first.events.length, second.events.length].sort()).toEqual([0, 1]);
    expect(calls).toEqual(['claim', 'claim']);
  });

  it('keys two different newer status values of one message apart', async () => {
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    const result = await webhooks.receive(
      cloudPayload(
        cloudValue({ statuses: [status('wamid.u', 'pending_review'), status('wamid.u', 'queued')] }),
      ),
    );
    expect(result.events.map((event) => event.name)).toEqual(['status.unknown', 'status.unknown']);
  });
});
