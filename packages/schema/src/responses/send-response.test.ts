import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { safeValidate } from '../validation/validate.ts';
import { CloudSendResponse } from './cloud-send-response.ts';
import { OnPremSendResponse } from './onprem-send-response.ts';

const cloudOk = {
  messaging_product: 'whatsapp',
  contacts: [{ input: '16505551234', wa_id: '16505551234' }],
  messages: [{ id: 'wamid.ABC' }],
};

function issuesOf(result: ReturnType<typeof safeValidate>) {
  expect(result.success).toBe(false);
  if (result.success) return [];
  expect(result.error).toBeInstanceOf(ValidationError);
  return result.error.issues;
}

describe('CloudSendResponse', () => {
  it('R-RESP-1 accepts one message ID', () => {
    const result = safeValidate(CloudSendResponse, cloudOk, 'Cloud send response');
    expect(result.success && result.data.messages[0]?.id).toBe('wamid.ABC');
  });

  it('R-RESP-1 rejects an empty messages array at $.messages', () => {
    const issues = issuesOf(
      safeValidate(CloudSendResponse, { ...cloudOk, messages: [] }, 'Cloud send response'),
    );
    expect(issues).toEqual([expect.objectContaining({ path: '$.messages', rule: 'R-RESP-1', limit: 1 })]);
  });

  it('R-RESP-1 rejects a message without id at $.messages[0].id', () => {
    const issues = issuesOf(
      safeValidate(CloudSendResponse, { ...cloudOk, messages: [{ message_status: 'accepted' }] }, 'response'),
    );
    expect(issues.map((issue) => issue.path)).toEqual(['$.messages[0].id']);
  });

  it.each([
    [
      'without messaging_product',
      { contacts: cloudOk.contacts, messages: cloudOk.messages },
      '$.messaging_product',
    ],
    ['without contacts', { messaging_product: 'whatsapp', messages: cloudOk.messages }, '$.contacts'],
    ['with a contact lacking wa_id', { ...cloudOk, contacts: [{ input: '1' }] }, '$.contacts[0].wa_id'],
    ['with another messaging_product', { ...cloudOk, messaging_product: 'instagram' }, '$.messaging_product'],
  ])('R-RESP-2 rejects a response %s', (_label, body, path) => {
    expect(issuesOf(safeValidate(CloudSendResponse, body, 'response')).map((issue) => issue.path)).toEqual([
      path,
    ]);
  });

  it('R-RESP-2 keeps unknown keys a newer API adds', () => {
    const body = { ...cloudOk, contacts: [{ input: '1', wa_id: '1', user_id: 'US.1' }], extra: { a: 1 } };
    expect(CloudSendResponse.parse(body)).toEqual(body);
  });

  it.each([
    ['absent', undefined, true],
    ['held_for_quality_assessment', 'held_for_quality_assessment', true],
    ['accepted', 'accepted', true],
    ['a number', 42, false],
  ])('R-RESP-3 message_status %s', (_label, status, ok) => {
    const body = { ...cloudOk, messages: [{ id: 'wamid.X', message_status: status }] };
    expect(CloudSendResponse.safeParse(body).success).toBe(ok);
  });
});

describe('OnPremSendResponse', () => {
  it('R-RESP-1 accepts the bare messages array (EX-16, EX-31)', () => {
    expect(OnPremSendResponse.parse({ messages: [{ id: '{message-id}' }] }).messages[0]?.id).toBe(
      '{message-id}',
    );
  });

  it('R-RESP-1 rejects an empty messages array', () => {
    const issues = issuesOf(safeValidate(OnPremSendResponse, { messages: [] }, 'On-Premises send response'));
    expect(issues).toEqual([expect.objectContaining({ path: '$.messages', rule: 'R-RESP-1' })]);
  });

  it('R-RESP-3 keeps the quality-hold message_status (EX-17)', () => {
    const text = 'Message has been held because quality assessment is pending';
    expect(
      OnPremSendResponse.parse({ messages: [{ id: 'm', message_status: text }] }).messages[0]?.message_status,
    ).toBe(text);
  });

  it('R-RESP-3 rejects a non-string message_status', () => {
    expect(OnPremSendResponse.safeParse({ messages: [{ id: 'm', message_status: true }] }).success).toBe(
      false,
    );
  });
});
