import { describe, expect, it } from 'vitest';
import { issuesOf, rulesOf } from './__fixtures__/issues-of.ts';
import { cloudSendRequestSchema } from './cloud-send-request.ts';

const base = { messaging_product: 'whatsapp', to: '15551234567' } as const;
const text = { ...base, type: 'text', text: { body: 'Hello' } } as const;
const media = { id: '1234567890' };

describe('Cloud send request', () => {
  it('R-REQ-1 requires a recipient: to, or recipient (business-scoped user ID)', () => {
    const { to: _to, ...withoutTo } = text;
    expect(issuesOf(cloudSendRequestSchema, withoutTo)).toEqual([
      {
        path: '$.to',
        rule: 'R-REQ-1',
        message: 'is required (or, on the Cloud API, "recipient" with a business-scoped user ID)',
      },
    ]);
    expect(issuesOf(cloudSendRequestSchema, { ...withoutTo, recipient: 'US.13491208655302741918' })).toEqual(
      [],
    );
    expect(issuesOf(cloudSendRequestSchema, { ...text, recipient: 'US.13491208655302741918' })).toEqual([]);
    expect(rulesOf(cloudSendRequestSchema, { ...text, to: '' })).toEqual(['$.to [R-REQ-1]']);
  });

  it('R-REQ-4 accepts a text message without type', () => {
    expect(issuesOf(cloudSendRequestSchema, { ...base, text: { body: 'Hi' } })).toEqual([]);
  });

  it('R-REQ-4 rejects an unknown type, listing the accepted ones', () => {
    expect(issuesOf(cloudSendRequestSchema, { ...base, type: 'fax', fax: {} })).toEqual([
      {
        path: '$.type',
        message:
          'must be one of "text", "image", "video", "audio", "document", "sticker", "contacts", "location", "reaction", "interactive", "template" (or omitted for text)',
      },
    ]);
  });

  it.each([
    ['individual', true],
    ['group', true],
    ['INDIVIDUAL', false],
    ['broadcast', false],
  ])('R-REQ-5 recipient_type %s accepted: %s', (recipientType, accepted) => {
    expect(rulesOf(cloudSendRequestSchema, { ...text, recipient_type: recipientType })).toEqual(
      accepted ? [] : ['$.recipient_type [R-REQ-5]'],
    );
  });

  it.each([
    [undefined, false],
    ['whatsapp', true],
    ['WhatsApp', false],
    ['messenger', false],
  ])('R-REQ-6 messaging_product %s accepted: %s', (product, accepted) => {
    expect(rulesOf(cloudSendRequestSchema, { ...text, messaging_product: product })).toEqual(
      accepted ? [] : ['$.messaging_product [R-REQ-6]'],
    );
  });

  it.each([
    ['R-REQ-7', 'audio'],
    ['R-REQ-8', 'contacts'],
    ['R-REQ-9', 'document'],
    ['R-REQ-10', 'image'],
    ['R-REQ-11', 'interactive'],
    ['R-REQ-12', 'location'],
    ['R-REQ-13', 'sticker'],
    ['R-REQ-14', 'template'],
    ['R-REQ-15', 'text'],
    ['R-REQ-16', 'video'],
  ])('%s requires the %s payload when type names it', (rule, type) => {
    expect(issuesOf(cloudSendRequestSchema, { ...base, type })).toEqual([
      { path: `$.${type}`, rule, message: 'is required' },
    ]);
  });

  it.each([
    ['audio', { audio: media }],
    ['contacts', { contacts: [{ name: { formatted_name: 'Ana Lima', first_name: 'Ana' } }] }],
    ['document', { document: { ...media, caption: 'Invoice', filename: 'invoice.pdf' } }],
    ['image', { image: { link: 'https://example.com/a.jpg', caption: 'A' } }],
    ['location', { location: { latitude: '52.52', longitude: 13.405, name: 'Office', address: 'Berlin' } }],
    ['sticker', { sticker: media }],
    ['video', { video: media }],
    ['reaction', { reaction: { message_id: 'wamid.abc', emoji: '👍' } }],
  ])('R-REQ-7..16 accept a %s message with its payload', (type, payload) => {
    expect(issuesOf(cloudSendRequestSchema, { ...base, type, ...payload })).toEqual([]);
  });

  it('D-4 rejects the payload of another type, naming its rule', () => {
    expect(
      rulesOf(cloudSendRequestSchema, { ...base, type: 'location', location: undefined, contacts: [] }),
    ).toEqual(['$.contacts [R-REQ-8]', '$.location [R-REQ-12]']);
  });

  it('R-MEDIA-4 rejects media on a text message', () => {
    expect(issuesOf(cloudSendRequestSchema, { ...text, image: media })).toEqual([
      {
        path: '$.image',
        rule: 'R-MEDIA-4',
        message: 'belongs to messages of type "image"; this message has type "text"',
      },
    ]);
  });

  it('R-REQ-17 accepts biz_opaque_callback_data of exactly 512 characters (emoji count once)', () => {
    expect(issuesOf(cloudSendRequestSchema, { ...text, biz_opaque_callback_data: '🎯'.repeat(512) })).toEqual(
      [],
    );
  });

  it('R-REQ-17 rejects biz_opaque_callback_data of 513 characters', () => {
    expect(
      issuesOf(cloudSendRequestSchema, { ...text, biz_opaque_callback_data: `${'🎯'.repeat(512)}x` }),
    ).toEqual([
      {
        path: '$.biz_opaque_callback_data',
        rule: 'R-REQ-17',
        limit: 512,
        message: 'is 513 characters long; at most 512 are allowed',
      },
    ]);
  });

  it('R-REQ-18 accepts a reply context and rejects one without message_id', () => {
    expect(issuesOf(cloudSendRequestSchema, { ...text, context: { message_id: 'wamid.HBgL' } })).toEqual([]);
    expect(rulesOf(cloudSendRequestSchema, { ...text, context: {} })).toEqual([
      '$.context.message_id [R-REQ-18]',
    ]);
    expect(rulesOf(cloudSendRequestSchema, { ...text, context: { message_id: 'x', from: 'y' } })).toEqual([
      '$.context.from [-]',
    ]);
  });

  it('R-REQ-19 rejects hsm messages on the Cloud API', () => {
    expect(issuesOf(cloudSendRequestSchema, { ...base, type: 'hsm', hsm: {} })).toEqual([
      {
        path: '$.type',
        rule: 'R-REQ-19',
        message: 'hsm messages exist only on the On-Premises API (deprecated since v2.39); send a template',
      },
    ]);
  });

  it('R-REQ-20 rejects a top-level preview_url; R-TEXT-4 accepts text.preview_url', () => {
    expect(rulesOf(cloudSendRequestSchema, { ...text, preview_url: true })).toEqual([
      '$.preview_url [R-REQ-20]',
    ]);
    expect(
      issuesOf(cloudSendRequestSchema, { ...text, text: { body: 'https://example.com', preview_url: true } }),
    ).toEqual([]);
  });

  it('R-MEDIA-13 rejects a media provider on the Cloud API', () => {
    expect(
      rulesOf(cloudSendRequestSchema, {
        ...base,
        type: 'image',
        image: { link: 'https://x.example/a.jpg', provider: { name: 'p' } },
      }),
    ).toEqual(['$.image.provider [R-MEDIA-13]']);
  });

  it('R-TPL-4 rejects a template namespace on the Cloud API', () => {
    const issues = rulesOf(cloudSendRequestSchema, {
      ...base,
      type: 'template',
      template: { namespace: 'ns', name: 'hello_world', language: { code: 'en_US' } },
    });
    expect(issues).toContain('$.template.namespace [R-TPL-4]');
  });

  it('reports every problem of a message at once', () => {
    expect(
      rulesOf(cloudSendRequestSchema, {
        type: 'image',
        image: { id: '1', link: 'ftp://x', caption: 'c'.repeat(1025) },
        biz_opaque_callback_data: 'b'.repeat(513),
        Extra: 1,
      }),
    ).toEqual([
      '$.messaging_product [R-REQ-6]',
      '$.biz_opaque_callback_data [R-REQ-17]',
      '$.image.link [R-MEDIA-5]',
      '$.image.caption [R-MEDIA-10]',
      '$.image [R-MEDIA-3]',
      '$.Extra [-]',
      '$.to [R-REQ-1]',
    ]);
  });
});
