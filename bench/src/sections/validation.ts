/**
 * (b) Validation cost: `safeParse` of each message family beside `JSON.stringify` of the same object
 * (the floor every send pays anyway), on valid input, and the error path.
 */
import { measureSync } from '../lib/measure.ts';
import type { BenchReport } from '../lib/report.ts';

const to = '15551234567';

/** One message of each family, as the dialect-neutral OutgoingMessage (valid). */
export const messageFamilies: Record<string, Record<string, unknown>> = {
  text: {
    to,
    type: 'text',
    text: { body: 'Your order *#4521* has shipped and arrives on _Tuesday_.', preview_url: false },
  },
  image: { to, type: 'image', image: { link: 'https://example.com/receipt.png', caption: 'Your receipt' } },
  location: {
    to,
    type: 'location',
    location: {
      latitude: 37.4847,
      longitude: -122.1477,
      name: 'Head office',
      address: '1 Hacker Way, Menlo Park',
    },
  },
  contacts: {
    to,
    type: 'contacts',
    contacts: [
      {
        name: { formatted_name: 'Ana Souza', first_name: 'Ana', last_name: 'Souza' },
        phones: [{ phone: '+55 11 91234-5678', type: 'CELL', wa_id: '5511912345678' }],
        emails: [{ email: 'ana@example.com', type: 'WORK' }],
      },
    ],
  },
  'interactive list': {
    to,
    type: 'interactive',
    interactive: {
      type: 'list',
      header: { type: 'text', text: 'Menu' },
      body: { text: 'What would you like to do?' },
      footer: { text: 'Reply any time' },
      action: {
        button: 'Choose',
        sections: [
          {
            title: 'Orders',
            rows: [
              { id: 'order-status', title: 'Order status', description: 'Where is my order?' },
              { id: 'order-return', title: 'Return an item', description: 'Start a return' },
              { id: 'order-cancel', title: 'Cancel an order' },
            ],
          },
          {
            title: 'Account',
            rows: [
              { id: 'account-address', title: 'Change address' },
              { id: 'account-human', title: 'Talk to a person', description: 'Opening hours 9–17' },
            ],
          },
        ],
      },
    },
  },
  'interactive buttons': {
    to,
    type: 'interactive',
    interactive: {
      type: 'button',
      body: { text: 'Did this answer your question?' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
          { type: 'reply', reply: { id: 'no', title: 'No' } },
        ],
      },
    },
  },
  template: {
    to,
    type: 'template',
    template: {
      name: 'order_confirmation',
      language: { code: 'en_US' },
      components: [
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'Ana' },
            { type: 'currency', currency: { fallback_value: '$100.99', code: 'USD', amount_1000: 100990 } },
            { type: 'date_time', date_time: { fallback_value: 'February 25, 1977' } },
          ],
        },
        {
          type: 'button',
          sub_type: 'quick_reply',
          index: '0',
          parameters: [{ type: 'payload', payload: 'track-4521' }],
        },
      ],
    },
  },
};

/** The same list message with an error in each of three places. */
const invalidList = {
  ...messageFamilies['interactive list'],
  interactive: { type: 'list', body: { text: '' }, action: { button: 'x'.repeat(21), sections: [] } },
};

/** Times validation of each message family (valid and invalid input) beside `JSON.stringify` and adds it to `report`. */
export async function benchValidation(report: BenchReport, { quick }: { quick: boolean }): Promise<void> {
  const iterations = quick ? 5_000 : 40_000;
  report.section('(b) Validation: ns per message, valid input, beside JSON.stringify of the same object');
  let schema: { safeParse(input: unknown): { success: boolean } } | undefined;
  try {
    const module = (await import('@wa/schema')) as Record<string, unknown>;
    schema = (module.outgoingMessageSchema ?? module.OutgoingMessage) as typeof schema;
  } catch {
    schema = undefined;
  }
  for (const [family, message] of Object.entries(messageFamilies)) {
    const floorName = `JSON.stringify ${family}`;
    report.add({
      section: 'validation',
      name: floorName,
      value: measureSync(() => JSON.stringify(message), { iterations }),
      unit: 'ns',
      isFloor: true,
    });
    if (!schema?.safeParse) continue;
    const check = schema.safeParse(message);
    if (!check.success) {
      console.log(`  (the ${family} sample does not validate; skipped)`);
      continue;
    }
    const parse = schema.safeParse.bind(schema);
    report.add({
      section: 'validation',
      name: `outgoingMessageSchema.safeParse ${family}`,
      value: measureSync(() => parse(message), { iterations }),
      unit: 'ns',
      floor: floorName,
      target: family === 'interactive list' ? 1 : undefined,
    });
  }
  if (schema?.safeParse) {
    const parse = schema.safeParse.bind(schema);
    report.add({
      section: 'validation',
      name: 'outgoingMessageSchema.safeParse invalid list (3 issues)',
      value: measureSync(() => parse(invalidList), { iterations: Math.ceil(iterations / 4) }),
      unit: 'ns',
      floor: 'JSON.stringify interactive list',
      note: 'the error path',
    });
  }
}
