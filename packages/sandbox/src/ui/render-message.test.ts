import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../core/template-catalog.ts';
import type { MessageRecord } from '../store/sandbox-store.ts';
import { renderMessage } from './render-message.ts';

const builtInTemplates = loadTemplates('');

function business(type: string, body: Record<string, unknown>): MessageRecord {
  return {
    id: 'wamid.test',
    waId: '15551230001',
    direction: 'business',
    api: 'cloud',
    type,
    body: { to: '15551230001', type, ...body },
    status: 'delivered',
    timestamp: 1_700_000_000,
    contextId: null,
    error: null,
  };
}

function html(message: MessageRecord, conversation: MessageRecord[] = [message]): string {
  return renderMessage(message, conversation, builtInTemplates).html;
}

describe('renderMessage', () => {
  it('R-FMT-1 renders WhatsApp formatting with @wa/format and escapes markup', () => {
    const out = html(business('text', { text: { body: 'Hi *there* <script>alert(1)</script>' } }));
    expect(out).toContain('<strong>there</strong>');
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
  });

  it.each([
    ['image', { image: { id: '123', caption: 'A cup' } }, ['src="/_sandbox/media/123"', 'A cup']],
    ['document', { document: { link: 'https://example.com/a.pdf', filename: 'menu.pdf' } }, ['menu.pdf']],
    ['location', { location: { latitude: 1.5, longitude: 2.5, name: 'Shop' } }, ['Shop', '1.50000, 2.50000']],
    [
      'contacts',
      {
        contacts: [{ name: { formatted_name: 'Ada Lovelace' }, phones: [{ phone: '+1 555', type: 'WORK' }] }],
      },
      ['Ada Lovelace', '+1 555'],
    ],
    [
      'interactive',
      {
        interactive: {
          type: 'button',
          body: { text: 'Pick' },
          action: { buttons: [{ type: 'reply', reply: { id: 'b1', title: 'Yes' } }] },
        },
      },
      ['&quot;kind&quot;:&quot;button_reply&quot;', '>Yes</button>'],
    ],
    [
      'interactive',
      {
        interactive: {
          type: 'list',
          body: { text: 'Pick' },
          action: {
            button: 'Choose',
            sections: [{ title: 'S', rows: [{ id: 'r1', title: 'Row one', description: 'first' }] }],
          },
        },
      },
      ['<dialog class="sheet" aria-label="Choose">', 'Row one', 'first', 'list_reply'],
    ],
    [
      'interactive',
      { interactive: { type: 'product', action: { catalog_id: 'cat1', product_retailer_id: 'sku-9' } } },
      ['sku-9', 'Catalog cat1'],
    ],
    [
      'interactive',
      {
        interactive: {
          type: 'product_list',
          header: { type: 'text', text: 'Our picks' },
          body: { text: 'Have a look' },
          action: {
            catalog_id: 'cat1',
            sections: [{ title: 'Beans', product_items: [{ product_retailer_id: 'sku-1' }] }],
          },
        },
      },
      ['Our picks', 'sku-1', 'View items'],
    ],
    [
      'interactive',
      {
        interactive: {
          type: 'flow',
          body: { text: 'Book a table' },
          action: { name: 'flow', parameters: { flow_cta: 'Book now', flow_token: 'tok' } },
        },
      },
      ['Book now', 'flow_reply', 'tok'],
    ],
    [
      'interactive',
      {
        interactive: {
          type: 'location_request_message',
          body: { text: 'Where are you?' },
          action: { name: 'send_location' },
        },
      },
      ['data-location-request="wamid.test"', 'Send location'],
    ],
    [
      'template',
      {
        template: {
          name: 'order_update',
          language: { code: 'en_US' },
          components: [
            { type: 'header', parameters: [{ type: 'text', text: '#9' }] },
            {
              type: 'body',
              parameters: [
                { type: 'text', text: 'Ana' },
                { type: 'currency', currency: { fallback_value: '$1.00', code: 'USD', amount_1000: 1000 } },
                { type: 'date_time', date_time: { fallback_value: 'Today' } },
              ],
            },
          ],
        },
      },
      [
        'Order #9',
        'Hi Ana, your order of <strong>$1.00</strong>',
        'ready on Today',
        'Track order',
        'template_button',
      ],
    ],
  ])('renders a %s message', (type, body, expected) => {
    const out = html(business(type, body));
    for (const fragment of expected) expect(out).toContain(fragment);
  });

  it('R-TPL-PARAM-2 renders a named-parameter template from its definition, in any parameter order', () => {
    const out = html(
      business('template', {
        template: {
          name: 'order_ready',
          language: { code: 'en_US' },
          components: [
            {
              type: 'body',
              parameters: [
                { type: 'text', parameter_name: 'item', text: 'flat white' },
                { type: 'text', parameter_name: 'first_name', text: 'Kenji' },
              ],
            },
          ],
        },
      }),
    );
    expect(out).toContain('Template · order_ready');
    expect(out).toContain('Hi Kenji, your <strong>flat white</strong> is ready for pickup.');
    expect(out).toContain('On my way');
    expect(out).not.toContain('{{');
  });

  it('renders a template created through the API, from its Meta definition', () => {
    const created = {
      id: '1',
      name: 'table_ready',
      language: 'pt_BR',
      status: 'APPROVED',
      parameter_format: 'POSITIONAL',
      components: [
        { type: 'HEADER', format: 'TEXT', text: 'Mesa {{1}}' },
        { type: 'BODY', text: 'Olá {{1}}!' },
        { type: 'FOOTER', text: 'Até já' },
        { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Menu', url: 'https://example.com/{{1}}' }] },
      ],
    };
    const message = business('template', {
      template: {
        name: 'table_ready',
        language: { code: 'pt_BR' },
        components: [
          { type: 'header', parameters: [{ type: 'text', text: '4' }] },
          { type: 'body', parameters: [{ type: 'text', text: 'Rita' }] },
          { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'menu' }] },
        ],
      },
    });
    const out = renderMessage(message, [message], [created]).html;
    for (const fragment of ['Mesa 4', 'Olá Rita!', 'Até já', 'href="https://example.com/menu"']) {
      expect(out).toContain(fragment);
    }
  });

  it('shows reactions on their target and the quoted message of a reply', () => {
    const target = business('text', { text: { body: 'Original' } });
    const reaction: MessageRecord = {
      ...target,
      id: 'wamid.reaction',
      direction: 'customer',
      api: null,
      type: 'reaction',
      body: { type: 'reaction', reaction: { message_id: 'wamid.test', emoji: '👍' } },
    };
    const reply: MessageRecord = {
      ...target,
      id: 'wamid.reply',
      contextId: 'wamid.test',
      body: { text: { body: 'Answer' } },
    };
    const conversation = [target, reaction, reply];
    expect(html(target, conversation)).toContain('👍');
    expect(html(reaction, conversation)).toBe('');
    expect(html(reply, conversation)).toContain('<blockquote class="quote">Original</blockquote>');
  });
});
