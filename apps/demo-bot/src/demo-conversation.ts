import { bold, bulletList, italic, raw, wa } from '@wa/format';
import type { CloudClient } from '@wa/transport-cloud';
import type { OnPremClient } from '@wa/transport-onprem';
import type { WebhookReceiver } from '@wa/webhooks';
import { createDemoImage } from './demo-image.ts';

/** The client the bot sends with: either transport (they share one contract). */
export type BotClient = CloudClient | OnPremClient;

/** A message to send, in the dialect-neutral shape both transports accept. */
export type BotMessage = Parameters<CloudClient['send']>[0];

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
  const cloud = client.api === 'cloud';
  const send = async (message: BotMessage, what: string) => {
    const result = await client.send(message);
    log(`sent ${what} to ${message.to} (${result.messageId})`);
    return result;
  };
  /** Quotes the customer's message on the Cloud API (reply context is Cloud-only, R-REQ-18). */
  const replyContext = (messageId: string) => (cloud ? { context: { message_id: messageId } } : {});

  const greet = async (to: string, name: string | undefined) => {
    const greeting = wa`👋 Hi ${name ?? 'there'}, welcome to ${bold(wa`${shop.name}`)}!
${italic(wa`This chat is a demo of the wa SDK: every answer is a different kind of WhatsApp message.`)}

${raw(bulletList(['Pick an item from the menu below', 'or type *menu* at any time']))}`;
    await send({ to, type: 'text', text: { body: greeting.text } }, 'greeting');
    await sendMenu(to);
  };

  const sendMenu = (to: string) =>
    send(
      {
        to,
        type: 'interactive',
        interactive: {
          type: 'list',
          header: { type: 'text', text: 'What would you like to try?' },
          body: { text: 'Each row shows one kind of message.' },
          footer: { text: 'Sandbox Coffee demo' },
          action: {
            button: 'Menu',
            sections: [{ title: 'Demos', rows: menuRows.map((row) => ({ ...row })) }],
          },
        },
      },
      'list menu',
    );

  const runMenuItem = async (to: string, rowId: string, name: string | undefined, messageId: string) => {
    switch (rowId) {
      case 'menu.buttons':
        await send(
          {
            to,
            type: 'interactive',
            interactive: {
              type: 'button',
              body: { text: wa`What can we make for you? ${italic(wa`Tap a drink.`)}`.text },
              footer: { text: 'Freshly made to order' },
              action: { buttons: drinks.map((drink) => ({ type: 'reply', reply: { ...drink } })) },
            },
          },
          'reply buttons',
        );
        return;
      case 'menu.template':
        await send(
          {
            to,
            type: 'template',
            template: {
              name: 'order_update',
              language: { code: 'en_US' },
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
            },
          },
          'order_update template',
        );
        return;
      case 'menu.location':
        await send(
          {
            to,
            type: 'interactive',
            interactive: {
              type: 'location_request_message',
              body: { text: 'Share your location and we will tell you how far the shop is.' },
              action: { name: 'send_location' },
            },
          },
          'location request',
        );
        return;
      case 'menu.media': {
        const { id } = await client.uploadMedia({ data: createDemoImage(), mimeType: 'image/png' });
        await send(
          {
            to,
            type: 'image',
            image: { id, caption: wa`Today's menu card ☕ Code ${bold(wa`SANDBOX10`)} = 10% off`.text },
          },
          'image',
        );
        return;
      }
      case 'menu.context':
        await send(
          {
            to,
            type: 'text',
            ...replyContext(messageId),
            text: {
              body: cloud
                ? 'This answer quotes the row you picked: the reply carries its message ID as context.'
                : 'The On-Premises API has no reply context, so this answer cannot quote your message.',
            },
          },
          'reply with context',
        );
        return;
      default:
        await send({ to, type: 'text', text: { body: `Unknown menu item ${rowId}.` } }, 'fallback');
    }
  };

  /** Blue ticks for the customer; on the Cloud API also "typing…" until the answer arrives. */
  const receipt = async (messageId: string, typing = false) => {
    try {
      if (typing && client.api === 'cloud') await client.sendTypingIndicator(messageId);
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
    await send(
      {
        to: event.from ?? '',
        type: 'text',
        ...replyContext(event.messageId),
        text: { body: wa`One ${bold(wa`${title}`)} coming up! ☕ It will be ready in about 5 minutes.`.text },
      },
      'drink confirmation',
    );
  });

  webhooks.on('message.location', async (event) => {
    await receipt(event.messageId);
    const { latitude, longitude } = event.message.location;
    const km = distanceKm(Number(latitude), Number(longitude));
    const to = event.from ?? '';
    await send(
      {
        to,
        type: 'text',
        ...replyContext(event.messageId),
        text: {
          body: wa`Thanks! You are ${bold(wa`${km.toFixed(1)} km`)} from ${shop.name}. Here it is:`.text,
        },
      },
      'distance',
    );
    await send({ to, type: 'location', location: { ...shop } }, 'shop location');
  });

  webhooks.on('message.button', async (event) => {
    await receipt(event.messageId);
    await send(
      {
        to: event.from ?? '',
        type: 'text',
        text: {
          body: wa`${bold(wa`${event.message.button.text}`)}: your order #1042 is being prepared.`.text,
        },
      },
      'template button answer',
    );
  });

  webhooks.on('message.reaction', async (event) => {
    const emoji = event.message.reaction.emoji;
    if (!emoji) return;
    await send(
      { to: event.from ?? '', type: 'text', text: { body: `Thanks for the ${emoji}!` } },
      'reaction thanks',
    );
  });

  webhooks.on('message.image', async (event) => {
    await receipt(event.messageId);
    const media = await client.downloadMedia(event.message.image.id);
    await send(
      {
        to: event.from ?? '',
        type: 'text',
        ...replyContext(event.messageId),
        text: { body: `Nice photo! (${media.mimeType}, ${Math.ceil(media.data.byteLength / 1024)} KB)` },
      },
      'photo answer',
    );
  });

  webhooks.on('status.failed', (event) => {
    log(`message ${event.messageId} failed: ${JSON.stringify(event.update.errors ?? [])}`);
  });

  webhooks.onError((error) => log(`listener failed: ${error.message}`));
}
