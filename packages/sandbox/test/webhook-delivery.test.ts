import { createHmac, timingSafeEqual } from 'node:crypto';
import { cloudWebhookPayloadSchema, onPremWebhookPayloadSchema } from '@wa/schema';
import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxServer as Sandbox } from '../src/start-sandbox-server.ts';
import { call, cloudValue, type Receiver, startReceiver, startSandbox, waitFor } from './helpers.ts';

const auth = { authorization: 'Bearer sandbox-access-token' };
const appSecret = 'sandbox-app-secret';
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(
  overrides: Parameters<typeof startSandbox>[0] = {},
): Promise<{ sandbox: Sandbox; receiver: Receiver }> {
  const receiver = await startReceiver();
  const sandbox = await startSandbox(overrides);
  cleanups.push(
    () => receiver.close(),
    () => sandbox.close(),
  );
  return { sandbox, receiver };
}

function validSignature(body: string, header: string | string[] | undefined): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`);
  const actual = Buffer.from(String(header ?? ''));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

async function sendCloudText(
  sandbox: Sandbox,
  to = '15551230001',
  extra: Record<string, unknown> = {},
): Promise<string> {
  const { body } = await call(`${sandbox.url}/v23.0/${sandbox.config.phoneNumberId}/messages`, {
    headers: auth,
    body: { messaging_product: 'whatsapp', to, text: { body: 'hello' }, ...extra },
  });
  return String((body.messages as { id: string }[])[0]?.id);
}

function statusesOf(receiver: Receiver, messageId: string): string[] {
  return receiver
    .posts()
    .flatMap((payload) => (cloudValue(payload).statuses as Record<string, unknown>[] | undefined) ?? [])
    .filter((status) => status.id === messageId)
    .map((status) => String(status.status));
}

describe('Cloud webhooks', () => {
  it('R-WH-1 runs the subscription handshake before the first delivery, as Meta does', async () => {
    const { sandbox, receiver } = await setup();
    const result = await sandbox.setCallbackUrl('cloud', receiver.url);
    expect(result.ok).toBe(true);
    const handshake = receiver.requests[0];
    expect(handshake?.method).toBe('GET');
    const query = new URL(handshake?.url ?? '', 'http://x').searchParams;
    expect(query.get('hub.mode')).toBe('subscribe');
    expect(query.get('hub.verify_token')).toBe('sandbox-verify-token');
    expect(query.get('hub.challenge')).toMatch(/^\d+$/);
  });

  it('refuses a callback that fails the handshake and delivers nothing to it', async () => {
    const receiver = await startReceiver('another-token');
    const sandbox = await startSandbox();
    cleanups.push(
      () => receiver.close(),
      () => sandbox.close(),
    );
    const result = await sandbox.setCallbackUrl('cloud', receiver.url);
    expect(result).toMatchObject({ ok: false });
    sandbox.core.customerAction('15551230001', { kind: 'text', text: 'hi' });
    await sandbox.webhooksIdle();
    expect(receiver.requests.every((request) => request.method === 'GET')).toBe(true);
    expect(sandbox.core.store.listWebhookLog().at(-1)?.outcome).toContain('not delivered');
  });

  it('R-DLV-1 delivers sent → delivered → read for an accepted message, signed with X-Hub-Signature-256', async () => {
    const { sandbox, receiver } = await setup();
    await sandbox.setCallbackUrl('cloud', receiver.url);
    const id = await sendCloudText(sandbox, '15551230001', { biz_opaque_callback_data: 'journey-7' });
    await waitFor(() => statusesOf(receiver, id).length === 3);
    await sandbox.webhooksIdle();
    expect(statusesOf(receiver, id)).toEqual(['sent', 'delivered', 'read']);
    for (const request of receiver.requests.filter((r) => r.method === 'POST')) {
      expect(validSignature(request.body, request.headers['x-hub-signature-256'])).toBe(true);
      expect(request.headers['content-type']).toBe('application/json');
      cloudWebhookPayloadSchema.parse(JSON.parse(request.body));
    }
    const first = cloudValue(receiver.posts()[0] ?? {});
    expect(first.metadata).toEqual({
      display_phone_number: '15550101234',
      phone_number_id: '106540352242922',
    });
    const sent = (first.statuses as Record<string, unknown>[])[0];
    expect(sent).toMatchObject({
      id,
      status: 'sent',
      recipient_id: '15551230001',
      biz_opaque_callback_data: 'journey-7',
    });
    expect(sent?.timestamp).toMatch(/^\d+$/);
  });

  it('R-ERR-1 injects a 131026 failure for a configured recipient', async () => {
    const { sandbox, receiver } = await setup({ failRecipients: ['15551239999'] });
    await sandbox.setCallbackUrl('cloud', receiver.url);
    const id = await sendCloudText(sandbox, '15551239999');
    await waitFor(() => statusesOf(receiver, id).length === 1);
    await sandbox.webhooksIdle();
    const failed = (cloudValue(receiver.posts()[0] ?? {}).statuses as Record<string, unknown>[])[0];
    expect(failed).toMatchObject({
      status: 'failed',
      errors: [{ code: 131026, title: 'Message undeliverable' }],
    });
    expect(sandbox.core.store.getMessage(id)).toMatchObject({ status: 'failed', error: { code: 131026 } });
  });

  it('R-DLV-10 refuses a non-template message outside the 24-hour window with 131047 when enforced', async () => {
    const { sandbox, receiver } = await setup({ serviceWindow: true });
    await sandbox.setCallbackUrl('cloud', receiver.url);
    const refused = await call(`${sandbox.url}/v23.0/${sandbox.config.phoneNumberId}/messages`, {
      headers: auth,
      body: { messaging_product: 'whatsapp', to: '15551230002', text: { body: 'hello' } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 131047, message: '(#131047) Re-engagement message' });
    sandbox.core.customerAction('15551230001', { kind: 'text', text: 'I opened the window' });
    const open = await sendCloudText(sandbox, '15551230001');
    await waitFor(() => statusesOf(receiver, open).includes('read'));
    expect(statusesOf(receiver, open)).toEqual(['sent', 'delivered', 'read']);
    expect(sandbox.core.store.listMessages('15551230002')).toEqual([]);
  });

  it('delivers every notification twice with duplicateWebhooks (receivers must deduplicate)', async () => {
    const { sandbox, receiver } = await setup({ duplicateWebhooks: true });
    await sandbox.setCallbackUrl('cloud', receiver.url);
    const id = await sendCloudText(sandbox);
    await waitFor(() => statusesOf(receiver, id).length === 6);
    await sandbox.webhooksIdle();
    expect(statusesOf(receiver, id)).toEqual(['sent', 'sent', 'delivered', 'delivered', 'read', 'read']);
  });

  it('R-DLV-1 delivers statuses in reverse order with outOfOrderWebhooks', async () => {
    const { sandbox, receiver } = await setup({ outOfOrderWebhooks: true });
    await sandbox.setCallbackUrl('cloud', receiver.url);
    const id = await sendCloudText(sandbox);
    await waitFor(() => statusesOf(receiver, id).length === 3);
    expect(statusesOf(receiver, id)).toEqual(['read', 'delivered', 'sent']);
    expect(sandbox.core.store.getMessage(id)?.status).toBe('read');
  });

  it('retries a delivery the receiver answered with 500', async () => {
    const { sandbox, receiver } = await setup();
    await sandbox.setCallbackUrl('cloud', receiver.url);
    receiver.failNext(2);
    sandbox.core.customerAction('15551230001', { kind: 'text', text: 'retry me' });
    await sandbox.webhooksIdle();
    const posts = receiver.requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((post) => post.body)).size).toBe(1);
  });

  it.each([
    [
      'R-WH-6 button_reply',
      { kind: 'button_reply', messageId: 'wamid.m', id: 'drink.latte', title: 'Latte' },
      'interactive',
    ],
    [
      'R-WH-6 list_reply',
      { kind: 'list_reply', messageId: 'wamid.m', id: 'menu.a', title: 'A', description: 'first' },
      'interactive',
    ],
    [
      'R-WH-4 location',
      { kind: 'location', messageId: 'wamid.m', latitude: 37.48, longitude: -122.14, name: 'Shop' },
      'location',
    ],
    ['reaction', { kind: 'reaction', messageId: 'wamid.m', emoji: '👍' }, 'reaction'],
    [
      'template button',
      { kind: 'template_button', messageId: 'wamid.m', text: 'Track order', payload: 'track' },
      'button',
    ],
    [
      'flow reply',
      { kind: 'flow_reply', messageId: 'wamid.m', response: { flow_token: 't' } },
      'interactive',
    ],
  ] as const)('%s from the UI becomes an inbound message webhook', async (_name, action, type) => {
    const { sandbox, receiver } = await setup();
    await sandbox.setCallbackUrl('cloud', receiver.url);
    sandbox.core.customerAction('15551230001', action);
    await sandbox.webhooksIdle();
    const payload = receiver.posts()[0] ?? {};
    cloudWebhookPayloadSchema.parse(payload);
    const value = cloudValue(payload);
    expect(value.contacts).toEqual([{ profile: { name: 'Ana Souza' }, wa_id: '15551230001' }]);
    const message = (value.messages as Record<string, unknown>[])[0] ?? {};
    expect(message).toMatchObject({ from: '15551230001', type });
    expect(String(message.id)).toMatch(/^wamid\./);
    if (action.kind !== 'reaction') expect(message.context).toEqual({ from: '15550101234', id: 'wamid.m' });
    if (action.kind === 'button_reply') {
      expect(message.interactive).toEqual({
        type: 'button_reply',
        button_reply: { id: 'drink.latte', title: 'Latte' },
      });
    }
    if (action.kind === 'list_reply') {
      expect(message.interactive).toEqual({
        type: 'list_reply',
        list_reply: { id: 'menu.a', title: 'A', description: 'first' },
      });
    }
    if (action.kind === 'location') {
      expect(message.location).toEqual({ latitude: 37.48, longitude: -122.14, name: 'Shop' });
    }
  });
});

describe('On-Premises webhooks', () => {
  it('posts the On-Premises shapes (no envelope, no handshake, no signature)', async () => {
    const { sandbox, receiver } = await setup({ failRecipients: ['15551239999'] });
    await sandbox.setCallbackUrl('onprem', receiver.url);
    const login = await call(`${sandbox.url}/v1/users/login`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('admin:sandbox-password').toString('base64')}` },
    });
    const token = (login.body.users as { token: string }[])[0]?.token;
    const sent = await call(`${sandbox.url}/v1/messages`, {
      headers: { authorization: `Bearer ${token}` },
      body: { to: '15551239999', text: { body: 'will fail' } },
    });
    const id = (sent.body.messages as { id: string }[])[0]?.id;
    sandbox.core.customerAction('15551230002', { kind: 'text', text: 'hello from on-prem' });
    await waitFor(() => receiver.posts().length === 2);
    await sandbox.webhooksIdle();
    expect(receiver.requests.some((request) => request.method === 'GET')).toBe(false);
    expect(receiver.requests.every((request) => request.headers['x-hub-signature-256'] === undefined)).toBe(
      true,
    );
    for (const payload of receiver.posts()) onPremWebhookPayloadSchema.parse(payload);
    const inbound = receiver.posts().find((payload) => payload.messages);
    expect(inbound).toMatchObject({
      contacts: [{ profile: { name: 'Kenji Watanabe' }, wa_id: '15551230002' }],
      messages: [{ from: '15551230002', type: 'text', text: { body: 'hello from on-prem' } }],
    });
    const failure = receiver.posts().find((payload) => payload.statuses);
    expect(failure).toMatchObject({
      statuses: [{ id, status: 'failed', recipient_id: '15551239999', errors: [{ code: 1026 }] }],
    });
  });
});
