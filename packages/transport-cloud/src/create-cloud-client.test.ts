import { RequestError, ValidationError } from '@wa/schema';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type GraphServer, startGraphServer } from '../test/graph-server.ts';
import type { CloudClientSettings } from './cloud-client-settings.ts';
import { createCloudClient } from './create-cloud-client.ts';
import { USER_AGENT } from './user-agent.ts';

const token = 'EAAG-test-token-never-logged';
const phoneNumberId = '106540352242922';
const to = '15551234567';
let server: GraphServer;

/** Fast retries so that tests never wait long; real policies use the defaults. */
const fastRetry = { baseDelayMs: 1, maxDelayMs: 100, undeliverableBaseDelayMs: 5, budgetMs: 1000 };

function client(settings: CloudClientSettings = {}) {
  return createCloudClient({
    accessToken: token,
    phoneNumberId,
    baseUrl: server.origin,
    retry: fastRetry,
    timeout: 2000,
    ...settings,
  });
}

beforeAll(async () => {
  server = await startGraphServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.reset();
  vi.unstubAllEnvs();
});

describe('settings', () => {
  it('reads the access token and phone number ID from the environment', async () => {
    vi.stubEnv('WHATSAPP_ACCESS_TOKEN', 'EAAG-from-env');
    vi.stubEnv('WHATSAPP_PHONE_NUMBER_ID', '42');
    const fromEnvironment = createCloudClient({ baseUrl: server.origin, apiVersion: 'v23.0' });
    await fromEnvironment.sendText(to, 'Hi');
    expect(server.requests[0]?.url).toBe('/v23.0/42/messages');
    expect(server.requests[0]?.headers.authorization).toBe('Bearer EAAG-from-env');
  });

  it.each([
    ['accessToken', { phoneNumberId }, 'WHATSAPP_ACCESS_TOKEN'],
    ['phoneNumberId', { accessToken: token }, 'WHATSAPP_PHONE_NUMBER_ID'],
  ] as const)('R-HTTP-5 requires %s', (setting, settings, variable) => {
    vi.stubEnv('WHATSAPP_ACCESS_TOKEN', '');
    vi.stubEnv('WHATSAPP_PHONE_NUMBER_ID', '');
    expect(() => createCloudClient(settings)).toThrow(
      `[@wa/transport-cloud] Missing setting \`${setting}\`: pass it or set the ${variable} environment variable.`,
    );
  });

  it('rejects a non-positive timeout', () => {
    expect(() => client({ timeout: 0 })).toThrow(ValidationError);
  });
});

describe('send', () => {
  it('R-HTTP-1 R-HTTP-3 R-HTTP-4 R-HTTP-5 R-REQ-6 posts the Cloud body with bearer auth and JSON content type', async () => {
    const result = await client().send({ to, text: { body: 'Hello' } });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`/v26.0/${phoneNumberId}/messages`);
    expect(request?.json).toStrictEqual({ messaging_product: 'whatsapp', to, text: { body: 'Hello' } });
    expect(request?.headers.authorization).toBe(`Bearer ${token}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['user-agent']).toBe(USER_AGENT);
    expect(result).toStrictEqual({
      api: 'cloud',
      messageId: 'wamid.TEST1',
      contacts: [{ input: to, waId: to }],
      messageStatus: undefined,
    });
  });

  it('R-RESP-3 reports a message held for quality assessment', async () => {
    server.reply({
      status: 200,
      body: {
        messaging_product: 'whatsapp',
        contacts: [{ input: to, wa_id: '15551234567' }],
        messages: [{ id: 'wamid.HELD', message_status: 'held_for_quality_assessment' }],
      },
    });
    const result = await client().sendText(to, 'Offer');
    expect(result.messageStatus).toBe('held_for_quality_assessment');
  });

  it('R-TEXT-2 rejects an invalid message before sending anything', async () => {
    const error = await client()
      .sendText(to, 'x'.repeat(4097))
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues[0]).toMatchObject({
      path: '$.text.body',
      rule: 'R-TEXT-2',
      limit: 4096,
    });
    expect(server.requests).toHaveLength(0);
  });

  it('sends without validation when asked to', async () => {
    await client({ validate: false }).send({ to, type: 'text', text: { body: '' } });
    expect(server.requests[0]?.json).toStrictEqual({
      messaging_product: 'whatsapp',
      to,
      type: 'text',
      text: { body: '' },
    });
  });

  it('keeps the message ID of a 2xx body that does not fully match the schema', async () => {
    server.reply({ status: 200, body: { messages: [{ id: 'wamid.ODD' }] } });
    await expect(client().sendText(to, 'Hi')).resolves.toMatchObject({
      messageId: 'wamid.ODD',
      contacts: [],
    });
  });

  it('R-DLV-3 reports a 2xx body without a message ID as "may have been sent" and does not resend', async () => {
    server.reply({ status: 200, body: { unexpected: true } });
    const error = await client()
      .sendText(to, 'Hi')
      .catch((caught: unknown) => caught);
    expect(RequestError.isInstance(error) && error.mayHaveBeenSent).toBe(true);
    expect(server.requests).toHaveLength(1);
  });
});

describe('convenience methods', () => {
  const media = { id: '1234' };
  const cases = [
    [
      'sendText',
      (c: ReturnType<typeof client>) => c.sendText(to, 'Hi', { previewUrl: true }),
      { type: 'text', text: { body: 'Hi', preview_url: true } },
    ],
    [
      'sendImage',
      (c: ReturnType<typeof client>) => c.sendImage(to, { ...media, caption: 'Look' }),
      { type: 'image', image: { id: '1234', caption: 'Look' } },
    ],
    [
      'sendVideo',
      (c: ReturnType<typeof client>) => c.sendVideo(to, { link: 'https://example.com/a.mp4' }),
      { type: 'video', video: { link: 'https://example.com/a.mp4' } },
    ],
    ['sendAudio', (c: ReturnType<typeof client>) => c.sendAudio(to, media), { type: 'audio', audio: media }],
    [
      'sendDocument',
      (c: ReturnType<typeof client>) => c.sendDocument(to, { ...media, filename: 'a.pdf' }),
      { type: 'document', document: { id: '1234', filename: 'a.pdf' } },
    ],
    [
      'sendSticker',
      (c: ReturnType<typeof client>) => c.sendSticker(to, media),
      { type: 'sticker', sticker: media },
    ],
    [
      'sendLocation',
      (c: ReturnType<typeof client>) =>
        c.sendLocation(to, { latitude: 37.48, longitude: -122.14, name: 'HQ', address: '1 Hacker Way' }),
      {
        type: 'location',
        location: { latitude: 37.48, longitude: -122.14, name: 'HQ', address: '1 Hacker Way' },
      },
    ],
    [
      'sendContacts',
      (c: ReturnType<typeof client>) =>
        c.sendContacts(to, [{ name: { formatted_name: 'Ada Lovelace', first_name: 'Ada' } }]),
      { type: 'contacts', contacts: [{ name: { formatted_name: 'Ada Lovelace', first_name: 'Ada' } }] },
    ],
    [
      'sendReaction',
      (c: ReturnType<typeof client>) => c.sendReaction(to, 'wamid.IN', '👍'),
      { type: 'reaction', reaction: { message_id: 'wamid.IN', emoji: '👍' } },
    ],
    [
      'sendTemplate',
      (c: ReturnType<typeof client>) =>
        c.sendTemplate(to, { name: 'hello_world', language: { code: 'en_US' } }),
      { type: 'template', template: { name: 'hello_world', language: { code: 'en_US' } } },
    ],
    [
      'sendInteractive',
      (c: ReturnType<typeof client>) =>
        c.sendInteractive(to, {
          type: 'button',
          body: { text: 'Pick one' },
          action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
        }),
      {
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Pick one' },
          action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
        },
      },
    ],
  ] as const;

  it.each(cases)('%s posts the exact Cloud body', async (_name, sendWith, payload) => {
    await sendWith(client());
    expect(server.requests[0]?.json).toStrictEqual({ messaging_product: 'whatsapp', to, ...payload });
  });

  it('R-REQ-17 R-REQ-18 adds reply context and callback data', async () => {
    await client().sendText(to, 'Sure', { replyTo: 'wamid.IN', bizOpaqueCallbackData: 'order-7' });
    await client().reply('wamid.IN2', { to, type: 'image', image: { id: '9' } });
    expect(server.requests.map((request) => request.json)).toStrictEqual([
      {
        messaging_product: 'whatsapp',
        to,
        context: { message_id: 'wamid.IN' },
        biz_opaque_callback_data: 'order-7',
        type: 'text',
        text: { body: 'Sure' },
      },
      {
        messaging_product: 'whatsapp',
        to,
        type: 'image',
        image: { id: '9' },
        context: { message_id: 'wamid.IN2' },
      },
    ]);
  });

  it('R-REQ-21 marks a message as read, with or without a typing indicator', async () => {
    await client().markRead('wamid.IN');
    await client().sendTypingIndicator('wamid.IN');
    expect(server.requests.map((request) => [request.url, request.json])).toStrictEqual([
      [
        `/v26.0/${phoneNumberId}/messages`,
        { messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.IN' },
      ],
      [
        `/v26.0/${phoneNumberId}/messages`,
        {
          messaging_product: 'whatsapp',
          status: 'read',
          message_id: 'wamid.IN',
          typing_indicator: { type: 'text' },
        },
      ],
    ]);
  });
});
