import type { TemplateDefinition } from '@wa/transport-cloud';

/**
 * The approved templates the demo sends, in the shape `GET /{waba-id}/message_templates` returns: the
 * template catalog of the bot when no WhatsApp Business Account is configured (the local sandbox has the
 * same built-in templates). With `WHATSAPP_BUSINESS_ACCOUNT_ID` set, the bot loads the account's own list
 * instead.
 */
export const demoTemplateDefinitions: readonly TemplateDefinition[] = [
  ...['en_US', 'en'].map((language) => ({
    name: 'order_update',
    language,
    status: 'APPROVED',
    category: 'UTILITY',
    parameter_format: 'POSITIONAL',
    components: [
      { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['#1042'] } },
      {
        type: 'BODY',
        text: 'Hi {{1}}, your order of *{{2}}* is confirmed. It will be ready on {{3}}.',
        example: { body_text: [['Ana', '$12.50', 'Friday 09:30']] },
      },
      { type: 'FOOTER', text: 'Reply STOP to opt out' },
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'QUICK_REPLY', text: 'Track order' },
          { type: 'QUICK_REPLY', text: 'Talk to us' },
        ],
      },
    ],
  })),
  {
    name: 'hello_world',
    language: 'en_US',
    status: 'APPROVED',
    category: 'UTILITY',
    components: [
      { type: 'HEADER', format: 'TEXT', text: 'Hello World' },
      {
        type: 'BODY',
        text: 'Welcome and congratulations!! This message demonstrates your ability to send a WhatsApp message notification from the sandbox.',
      },
      { type: 'FOOTER', text: 'WhatsApp Business Platform sample message' },
    ],
  },
];
