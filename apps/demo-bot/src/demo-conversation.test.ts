import { createSandbox, type Sandbox } from '@wa/sandbox';
import { createCloudClient } from '@wa/transport-cloud';
import { createOnPremClient } from '@wa/transport-onprem';
import { createWebhookHandler } from '@wa/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachDemoConversation, type BotClient, menuRows } from './demo-conversation.ts';
import { createDemoImage } from './demo-image.ts';
import { createDemoSendChecks, type DemoSendChecks } from './demo-send-checks.ts';

// The whole demo conversation on each API, against the sandbox (@wa/sandbox): the same code path
// (no branching on the API) must answer every inbound event on both.
const customer = '15551230007';
let sandbox: Sandbox;
let sandboxUrl: string;

beforeAll(async () => {
  sandbox = await createSandbox();
  sandboxUrl = sandbox.url;
});

afterAll(async () => {
  await sandbox.close();
});

/** A Cloud-shaped notification with one inbound message from the customer. */
function inbound(id: string, message: Record<string, unknown>): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550001111', phone_number_id: '106540352242922' },
              contacts: [{ profile: { name: 'Ana' }, wa_id: customer }],
              // Now: the bot's service window check counts 24 hours from the customer's last message.
              messages: [
                { from: customer, id, timestamp: String(Math.floor(Date.now() / 1000)), ...message },
              ],
            },
          },
        ],
      },
    ],
  };
}

/** Runs every step of the conversation through `client` and returns the log lines, message IDs removed. */
async function converse(client: BotClient, checks: DemoSendChecks): Promise<string[]> {
  const lines: string[] = [];
  const webhooks = createWebhookHandler({ appSecret: 'sandbox-app-secret', verifyToken: 'token' });
  attachDemoConversation(webhooks, client, {
    log: (line) => lines.push(line.replace(/ \([^)]*\)$/, '')),
    serviceWindow: checks.serviceWindow,
  });
  // The checks are on: nothing may be sent to the customer before they write.
  await expect(client.sendText(customer, 'too early')).rejects.toMatchObject({
    code: 'WA_SERVICE_WINDOW_CLOSED',
  });
  const { id: photoId } = await client.uploadMedia({ data: createDemoImage(8, 8), mimeType: 'image/png' });
  const steps: Array<Record<string, unknown>> = [
    { type: 'text', text: { body: 'hi' } },
    ...menuRows.map((row) => ({
      type: 'interactive',
      interactive: { type: 'list_reply', list_reply: { id: row.id, title: row.title } },
    })),
    {
      type: 'interactive',
      interactive: { type: 'button_reply', button_reply: { id: 'drink.latte', title: 'Latte' } },
    },
    { type: 'location', location: { latitude: 37.48, longitude: -122.15 } },
    { type: 'button', button: { text: 'Track order', payload: 'track' } },
    { type: 'reaction', reaction: { message_id: 'wamid.X', emoji: '👍' } },
    { type: 'image', image: { id: photoId, mime_type: 'image/png', sha256: 'x' } },
  ];
  let step = 0;
  for (const message of steps) {
    const result = await webhooks.receive(inbound(`wamid.demo${client.api}${step++}`, message));
    expect(result.errors).toStrictEqual([]);
  }
  return lines.filter((line) => !line.startsWith('could not mark'));
}

const expectedSends = [
  'greeting',
  'list menu',
  'reply buttons',
  'order_update template',
  'location request',
  'image',
  'reply with context',
  'drink confirmation',
  'distance',
  'shop location',
  'template button answer',
  'reaction thanks',
  'photo answer',
].map((what) => `sent ${what} to ${customer}`);

/** The real `fetch`, noting which JSON request bodies carried reply context. */
function contextRecorder() {
  const quoted: string[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    if (typeof init?.body === 'string') {
      const body = JSON.parse(init.body) as { context?: { message_id?: string } };
      if (body.context?.message_id !== undefined) quoted.push(body.context.message_id);
    }
    return fetch(input, init);
  };
  return { quoted, recordingFetch };
}

describe('the demo conversation', () => {
  it('R-REQ-18 R-DLV-10 R-TPL-9 runs in full on the Cloud API with the send checks on, quoting the customer', async () => {
    const { quoted, recordingFetch } = contextRecorder();
    const checks = createDemoSendChecks();
    const client = createCloudClient({
      ...checks,
      fetch: recordingFetch,
      accessToken: 'sandbox-access-token',
      phoneNumberId: '106540352242922',
      apiVersion: 'v23.0',
      baseUrl: sandboxUrl,
      pacing: { recipientIntervalMs: 0 },
    });
    expect(client.supports('replyContext')).toBe(true);
    expect(await converse(client, checks)).toStrictEqual(expectedSends);
    // The menu row, the drink button, the location and the photo are answered as quotes.
    expect(quoted).toStrictEqual([
      'wamid.democloud5',
      'wamid.democloud6',
      'wamid.democloud7',
      'wamid.democloud10',
    ]);
  });

  it('R-REQ-18 R-DLV-10 R-TPL-9 runs in full on the On-Premises API with the send checks on', async () => {
    const { quoted, recordingFetch } = contextRecorder();
    const checks = createDemoSendChecks();
    const client = createOnPremClient({
      ...checks,
      fetch: recordingFetch,
      baseUrl: sandboxUrl,
      username: 'admin',
      password: 'sandbox-password',
    });
    try {
      expect(client.supports('replyContext')).toBe(false);
      expect(await converse(client, checks)).toStrictEqual(expectedSends);
      expect(quoted).toStrictEqual([]);
    } finally {
      await client.close();
    }
  });
});
