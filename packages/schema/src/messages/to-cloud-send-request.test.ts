import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import type { OutgoingMessage } from './outgoing-message.ts';
import { toCloudSendRequest } from './to-cloud-send-request.ts';

function problemsOf(message: unknown): string[] {
  try {
    toCloudSendRequest(message as OutgoingMessage);
  } catch (error) {
    if (!ValidationError.isInstance(error)) throw error;
    return error.issues.map((issue) => `${issue.path} [${issue.rule ?? '-'}]`);
  }
  return [];
}

describe('toCloudSendRequest', () => {
  it('R-REQ-6 adds messaging_product and keeps the rest as it is', () => {
    const message: OutgoingMessage = {
      to: '15551234567',
      type: 'text',
      text: { body: 'See https://example.com', preview_url: true },
      context: { message_id: 'wamid.HBgL' },
      biz_opaque_callback_data: 'campaign-7',
    };
    expect(toCloudSendRequest(message)).toStrictEqual({
      messaging_product: 'whatsapp',
      to: '15551234567',
      type: 'text',
      text: { body: 'See https://example.com', preview_url: true },
      context: { message_id: 'wamid.HBgL' },
      biz_opaque_callback_data: 'campaign-7',
    });
  });

  it('converts a reaction to a business-scoped user ID', () => {
    expect(
      toCloudSendRequest({
        recipient: 'US.13491208655302741918',
        type: 'reaction',
        reaction: { message_id: 'wamid.A', emoji: '' },
      }),
    ).toStrictEqual({
      messaging_product: 'whatsapp',
      recipient: 'US.13491208655302741918',
      type: 'reaction',
      reaction: { message_id: 'wamid.A', emoji: '' },
    });
  });

  it('does not change the message it converts', () => {
    const message: OutgoingMessage = { to: '1', type: 'image', image: { id: '1', caption: 'c' } };
    const copy = structuredClone(message);
    toCloudSendRequest(message);
    expect(message).toStrictEqual(copy);
  });

  it('R-REQ-6 rejects messaging_product in an OutgoingMessage', () => {
    expect(problemsOf({ messaging_product: 'whatsapp', to: '1', text: { body: 'x' } })).toEqual([
      '$.messaging_product [R-REQ-6]',
    ]);
  });

  it('rejects On-Premises-only content with its rule ID, listing every problem', () => {
    expect(
      problemsOf({
        to: '1',
        type: 'image',
        image: { link: 'https://e.example/a.jpg', provider: { name: 'p' } },
        preview_url: true,
      }),
    ).toEqual(['$.preview_url [R-REQ-20]', '$.image.provider [R-MEDIA-13]']);
    expect(problemsOf({ to: '1', type: 'hsm', hsm: { element_name: 'x' } })).toEqual(['$.type [R-REQ-19]']);
  });

  it('throws a ValidationError whose message names path, problem and rule', () => {
    expect(() => toCloudSendRequest({ to: '1', text: { body: 'a'.repeat(4097) } })).toThrow(
      '[@wa/schema] Invalid message for the Cloud API (1 problem):\n  - $.text.body: is 4097 characters long; at most 4096 are allowed [R-TEXT-2]',
    );
  });

  it.each([null, undefined, 42, 'text', [], [{ to: '1' }]])(
    'throws a ValidationError (never anything else) for %j',
    (input) => {
      expect(() => toCloudSendRequest(input as unknown as OutgoingMessage)).toThrow(ValidationError);
    },
  );
});
