import { ServiceWindowClosedError } from '@wa/schema';
import { createServiceWindowTracker } from '@wa/schema/templates';
import { createCloudClient, GraphApiError } from '@wa/transport-cloud';
import { createOnPremClient, OnPremApiError } from '@wa/transport-onprem';
import { createWebhookHandler } from '@wa/webhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox, SandboxError } from '../src/index.ts';
import { call } from './helpers.ts';

const day = 24 * 60 * 60 * 1000;
const start = Date.UTC(2026, 0, 5, 9, 0, 0);
const orderUpdate = {
  name: 'order_update',
  language: 'en_US',
  components: [
    { type: 'header' as const, parameters: [{ type: 'text' as const, text: '#1042' }] },
    {
      type: 'body' as const,
      parameters: [
        { type: 'text' as const, text: 'Ana' },
        { type: 'text' as const, text: 'a latte' },
        { type: 'text' as const, text: 'Monday' },
      ],
    },
  ],
};

const open: Sandbox[] = [];
async function start24(options: Parameters<typeof createSandbox>[0] = {}): Promise<Sandbox> {
  const sandbox = await createSandbox({ serviceWindow: true, now: () => start, ...options });
  open.push(sandbox);
  return sandbox;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((sandbox) => sandbox.close()));
});

const cloudClient = (sandbox: Sandbox) =>
  createCloudClient({
    accessToken: sandbox.cloud.accessToken,
    phoneNumberId: sandbox.cloud.phoneNumberId,
    apiVersion: sandbox.cloud.apiVersion,
    baseUrl: sandbox.cloud.baseUrl,
    pacing: false,
  });

describe('the 24-hour customer-service window (serviceWindow: true)', () => {
  it('R-DLV-10 Cloud: a text inside the window passes; 24 h + 1 s later it fails with 131047; a template still passes', async () => {
    const sandbox = await start24();
    const client = cloudClient(sandbox);
    const ana = sandbox.customer('15551230001');
    await ana.sendText('Is my order ready?');
    const inside = await client.sendText('15551230001', 'It is on its way.');
    expect(inside.messageId).toMatch(/^wamid\./);

    sandbox.advanceClock(day + 1000);
    const error = await client.sendText('15551230001', 'Still there?').catch((caught: unknown) => caught);
    expect(GraphApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 400, errorCode: 131047, isRetryable: false });
    expect((error as Error).message).toContain('Re-engagement message');

    const template = await client.sendTemplate('15551230001', orderUpdate);
    expect(template.messageId).toMatch(/^wamid\./);
    expect(sandbox.messages().map((message) => message.type)).toEqual(['text', 'template']);

    await ana.sendText('Yes!');
    await expect(client.sendText('15551230001', 'Great.')).resolves.toMatchObject({
      messageId: expect.stringMatching(/^wamid\./),
    });
  });

  it('R-DLV-10 Cloud: a customer who never wrote gets 131047 over plain HTTP, with the reason in error_data', async () => {
    const sandbox = await start24();
    const { status, body } = await call(
      `${sandbox.url}/${sandbox.cloud.apiVersion}/${sandbox.cloud.phoneNumberId}/messages`,
      {
        headers: { authorization: `Bearer ${sandbox.cloud.accessToken}` },
        body: {
          messaging_product: 'whatsapp',
          to: '15551239876',
          type: 'interactive',
          interactive: {
            type: 'button',
            body: { text: 'Pick one' },
            action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
          },
        },
      },
    );
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      code: 131047,
      message: '(#131047) Re-engagement message',
      error_data: { messaging_product: 'whatsapp', details: expect.stringMatching(/template message/) },
    });
    expect(sandbox.messages()).toEqual([]);
  });

  it('R-DLV-10 On-Premises: a text inside the window passes; 24 h + 1 s later it fails with 470; a template still passes', async () => {
    const sandbox = await start24();
    const client = createOnPremClient({ ...sandbox.onprem, pacing: false });
    try {
      const ana = sandbox.customer('15551230001');
      await ana.sendText('hello');
      const inside = await client.sendText('15551230001', 'Hi Ana');
      expect(inside.messageId).toMatch(/^gBEG/);

      sandbox.advanceClock(day + 1000);
      const error = await client.sendText('15551230001', 'Still there?').catch((caught: unknown) => caught);
      expect(OnPremApiError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ statusCode: 400, errorCode: 470 });

      const template = await client.sendTemplate('15551230001', orderUpdate);
      expect(template.messageId).toMatch(/^gBEG/);
    } finally {
      await client.close();
    }
  });

  it('R-DLV-10 a window closes exactly 24 hours after the last message: open at 24 h - 1 s, closed at 24 h', async () => {
    const sandbox = await start24();
    const client = cloudClient(sandbox);
    await sandbox.customer('15551230001').sendText('hi');
    sandbox.advanceClock(day - 1000);
    await expect(client.sendText('15551230001', 'just in time')).resolves.toBeDefined();
    sandbox.advanceClock(1000);
    await expect(client.sendText('15551230001', 'too late')).rejects.toMatchObject({ errorCode: 131047 });
  });

  it('R-DLV-10 createServiceWindowTracker fed by the sandbox webhooks refuses before any request', async () => {
    const sandbox = await start24();
    const tracker = createServiceWindowTracker({ now: () => sandbox.now() });
    const handler = createWebhookHandler({
      appSecret: sandbox.cloud.appSecret,
      verifyToken: sandbox.cloud.verifyToken,
    });
    handler.on('message', (event) => tracker.recordInbound(event));
    await sandbox.setWebhook(handler);
    const client = cloudClient(sandbox);
    const send = async (text: string) => {
      const message = { type: 'text' as const, to: '15551230001', text: { body: text } };
      await tracker.assertCanSend(message, sandbox.cloud.phoneNumberId);
      return client.send(message);
    };

    await sandbox.customer('15551230001').sendText('hi');
    await expect(send('hello')).resolves.toMatchObject({ messageId: expect.stringMatching(/^wamid\./) });
    expect(sandbox.messages()).toHaveLength(1);

    sandbox.advanceClock(day + 1000);
    const error = await send('still there?').catch((caught: unknown) => caught);
    expect(ServiceWindowClosedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_SERVICE_WINDOW_CLOSED', closedAt: new Date(start + day) });
    expect(sandbox.messages()).toHaveLength(1);
  });

  it('is off by default: a text to a customer who never wrote is accepted', async () => {
    const sandbox = await createSandbox();
    open.push(sandbox);
    await expect(cloudClient(sandbox).sendText('15551230001', 'hello')).resolves.toBeDefined();
  });

  it('advanceClock moves webhook timestamps forward and refuses to go back', async () => {
    const sandbox = await start24();
    const handler = createWebhookHandler({
      appSecret: sandbox.cloud.appSecret,
      verifyToken: sandbox.cloud.verifyToken,
    });
    const timestamps: unknown[] = [];
    handler.on('message', (event) => {
      timestamps.push(event.message.timestamp);
    });
    await sandbox.setWebhook(handler);
    expect(sandbox.now()).toBe(start);
    sandbox.advanceClock(5000);
    expect(sandbox.now()).toBe(start + 5000);
    await sandbox.customer('15551230001').sendText('hi');
    expect(timestamps).toEqual([String((start + 5000) / 1000)]);
    let error: unknown;
    try {
      sandbox.advanceClock(-1);
    } catch (caught) {
      error = caught;
    }
    expect(SandboxError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WA_SANDBOX_INVALID' });
  });
});
