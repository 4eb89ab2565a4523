import { describe, expect, it } from 'vitest';
import { safeValidate } from '../../validation/validate.ts';
import { CloudWebhookPayload, cloudWebhookPayloadSchema } from './cloud-webhook-payload.ts';

const metadata = { display_phone_number: '15550783881', phone_number_id: '106540352242922' };
const text = {
  from: '16505551234',
  id: 'wamid.A',
  timestamp: '1763769601',
  type: 'text',
  text: { body: 'hi' },
};

function payload(value: Record<string, unknown>, field = 'messages'): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [{ field, value: { messaging_product: 'whatsapp', metadata, ...value } }],
      },
    ],
  };
}

function pathsOf(input: unknown): string[] {
  const result = safeValidate(CloudWebhookPayload, input, 'Cloud webhook payload');
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => issue.path);
}

const value = '$.entry[0].changes[0].value';

describe('CloudWebhookPayload', () => {
  it('R-WH-1 R-WH-2 accepts the envelope with contacts and messages', () => {
    const body = payload({
      contacts: [{ profile: { name: 'Sheena' }, wa_id: '16505551234' }],
      messages: [text],
    });
    expect(CloudWebhookPayload.parse(body)).toEqual(body);
  });

  it('is the same schema under both names', () => {
    expect(CloudWebhookPayload).toBe(cloudWebhookPayloadSchema);
  });

  it.each([
    ['another object', { ...payload({ messages: [text] }), object: 'page' }, ['$.object']],
    ['entry that is not an array', { object: 'whatsapp_business_account', entry: { id: '1' } }, ['$.entry']],
    [
      'changes that is not an array',
      { object: 'whatsapp_business_account', entry: [{ id: '1', changes: {} }] },
      ['$.entry[0].changes'],
    ],
    [
      'an entry without id',
      { object: 'whatsapp_business_account', entry: [{ changes: [] }] },
      ['$.entry[0].id'],
    ],
    [
      'a change without field',
      { object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ value: {} }] }] },
      ['$.entry[0].changes[0].field'],
    ],
  ])('R-WH-1 rejects %s', (_label, body, paths) => {
    expect(pathsOf(body)).toEqual(paths);
  });

  it('R-WH-1 keeps a change of another subscribed field as unknown, with the original', () => {
    const change = { field: 'message_template_status_update', value: { event: 'APPROVED' } };
    const parsed = CloudWebhookPayload.parse({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [change] }],
    });
    expect(parsed.entry[0]?.changes[0]).toMatchObject({ field: 'unknown', raw: change });
  });

  it.each([
    ['no metadata', { metadata: undefined, messages: [text] }, [`${value}.metadata`]],
    [
      'metadata without phone_number_id',
      { metadata: { display_phone_number: '1' } },
      [`${value}.metadata.phone_number_id`],
    ],
    ['another messaging_product', { messaging_product: 'instagram' }, [`${value}.messaging_product`]],
    ['contacts that is not an array', { contacts: { wa_id: '1' } }, [`${value}.contacts`]],
    ['a numeric contact wa_id', { contacts: [{ wa_id: 16505551234 }] }, [`${value}.contacts[0].wa_id`]],
    ['messages that is not an array', { messages: text }, [`${value}.messages`]],
  ])('R-WH-2 rejects a value with %s', (_label, change, paths) => {
    expect(pathsOf(payload(change))).toEqual(paths);
  });

  it('R-WH-3 rejects a message without id, naming its JSON path', () => {
    const { id: _id, ...withoutId } = text;
    expect(pathsOf(payload({ messages: [text, withoutId] }))).toEqual([`${value}.messages[1].id`]);
  });

  it('R-WH-4 rejects string coordinates, naming their JSON path', () => {
    const location = {
      ...text,
      type: 'location',
      text: undefined,
      location: { latitude: '37.4', longitude: 1 },
    };
    expect(pathsOf(payload({ messages: [location] }))).toEqual([`${value}.messages[0].location.latitude`]);
  });

  it.each(['sent', 'delivered', 'read'])(
    'R-WH-7 returns biz_opaque_callback_data on %s statuses',
    (status) => {
      const parsed = CloudWebhookPayload.parse(
        payload({
          statuses: [
            {
              id: 'wamid.A',
              status,
              timestamp: '1',
              recipient_id: '1',
              biz_opaque_callback_data: 'order-4711',
            },
          ],
        }),
      );
      const change = parsed.entry[0]?.changes[0];
      expect(change?.field === 'messages' && change.value.statuses?.[0]?.biz_opaque_callback_data).toBe(
        'order-4711',
      );
    },
  );

  it('R-WH-7 rejects a non-string biz_opaque_callback_data', () => {
    const status = { id: 'wamid.A', status: 'sent', timestamp: '1', biz_opaque_callback_data: 42 };
    expect(pathsOf(payload({ statuses: [status] }))).toEqual([
      `${value}.statuses[0].biz_opaque_callback_data`,
    ]);
  });

  it('rejects a failed status without errors', () => {
    expect(pathsOf(payload({ statuses: [{ id: 'wamid.A', status: 'failed', timestamp: '1' }] }))).toEqual([
      `${value}.statuses[0].errors`,
    ]);
  });

  it('keeps a status value of a newer kind as unknown, with the original', () => {
    const status = { id: 'wamid.A', status: 'pending_review', timestamp: '1' };
    const parsed = CloudWebhookPayload.parse(payload({ statuses: [status] }));
    const change = parsed.entry[0]?.changes[0];
    expect(change?.field === 'messages' && change.value.statuses?.[0]).toMatchObject({
      status: 'unknown',
      raw: status,
    });
  });

  it('rejects a status without id', () => {
    expect(pathsOf(payload({ statuses: [{ status: 'read', timestamp: '1' }] }))).toEqual([
      `${value}.statuses[0].id`,
    ]);
  });

  it('lists every problem of a body at once', () => {
    const broken = payload({ metadata: {}, messages: [{ type: 'text', text: {} }] });
    expect(pathsOf(broken)).toEqual([
      `${value}.metadata.display_phone_number`,
      `${value}.metadata.phone_number_id`,
      `${value}.messages[0].id`,
      `${value}.messages[0].timestamp`,
      `${value}.messages[0].text.body`,
    ]);
  });
});
