import { bold, bulletList, italic, raw, wa } from '@wa/format';
import type { MessageText, ServiceWindowTracker, WhatsAppClient } from '@wa/transport-cloud';
import type { WebhookReceiver } from '@wa/webhooks';
import { createDemoImage } from './demo-image.ts';

/**
 * The client the bot sends with: either transport. Both have the same methods (`WhatsAppClient`), so the
 * conversation never asks which API it talks to; where the APIs really differ it asks `client.supports`.
 */
export type BotClient = WhatsAppClient;

/** A message to send, in the dialect-neutral shape both transports accept. */
export type BotMessage = Parameters<BotClient['send']>[0];

/** Where the demo coffee shop is (the location demo measures the distance to it). */
export const shop = {
  name: 'Sandbox Coffee',
  address: '1 Hacker Way, Menlo Park, CA',
  latitude: 37.4851,
  longitude: -122.1484,
} as const;

/** The rows of the list menu: each one demonstrates a message family. */
export const menuRows = [
  { id: 'menu.buttons', title: 'Order a drink', description: 'Reply buttons' },
  { id: 'menu.template', title: 'Order status', description: 'Template with currency and date' },
  { id: 'menu.location', title: 'Find the shop', description: 'Location request' },
  { id: 'menu.media', title: 'Menu card', description: 'An uploaded image' },
  { id: 'menu.context', title: 'Quote me', description: 'A reply with context' },
] as const;

/** The drinks of the reply-button demo. */
export const drinks = [
  { id: 'drink.espresso', title: 'Espresso' },
  { id: 'drink.latte', title: 'Latte' },
  { id: 'drink.tea', title: 'Green tea' },
] as const;

/** Distance between two coordinates in kilometres (haversine). */
export function distanceKm(latitude: number, longitude: number): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(shop.latitude - latitude);
  const dLon = radians(shop.longitude - longitude);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(latitude)) * Math.cos(radians(shop.latitude)) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

/** Options of {@link attachDemoConversation}. */
export interface DemoConversationOptions {
  /** Called for each outcome worth a log line (never with credentials). */
  log?: (line: string) => void;
  /**
   * The tracker given to the client as its `serviceWindow` check: every inbound message is recorded in it
   * before the answer is sent, so the customer's 24-hour window is known to be open.
   */
  serviceWindow?: Pick<ServiceWindowTracker, 'recordInbound'> | undefined;
}

/**
 * Teaches `webhooks` the demo conversation: every inbound message gets a read receipt and an answer sent
 * through `client`. The greeting opens a list menu; each row shows one message family (reply buttons, a
 * template with currency/date_time parameters, a location request, media, a reply with context).
 */
export function attachDemoConversation(
  webhooks: WebhookReceiver,
  client: BotClient,
  options: DemoConversationOptions = {},
): void {
  const log = options.log ?? (() => {});
  const { serviceWindow } = options;
  // Registered first: `message` listeners run before the more specific ones that answer.
  // The Cloud client checks the window of its own phone number ID; the On-Premises client serves one
  // number and checks by customer only, so its records carry no business number.
  if (serviceWindow !== undefined) {
    webhooks.on('message', (event) =>
      serviceWindow.recordInbound(client.api === 'cloud' ? event : { ...event, metadata: undefined }),
    );
  }
  /** Logs what was sent; every send of the conversation goes through it. */
  const sent = async (what: string, to: string, sending: Promise<{ messageId: string }>) => {
    const result = await sending;
    log(`sent ${what} to ${to} (${result.messageId})`);
    return result;
  };
  /**
   * Answers a received message: quoting it where the API has reply context (the Cloud API, R-REQ-18),
   * as a plain message elsewhere.
   */
  const answer = (what: string, quoted: string, to: string, body: MessageText) =>
    sent(what, to, client.sendText(to, body, client.supports('replyContext') ? { replyTo: quoted } : {}));

  const greet = async (to: string, name: string | undefined) => {
    const greeting = wa`👋 Hi ${name ?? 'there'}, welcome to ${bold(wa`${shop.name}`)}!
${italic(wa`This chat is a demo of the wa SDK: every answer is a different kind of WhatsApp message.`)}

${raw(bulletList(['Pick an item from the menu below', 'or type *menu* at any time']))}`;
    await sent('greeting', to, client.sendText(to, greeting));
    await sendMenu(to);
  };

  const sendMenu = (to: string) =>
    sent(
      'list menu',
      to,
      client.sendInteractive(to, {
        type: 'list',
        header: { type: 'text', text: 'What would you like to try?' },
        body: { text: 'Each row shows one kind of message.' },
        footer: { text: 'Sandbox Coffee demo' },
        action: {
          button: 'Menu',
          sections: [{ title: 'Demos', rows: menuRows.map((row) => ({ ...row })) }],
        },
      }),
    );

  const runMenuItem = async (to: string, rowId: string, name: string | undefined, messageId: string) => {
    switch (rowId) {
      case 'menu.buttons':
        await sent(
          'reply buttons',
          to,
          client.sendInteractive(to, {
            type: 'button',
            body: { text: wa`What can we make for you? ${italic(wa`Tap a drink.`)}` },
            footer: { text: 'Freshly made to order' },
            action: { buttons: drinks.map((drink) => ({ type: 'reply', reply: { ...drink } })) },
          }),
        );
        return;
      case 'menu.template':
        await sent(
          'order_update template',
          to,
          client.sendTemplate(to, {
            name: 'order_update',
            language: 'en_US',
            components: [
              { type: 'header', parameters: [{ type: 'text', text: '#1042' }] },
              {
                type: 'body',
                parameters: [
                  { type: 'text', text: name ?? 'there' },
                  {
                    type: 'currency',
                    currency: { fallback_value: '$12.50', code: 'USD', amount_1000: 12_500 },
                  },
                  { type: 'date_time', date_time: { fallback_value: 'Friday 09:30' } },
                ],
              },
            ],
          }),
        );
        return;
      case 'menu.location':
        await sent(
          'location request',
          to,
          client.sendInteractive(to, {
            type: 'location_request_message',
            body: { text: 'Share your location and we will tell you how far the shop is.' },
            action: { name: 'send_location' },
          }),
        );
        return;
      case 'menu.media': {
        const { id } = await client.uploadMedia({ data: createDemoImage(), mimeType: 'image/png' });
        await sent(
          'image',
          to,
          client.sendImage(to, {
            id,
            caption: wa`Today's menu card ☕ Code ${bold(wa`SANDBOX10`)} = 10% off`,
          }),
        );
        return;
      }
      case 'menu.context':
        await answer(
          'reply with context',
          messageId,
          to,
          client.supports('replyContext')
            ? 'This answer quotes the row you picked: the reply carries its message ID as context.'
            : 'The On-Premises API has no reply context, so this answer cannot quote your message.',
        );
        return;
      default:
        await sent('fallback', to, client.sendText(to, `Unknown menu item ${rowId}.`));
    }
  };

  /** Blue ticks for the customer; where the API has one, also "typing…" until the answer arrives. */
  const receipt = async (messageId: string, typing = false) => {
    try {
      if (typing && client.supports('typingIndicator')) await client.sendTypingIndicator(messageId);
      else await client.markRead(messageId);
    } catch (error) {
      log(`could not mark ${messageId} as read: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  webhooks.on('message.text', async (event) => {
    const to = event.from ?? '';
    await receipt(event.messageId, true);
    const text = event.message.text.body.trim().toLowerCase();
    if (text === 'menu') await sendMenu(to);
    else await greet(to, event.contact?.profileName);
  });

  webhooks.on('message.interactive.list_reply', async (event) => {
    await receipt(event.messageId);
    await runMenuItem(
      event.from ?? '',
      event.message.interactive.list_reply.id,
      event.contact?.profileName,
      event.messageId,
    );
  });

  webhooks.on('message.interactive.button_reply', async (event) => {
    await receipt(event.messageId);
    const { title } = event.message.interactive.button_reply;
    await answer(
      'drink confirmation',
      event.messageId,
      event.from ?? '',
      wa`One ${bold(wa`${title}`)} coming up! ☕ It will be ready in about 5 minutes.`,
    );
  });

  webhooks.on('message.location', async (event) => {
    await receipt(event.messageId);
    const { latitude, longitude } = event.message.location;
    const km = distanceKm(Number(latitude), Number(longitude));
    const to = event.from ?? '';
    await answer(
      'distance',
      event.messageId,
      to,
      wa`Thanks! You are ${bold(wa`${km.toFixed(1)} km`)} from ${shop.name}. Here it is:`,
    );
    await sent('shop location', to, client.sendLocation(to, { ...shop }));
  });

  webhooks.on('message.button', async (event) => {
    await receipt(event.messageId);
    const to = event.from ?? '';
    await sent(
      'template button answer',
      to,
      client.sendText(to, wa`${bold(wa`${event.message.button.text}`)}: your order #1042 is being prepared.`),
    );
  });

  webhooks.on('message.reaction', async (event) => {
    const emoji = event.message.reaction.emoji;
    if (!emoji) return;
    const to = event.from ?? '';
    await sent('reaction thanks', to, client.sendText(to, `Thanks for the ${emoji}!`));
  });

  webhooks.on('message.image', async (event) => {
    await receipt(event.messageId);
    const media = await client.downloadMedia(event.message.image.id);
    await answer(
      'photo answer',
      event.messageId,
      event.from ?? '',
      `Nice photo! (${media.mimeType}, ${Math.ceil(media.data.byteLength / 1024)} KB)`,
    );
  });

  webhooks.on('status.failed', (event) => {
    log(`message ${event.messageId} failed: ${JSON.stringify(event.update.errors ?? [])}`);
  });

  webhooks.onError((error) => log(`listener failed: ${error.message}`));
}
