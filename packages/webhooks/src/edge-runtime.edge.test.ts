import * as rootEntry from '@wa/webhooks';
import {
  createOnPremWebhookHandler,
  createWebhookHandler,
  type MessageEvent,
  type StatusEvent,
  signPayload,
  verifySignature,
} from '@wa/webhooks';
import { describe, expect, it } from 'vitest';
import * as webCryptoEntry from './index.ts';

const appSecret = 'edge-app-secret-0123456789abcdef';
const verifyToken = 'edge-verify-token';

/** One Cloud API notification: an inbound text from a contact and a delivered status. */
const body = JSON.stringify({
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
            contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: '16505551234' }],
            messages: [
              {
                from: '16505551234',
                id: 'wamid.EDGE1',
                timestamp: '1749416383',
                type: 'text',
                text: { body: 'Hello' },
              },
            ],
            statuses: [
              {
                id: 'wamid.SENT1',
                status: 'delivered',
                timestamp: '1750857384',
                recipient_id: '16505551234',
              },
            ],
          },
        },
      ],
    },
  ],
});

describe('@wa/webhooks on an edge runtime (@edge-runtime/vm)', () => {
  it('runs in the edge context, where Node globals are absent', () => {
    expect(typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime).toBe('string');
    expect(typeof process).toBe('undefined');
    expect(typeof Buffer).toBe('undefined');
    expect('setImmediate' in globalThis).toBe(false);
  });

  it('resolves the root entry to the Web Crypto build (no node export condition)', () => {
    expect(rootEntry.verifySignature).toBe(webCryptoEntry.verifySignature);
    expect(rootEntry.signPayload).toBe(webCryptoEntry.signPayload);
    expect(rootEntry.createWebhookHandler).toBe(webCryptoEntry.createWebhookHandler);
  });

  it('signs like HMAC-SHA256 (RFC 4231 test case 2) and verifies with Web Crypto', async () => {
    const data = 'what do ya want for nothing?';
    const header = await signPayload(data, 'Jefe');
    expect(header).toBe('sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(await verifySignature(new TextEncoder().encode(data), header, 'Jefe')).toBe(true);
    expect(await verifySignature(`${data}!`, header, 'Jefe')).toBe(false);
    expect(await verifySignature(data, header, 'Jeff')).toBe(false);
  });

  it('answers the GET subscription handshake with the challenge, and refuses a wrong token', async () => {
    const webhooks = createWebhookHandler({ appSecret, verifyToken });
    const url = 'https://bot.example/webhook?hub.mode=subscribe&hub.challenge=1158201444';
    const accepted = await webhooks(new Request(`${url}&hub.verify_token=${verifyToken}`));
    expect(accepted).toBeInstanceOf(Response);
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toBe('1158201444');
    const refused = await webhooks(new Request(`${url}&hub.verify_token=wrong`));
    expect(refused.status).toBe(403);
  });

  it('dispatches the typed events of a signed POST and rejects a bad signature with 401', async () => {
    const webhooks = createWebhookHandler({ appSecret, verifyToken });
    const texts: MessageEvent[] = [];
    const delivered: StatusEvent<'delivered'>[] = [];
    webhooks.on('message.text', (event) => {
      texts.push(event);
    });
    webhooks.on('status.delivered', (event) => {
      delivered.push(event);
    });
    const post = (signature: string) =>
      webhooks(
        new Request('https://bot.example/webhook', {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
        }),
      );

    const forged = await post(await signPayload(body, 'another-secret'));
    expect(forged.status).toBe(401);
    expect(texts).toHaveLength(0);

    const response = await post(await signPayload(body, appSecret));
    expect(response.status).toBe(200);
    expect(texts.map((event) => [event.messageId, event.contact?.profileName])).toStrictEqual([
      ['wamid.EDGE1', 'Sheena Nelson'],
    ]);
    expect(texts[0]?.message).toMatchObject({ type: 'text', text: { body: 'Hello' } });
    expect(delivered.map((event) => [event.messageId, event.recipientId])).toStrictEqual([
      ['wamid.SENT1', '16505551234'],
    ]);
  });

  it('takes an On-Premises delivery with Basic credentials (atob, TextDecoder, no Node globals)', async () => {
    const onPrem = createOnPremWebhookHandler({
      basicAuth: { username: 'client', password: 'edge-password-0123456789' },
    });
    const seen: string[] = [];
    onPrem.on('message.text', (event) => {
      seen.push(event.messageId);
    });
    const onPremBody = JSON.stringify({
      contacts: [{ profile: { name: 'Kerry Fisher' }, wa_id: '16315551234' }],
      messages: [
        {
          from: '16315551234',
          id: 'ABGGFlA5Fpa',
          timestamp: '1763769800',
          type: 'text',
          text: { body: 'Hi' },
        },
      ],
    });
    const post = (authorization: string) =>
      onPrem(
        new Request('https://bot.example/webhook/onprem', {
          method: 'POST',
          body: onPremBody,
          headers: { 'content-type': 'application/json', authorization },
        }),
      );
    expect((await post(`Basic ${btoa('client:wrong-password-0123456')}`)).status).toBe(401);
    expect((await post(`Basic ${btoa('client:edge-password-0123456789')}`)).status).toBe(200);
    expect(seen).toStrictEqual(['ABGGFlA5Fpa']);
  });
});
