import { describe, expect, it } from 'vitest';
import { fixture, loadFixtures } from '../test/fixtures.ts';
import { cloudPayload, cloudValue, contact, status, textMessage } from '../test/payloads.ts';
import { parseWebhookPayload } from './parse-webhook-payload.ts';
import type { WebhookEvent } from './webhook-event.ts';
import { WebhookRequestError } from './webhook-request-error.ts';

/** The fixture of each inbound message event name: every message type and interactive reply type. */
const messageFixtures: [string, string][] = [
  ['cloud-message-text', 'message.text'],
  ['cloud-message-image', 'message.image'],
  ['cloud-message-audio-file', 'message.audio'],
  ['cloud-message-audio-voice', 'message.audio'],
  ['cloud-message-video', 'message.video'],
  ['cloud-message-document', 'message.document'],
  ['cloud-message-sticker-static', 'message.sticker'],
  ['cloud-message-sticker-animated', 'message.sticker'],
  ['cloud-message-location-ex-32', 'message.location'],
  ['cloud-message-location-unnamed', 'message.location'],
  ['cloud-message-contacts', 'message.contacts'],
  ['cloud-message-interactive-button-reply', 'message.interactive.button_reply'],
  ['cloud-message-interactive-list-reply', 'message.interactive.list_reply'],
  ['cloud-message-interactive-nfm-reply', 'message.interactive.nfm_reply'],
  ['cloud-message-button', 'message.button'],
  ['cloud-message-reaction', 'message.reaction'],
  ['cloud-message-reaction-removed', 'message.reaction'],
  ['cloud-message-order', 'message.order'],
  ['cloud-message-system', 'message.system'],
  ['cloud-message-unsupported', 'message.unsupported'],
  ['cloud-message-unknown-future-type', 'message.unknown'],
  ['cloud-message-forwarded', 'message.text'],
  ['cloud-message-referral', 'message.text'],
  ['cloud-message-reply-context', 'message.text'],
  ['cloud-message-product-inquiry', 'message.text'],
];

const statusFixtures: [string, string][] = [
  ['cloud-status-sent', 'status.sent'],
  ['cloud-status-delivered', 'status.delivered'],
  ['cloud-status-read', 'status.read'],
  ['cloud-status-played', 'status.played'],
  ['cloud-status-failed', 'status.failed'],
  ['cloud-status-unknown-value', 'status.unknown'],
];

interface RawValue {
  metadata: { phone_number_id: string; display_phone_number: string };
  messages: { id: string }[];
}

function names(events: readonly WebhookEvent[]): string[] {
  return events.map((event) => event.name);
}

function rejection(payload: unknown): WebhookRequestError {
  try {
    parseWebhookPayload(payload);
  } catch (error) {
    if (WebhookRequestError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('parseWebhookPayload', () => {
  it.each(messageFixtures)(
    'R-WH-3 parses %s into one %s event with its metadata and contact',
    (name, eventName) => {
      const payload = fixture(name) as { entry: [{ id: string; changes: [{ value: RawValue }] }] };
      const { api, events } = parseWebhookPayload(payload);
      expect(api).toBe('cloud');
      expect(names(events)).toEqual([eventName]);
      const [event] = events;
      if (event?.kind !== 'message') throw new Error('expected a message event');
      const [entry] = payload.entry;
      const { metadata, messages } = entry.changes[0].value;
      expect(event.metadata).toEqual({
        businessAccountId: entry.id,
        phoneNumberId: metadata.phone_number_id,
        displayPhoneNumber: metadata.display_phone_number,
      });
      expect(event.messageId).toBe(messages[0]?.id);
      expect(event.message.id).toBe(event.messageId);
      // The contact is the one whose wa_id is `from` (EX-32, from the seed, pairs different ids: the only contact is used).
      expect(event.contact?.waId).toBe(name === 'cloud-message-location-ex-32' ? '12345' : event.from);
      expect(event.contact?.profileName).toEqual(expect.any(String));
    },
  );

  it.each(statusFixtures)('R-WH-7 parses %s into one %s event', (name, eventName) => {
    const { events } = parseWebhookPayload(fixture(name));
    expect(names(events)).toEqual([eventName]);
    const [event] = events;
    if (event?.kind !== 'status') throw new Error('expected a status event');
    expect(event.messageId).toBe(event.update.id);
    expect(event.recipientId).toBe('16505551234');
  });

  it('R-WH-4 R-WH-5 types inbound coordinates as numbers and keeps the optional name and address', () => {
    const [event] = parseWebhookPayload(fixture('cloud-message-location-ex-32')).events;
    if (event?.kind !== 'message' || event.message.type !== 'location')
      throw new Error('expected a location');
    expect(typeof event.message.location.latitude).toBe('number');
    expect(event.message.context?.id).toEqual(expect.any(String));
    const [unnamed] = parseWebhookPayload(fixture('cloud-message-location-unnamed')).events;
    if (unnamed?.kind !== 'message' || unnamed.message.type !== 'location')
      throw new Error('expected a location');
    expect(unnamed.message.location.name).toBeUndefined();
  });

  it('R-WH-6 exposes the reply id of a tapped reply button', () => {
    const [event] = parseWebhookPayload(fixture('cloud-message-interactive-button-reply')).events;
    if (event?.kind !== 'message' || event.message.type !== 'interactive')
      throw new Error('expected interactive');
    expect(event.replyType).toBe('button_reply');
    expect(
      event.message.interactive?.type === 'button_reply' && event.message.interactive.button_reply.id,
    ).toEqual(expect.any(String));
  });

  it('R-WH-1 reads every entry and every change, in order, including a template status change as a typed event', () => {
    const { events } = parseWebhookPayload(fixture('cloud-delivery-multi-entry'));
    expect(names(events)).toEqual([
      'message.text',
      'message.image',
      'status.delivered',
      'status.read',
      'message.reaction',
      'template.status',
    ]);
    const reaction = events[4];
    expect(reaction?.metadata).toEqual({
      businessAccountId: '209876543210987',
      phoneNumberId: '207654321098765',
      displayPhoneNumber: '15550001111',
    });
    expect(reaction?.kind === 'message' && reaction.contact?.profileName).toBe('Ana Ruiz');
    expect(events[5]).toMatchObject({
      kind: 'template',
      metadata: { businessAccountId: expect.any(String) },
      templateId: '1234567890',
      templateName: 'order_update',
      language: 'en_US',
      status: 'APPROVED',
      reason: 'NONE',
      category: undefined,
    });
  });

  it.each([
    [
      'message_template_status_update',
      { message_template_id: 1, message_template_language: 'en' },
      'message_template_name',
    ],
    [
      'message_template_quality_update',
      { message_template_id: 1, message_template_name: 'a', message_template_language: 'en' },
      'new_quality_score',
    ],
    [
      'template_category_update',
      { message_template_id: 1, message_template_name: 'a', message_template_language: 'en' },
      'new_category',
    ],
  ])(
    'R-WH-3 a %s change whose value misses a required field is an invalid change, with its path',
    (field, value, missing) => {
      const payload = {
        object: 'whatsapp_business_account',
        entry: [{ id: '1', changes: [{ field, value: { event: 'APPROVED', ...value } }] }],
      };
      const { events } = parseWebhookPayload(payload);
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event).toMatchObject({ kind: 'invalid', part: 'change', field, path: '$.entry[0].changes[0]' });
      expect(event?.kind === 'invalid' && event.issues.map((issue) => issue.path)).toContain(
        `$.entry[0].changes[0].value.${missing}`,
      );
    },
  );

  it('keeps unknown keys of a template change value (tolerant)', () => {
    const payload = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'message_template_status_update',
              value: {
                event: 'PAUSED',
                message_template_id: '77',
                message_template_name: 'promo',
                message_template_language: 'es',
                reason: null,
                newer_field: { a: 1 },
              },
            },
          ],
        },
      ],
    };
    const [event] = parseWebhookPayload(payload).events;
    expect(
      event?.name === 'template.status' && [
        event.status,
        event.reason,
        event.templateId,
        event.value.newer_field,
      ],
    ).toEqual(['PAUSED', undefined, '77', { a: 1 }]);
  });

  it('matches each message to its own contact when a change has several', () => {
    const payload = cloudPayload(
      cloudValue({
        contacts: [contact('111', 'First'), contact('222', 'Second')],
        messages: [
          textMessage('wamid.a', 'a', '222'),
          textMessage('wamid.b', 'b', '111'),
          textMessage('wamid.c', 'c', '333'),
        ],
      }),
    );
    const events = parseWebhookPayload(payload).events;
    expect(events.map((event) => event.kind === 'message' && event.contact?.profileName)).toEqual([
      'Second',
      'First',
      undefined,
    ]);
  });

  it('parses On-Premises deliveries (no envelope, no metadata)', () => {
    const messages = parseWebhookPayload(fixture('onprem-delivery-messages'));
    expect(messages.api).toBe('onprem');
    expect(names(messages.events)).toEqual(['message.text', 'message.image']);
    expect(messages.events[0]?.metadata).toEqual({});
    expect(messages.events[0]?.kind === 'message' && messages.events[0].contact?.profileName).toBe(
      'Kerry Fisher',
    );
    expect(names(parseWebhookPayload(fixture('onprem-delivery-statuses')).events)).toEqual([
      'status.delivered',
      'status.deleted',
      'status.failed',
    ]);
    const errors = parseWebhookPayload(fixture('onprem-delivery-errors')).events;
    expect(names(errors)).toEqual(['error']);
    expect(errors[0]?.kind === 'error' && typeof errors[0].error.code).toBe('number');
  });

  it('turns Cloud value-level errors into error events', () => {
    const payload = cloudPayload(cloudValue({ errors: [{ code: 131000, title: 'Something went wrong' }] }));
    const [event] = parseWebhookPayload(payload).events;
    expect(event).toMatchObject({ kind: 'error', name: 'error', error: { code: 131000 } });
  });

  const value = '$.entry[0].changes[0].value';

  it.each([
    [
      'a known message type with a broken shape',
      { messages: [{ ...textMessage('wamid.x'), text: {} }] },
      'message',
      `${value}.messages[0]`,
      [`${value}.messages[0].text.body`],
    ],
    [
      'a message without an id',
      { messages: [{ type: 'text', timestamp: '1', text: { body: 'x' } }] },
      'message',
      `${value}.messages[0]`,
      [`${value}.messages[0].id`],
    ],
    [
      'a message that is not an object',
      { messages: ['text'] },
      'message',
      `${value}.messages[0]`,
      [`${value}.messages[0]`],
    ],
    [
      'a failed status without errors',
      { statuses: [status('wamid.x', 'failed')] },
      'status',
      `${value}.statuses[0]`,
      [`${value}.statuses[0].errors`],
    ],
    [
      'an error without a code',
      { errors: [{ title: 'no code' }] },
      'error',
      `${value}.errors[0]`,
      [`${value}.errors[0].code`],
    ],
    [
      'a contact with a numeric wa_id',
      { contacts: [{ wa_id: 16505551234 }] },
      'contact',
      `${value}.contacts[0]`,
      [`${value}.contacts[0].wa_id`],
    ],
  ])(
    'R-WH-3 delivers %s as an invalid event with the JSON paths of the problem',
    (_case, parts, part, path, paths) => {
      const [event] = parseWebhookPayload(cloudPayload(cloudValue(parts))).events;
      if (event?.kind !== 'invalid') throw new Error('expected an invalid event');
      expect([event.name, event.part, event.path, event.field]).toEqual(['invalid', part, path, 'messages']);
      expect(event.issues.map((issue) => issue.path)).toEqual(paths);
      expect(event.raw).toEqual(Object.values(parts)[0]?.[0]);
      expect(event.metadata.phoneNumberId).toBe('106540352242922');
    },
  );

  it('keeps the other events of a change when one item is invalid', () => {
    const payload = cloudPayload(
      cloudValue({ messages: [textMessage('wamid.1'), { type: 'text' }, textMessage('wamid.2')] }),
    );
    expect(names(parseWebhookPayload(payload).events)).toEqual(['message.text', 'invalid', 'message.text']);
  });

  const good = { field: 'messages', value: cloudValue({ messages: [textMessage('wamid.good')] }) };

  it.each([
    ['an entry that is not an object', 1, 'entry', '$.entry[0]', ['$.entry[0]']],
    ['an entry without id', { changes: [good] }, 'entry', '$.entry[0]', ['$.entry[0].id']],
    [
      'changes that are not an array',
      { id: '1', changes: 'x' },
      'entry',
      '$.entry[0]',
      ['$.entry[0].changes'],
    ],
    [
      'a change without field',
      { id: '1', changes: [{ value: {} }] },
      'change',
      '$.entry[0].changes[0]',
      ['$.entry[0].changes[0].field'],
    ],
    [
      'a messages change without value',
      { id: '1', changes: [{ field: 'messages' }] },
      'change',
      '$.entry[0].changes[0]',
      ['$.entry[0].changes[0].value'],
    ],
    [
      'a value without metadata',
      { id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', messages: [] } }] },
      'change',
      '$.entry[0].changes[0]',
      ['$.entry[0].changes[0].value.metadata'],
    ],
    [
      'messages that are not an array',
      { id: '1', changes: [{ field: 'messages', value: cloudValue({ messages: {} }) }] },
      'change',
      '$.entry[0].changes[0]',
      ['$.entry[0].changes[0].value.messages'],
    ],
  ])(
    'R-WH-1 R-WH-2 reports %s as an invalid event and still delivers the next entry',
    (_case, entry, part, path, paths) => {
      const { events } = parseWebhookPayload({
        object: 'whatsapp_business_account',
        entry: [entry, { id: '2', changes: [good] }],
      });
      expect(names(events)).toEqual(['invalid', 'message.text']);
      const [invalid, message] = events;
      if (invalid?.kind !== 'invalid') throw new Error('expected an invalid event');
      expect([invalid.part, invalid.path]).toEqual([part, path]);
      expect(invalid.issues.map((issue) => issue.path)).toEqual(paths);
      expect(invalid.raw).toEqual(part === 'entry' ? entry : (entry as { changes: unknown[] }).changes[0]);
      expect(message?.kind === 'message' && [message.messageId, message.metadata.businessAccountId]).toEqual([
        'wamid.good',
        '2',
      ]);
    },
  );

  it('R-WH-1 keeps the good changes of an entry beside a broken one', () => {
    const { events } = parseWebhookPayload({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [good, { field: 'messages', value: null }, good] }],
    });
    expect(names(events)).toEqual(['message.text', 'invalid', 'message.text']);
    expect(events[1]?.kind === 'invalid' && events[1].path).toBe('$.entry[0].changes[1]');
  });

  it('R-WH-2 keeps the readable metadata of a change that fails its schema', () => {
    const broken = { field: 'messages', value: cloudValue({ messaging_product: 'instagram' }) };
    const [event] = parseWebhookPayload({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [broken] }],
    }).events;
    expect(event?.kind === 'invalid' && event.issues.map((issue) => issue.path)).toEqual([
      '$.entry[0].changes[0].value.messaging_product',
    ]);
    expect(event?.metadata).toEqual({
      businessAccountId: '1',
      phoneNumberId: '106540352242922',
      displayPhoneNumber: '15550001111',
    });
  });

  it('R-WH-6 delivers an interactive message without its reply beside the value-level error 131000 (pywa capture)', () => {
    const payload = cloudPayload(
      cloudValue({
        contacts: [contact('16505551234', 'Sheena Nelson')],
        messages: [
          {
            context: { from: '15550001111', id: 'wamid.CONTEXT' },
            from: '16505551234',
            id: 'wamid.NOREPLY',
            timestamp: '1700505494',
            type: 'interactive',
          },
        ],
        errors: [
          {
            code: 131000,
            title: 'Something went wrong',
            message: 'Something went wrong',
            error_data: { details: 'Unsupported webhook payload' },
          },
        ],
      }),
    );
    const { events } = parseWebhookPayload(payload);
    expect(names(events)).toEqual(['message.interactive', 'error']);
    const [message, error] = events;
    if (message?.kind !== 'message' || message.type !== 'interactive')
      throw new Error('expected interactive');
    expect([message.messageId, message.replyType, message.message.interactive]).toEqual([
      'wamid.NOREPLY',
      undefined,
      undefined,
    ]);
    expect(error?.kind === 'error' && error.error.code).toBe(131000);
  });

  it.each([
    ['a JSON array', [], 'JSON object'],
    ['a string', 'text', 'JSON object'],
    ['null', null, 'JSON object'],
    ['an object of neither API', { hello: 'world' }, '"entry"'],
    ['another object type', { object: 'page', entry: [] }, '$.object'],
    ['an entry that is not an array', { object: 'whatsapp_business_account', entry: {} }, '$.entry'],
    ['a Cloud body without entry', { object: 'whatsapp_business_account' }, '$.entry'],
    ['On-Premises statuses that are not an array', { statuses: 'read' }, '$.statuses'],
  ])('R-WH-1 rejects %s (not a notification at all) with the path of the problem', (_case, payload, path) => {
    const error = rejection(payload);
    expect(error.code).toBe('WA_WEBHOOK_INVALID_PAYLOAD');
    expect(error.status).toBe(400);
    expect(error.message).toContain(path);
  });

  it('parses every shared fixture without throwing', () => {
    for (const [name, payload] of loadFixtures()) {
      const { events } = parseWebhookPayload(payload);
      expect(events.length, name).toBeGreaterThan(0);
      expect(
        events.filter((event) => event.kind === 'invalid'),
        name,
      ).toEqual([]);
    }
  });
});
