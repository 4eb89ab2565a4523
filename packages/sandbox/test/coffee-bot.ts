import { createCloudClient } from '@wa/transport-cloud';
import { createWebhookHandler, type WebhookHandler } from '@wa/webhooks';
import type { SandboxCloudSettings } from '../src/index.ts';

/**
 * A small bot, written as a user would with the public packages: it greets with two reply buttons,
 * shows a list menu, asks for a location and thanks for reactions.
 */
export function createCoffeeBot(cloud: SandboxCloudSettings): WebhookHandler {
  const client = createCloudClient({ ...cloud, pacing: false });
  const webhooks = createWebhookHandler({ appSecret: cloud.appSecret, verifyToken: cloud.verifyToken });
  webhooks.on('message.text', async (event) => {
    await client.sendInteractive(event.from ?? '', {
      type: 'button',
      body: { text: 'Hi! What would you like?' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'menu', title: 'See the menu' } },
          { type: 'reply', reply: { id: 'hours', title: 'Opening hours' } },
        ],
      },
    });
  });
  webhooks.on('message.interactive.button_reply', async (event) => {
    const to = event.from ?? '';
    if (event.message.interactive.button_reply.id === 'hours') {
      await client.sendText(to, 'We open at 7:00, every day.');
      return;
    }
    await client.sendInteractive(to, {
      type: 'list',
      body: { text: 'Our menu' },
      action: {
        button: 'Choose',
        sections: [
          {
            title: 'Coffee',
            rows: [
              { id: 'espresso', title: 'Espresso' },
              { id: 'latte', title: 'Latte', description: 'With oat milk on request' },
            ],
          },
        ],
      },
    });
  });
  webhooks.on('message.interactive.list_reply', async (event) => {
    const title = event.message.interactive.list_reply.title;
    await client.sendText(event.from ?? '', `One ${title}, coming up. Where should we bring it?`);
  });
  webhooks.on('message.location', async (event) => {
    const { latitude, longitude } = event.message.location;
    await client.sendText(event.from ?? '', `On our way to ${latitude}, ${longitude}.`);
  });
  webhooks.on('message.reaction', async (event) => {
    await client.sendText(event.from ?? '', `Thanks for the ${event.message.reaction.emoji ?? 'reaction'}!`);
  });
  return webhooks;
}
