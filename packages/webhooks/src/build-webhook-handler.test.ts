import { MissingSettingError, ValidationError, WaError } from '@wa/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureText } from '../test/fixtures.ts';
import { APP_SECRET, cloudPayload, cloudValue, sign, status, textNotification } from '../test/payloads.ts';
import { createWebhookHandler } from './create-webhook-handler.ts';
import type { DedupeStore } from './dedupe-store.ts';
import { createMemoryDedupeStore } from './memory-dedupe-store.ts';
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
      'template.status',
    ]);
    expect(first.duplicates).toEqual([]);
    expect(seen).toEqual(['message.image', 'status.delivered']);
    const again = await webhooks.verifyAndReceive(new TextEncoder().encode(body), sign(body));
    // Messages and statuses are deduplicated; template changes (applying one twice does no harm) are delivered again.
    expect(again.events.map((event) => event.name)).toEqual(['template.status']);
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

  it('prints a summary without message text or phone numbers when no onError listener is registered', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    webhooks.on('message.text', () => {
      throw new TypeError('boom');
    });
    await webhooks.receive(textNotification('wamid.p'));
    expect(printed).toHaveBeenCalledTimes(1);
    const line = String(printed.mock.calls[0]?.[0]);
    expect(line).toBe(
      '[@wa/webhooks] A listener failed on a "message.text" event (wamid.p): TypeError. Add an onError listener to see the errors.',
    );
    expect(printed.mock.calls[0]).toHaveLength(1);
    for (const customerData of ['Hello', '16505551234', 'Sheena']) expect(line).not.toContain(customerData);
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

  it('uses an asynchronous dedupe store: claim, then commit for 24 hours', async () => {
    const calls: string[] = [];
    const committed = new Set<string>();
    const store: DedupeStore = {
      claim: async (key, _owner, leaseMs) => {
        calls.push(`claim ${key} ${leaseMs}`);
        return committed.has(key) ? 'duplicate' : 'claimed';
      },
      commit: async (key, _owner, retentionMs) => {
        calls.push(`commit ${key} ${retentionMs}`);
        committed.add(key);
      },
      release: async (key) => {
        calls.push(`release ${key}`);
      },
    };
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET, dedupe: { store } });
    expect((await webhooks.receive(textNotification('wamid.r'))).events).toHaveLength(1);
    expect((await webhooks.receive(textNotification('wamid.r'))).duplicates).toHaveLength(1);
    expect(calls).toEqual([
      'claim message:wamid.r 60000',
      'commit message:wamid.r 86400000',
      'claim message:wamid.r 60000',
    ]);
  });

  it('reports an event leased by a concurrent delivery as in progress, not as a duplicate', async () => {
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    let finish = (): void => undefined;
    webhooks.on('message.text', () => new Promise<void>((resolve) => (finish = resolve)));
    const first = webhooks.receive(textNotification('wamid.c'));
    const second = await webhooks.receive(textNotification('wamid.c'));
    expect(second).toMatchObject({ events: [], duplicates: [], complete: false });
    expect(second.inProgress).toHaveLength(1);
    finish();
    expect((await first).complete).toBe(true);
    const third = await webhooks.receive(textNotification('wamid.c'));
    expect(third.duplicates).toHaveLength(1);
    expect(third.complete).toBe(true);
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

describe('two-phase deduplication in receive() / verifyAndReceive() (queue consumers)', () => {
  it('R-DLV-8 releases the lease of a failed event, so the redelivery is dispatched and then committed', async () => {
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    webhooks.onError(() => undefined);
    let attempts = 0;
    webhooks.on('message.text', async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('database down');
    });
    const body = JSON.stringify(textNotification('wamid.retry'));
    const first = await webhooks.verifyAndReceive(body, sign(body));
    expect(first).toMatchObject({ complete: false, duplicates: [], inProgress: [] });
    expect(first.errors).toHaveLength(1);
    const second = await webhooks.verifyAndReceive(body, sign(body));
    expect(second).toMatchObject({ complete: true, errors: [] });
    expect(second.events).toHaveLength(1);
    const third = await webhooks.verifyAndReceive(body, sign(body));
    expect(third.duplicates).toHaveLength(1);
    expect(attempts).toBe(2);
  });

  it('releases the failed event only: the others of the delivery stay committed', async () => {
    const webhooks = createWebhookHandler({ appSecret: APP_SECRET });
    webhooks.onError(() => undefined);
    const seen: string[] = [];
    webhooks.on('message.text', (event) => {
      seen.push(event.messageId);
      if (event.messageId === 'wamid.bad' && seen.length <= 2) throw new Error('once');
    });
    const payload = textNotification('wamid.good', 'wamid.bad');
    expect((await webhooks.receive(payload)).complete).toBe(false);
    const again = await webhooks.receive(payload);
    expect(again.complete).toBe(true);
    expect(again.duplicates.map((event) => event.kind === 'message' && event.messageId)).toEqual([
      'wamid.good',
    ]);
    expect(seen).toEqual(['wamid.good', 'wamid.bad', 'wamid.bad']);
  });

  it('dispatches again after a crash once the lease ran out (a persistent store survives the process)', async () => {
    let now = 0;
    const store = createMemoryDedupeStore({ now: () => now });
    const crashed = createWebhookHandler({ appSecret: APP_SECRET, dedupe: { store, leaseMs: 1_000 } });
    // The listener never settles: the process "dies" with the lease held.
    crashed.on('message.text', () => new Promise(() => undefined));
    void crashed.receive(textNotification('wamid.crash'));
    const restarted = createWebhookHandler({ appSecret: APP_SECRET, dedupe: { store, leaseMs: 1_000 } });
    const seen: string[] = [];
    restarted.on('message.text', (event) => {
      seen.push(event.messageId);
    });
    expect((await restarted.receive(textNotification('wamid.crash'))).inProgress).toHaveLength(1);
    now = 1_000;
    expect((await restarted.receive(textNotification('wamid.crash'))).complete).toBe(true);
    expect(seen).toEqual(['wamid.crash']);
  });
});

describe('a failing dedupe store', () => {
  it.each([
    ['claim', 0],
    ['commit', 1],
  ] as const)(
    '%s failing: the HTTP answer is 500 without the store’s message, so Meta delivers again',
    async (method, dispatched) => {
      const memory = createMemoryDedupeStore();
      const store: DedupeStore = {
        claim: (...args) =>
          method === 'claim' ? Promise.reject(new Error('redis at 10.0.0.7 down')) : memory.claim(...args),
        commit: (...args) =>
          method === 'commit' ? Promise.reject(new Error('redis at 10.0.0.7 down')) : memory.commit(...args),
        release: (...args) => memory.release(...args),
      };
      const webhooks = createWebhookHandler({ appSecret: APP_SECRET, dedupe: { store } });
      let calls = 0;
      webhooks.on('message.text', () => {
        calls += 1;
      });
      const body = JSON.stringify(textNotification('wamid.store'));
      const response = await webhooks(
        new Request('http://localhost/webhook', {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) },
        }),
      );
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text).error.code).toBe('WA_WEBHOOK_INTERNAL_ERROR');
      expect(text).not.toContain('10.0.0.7');
      expect(calls).toBe(dispatched);
      await expect(webhooks.receive(textNotification('wamid.store2'))).rejects.toThrow(
        'redis at 10.0.0.7 down',
      );
    },
  );
});

describe('option combinations that make no sense are refused', () => {
  it.each([
    [{ waitForHandlers: true }, '$.waitForHandlers'],
    [{ retryOnHandlerError: true }, '$.retryOnHandlerError'],
    [{ waitUntil: () => undefined }, '$.waitUntil'],
    [{ delivery: 'ack-first', waitUntil: 'yes' }, '$.waitUntil'],
    [{ delivery: 'exactly-once' }, '$.delivery'],
    [{ dedupe: { ttlMs: 1_000 } }, '$.dedupe.ttlMs'],
    [{ dedupe: { leaseMs: 0 } }, '$.dedupe.leaseMs'],
    [{ dedupe: { retentionMs: 1_000, leaseMs: 2_000 } }, '$.dedupe.retentionMs'],
    [{ dedupe: { store: { has: () => false, set: () => undefined } } }, '$.dedupe.store.claim'],
    [{ dedupe: true }, '$.dedupe'],
  ])('%j: ValidationError at %s', (options, path) => {
    let caught: unknown;
    try {
      createWebhookHandler({ appSecret: APP_SECRET, ...(options as object) });
    } catch (error) {
      caught = error;
    }
    expect(ValidationError.isInstance(caught)).toBe(true);
    expect((caught as ValidationError).issues.map((issue) => issue.path)).toEqual([path]);
    expect((caught as Error).message).toMatch(/^\[@wa\/webhooks\] /);
  });

  it('accepts waitUntil with ack-first, and exposes the delivery mode', () => {
    const handler = createWebhookHandler({
      appSecret: APP_SECRET,
      delivery: 'ack-first',
      waitUntil: () => undefined,
    });
    expect(handler.delivery).toBe('ack-first');
    expect(createWebhookHandler({ appSecret: APP_SECRET }).delivery).toBe('at-least-once');
  });
});
