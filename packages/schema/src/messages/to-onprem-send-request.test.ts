import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import type { OutgoingMessage } from './outgoing-message.ts';
import { type OnPremConversionOptions, toOnPremSendRequest } from './to-onprem-send-request.ts';

function problemsOf(message: unknown, options?: OnPremConversionOptions): string[] {
  try {
    toOnPremSendRequest(message as OutgoingMessage, options);
  } catch (error) {
    if (!ValidationError.isInstance(error)) throw error;
    return error.issues.map((issue) => `${issue.path} [${issue.rule ?? '-'}]`);
  }
  return [];
}

const longCaption = '📷'.repeat(1025);

describe('toOnPremSendRequest', () => {
  it('R-REQ-20 moves text.preview_url to the top level', () => {
    expect(
      toOnPremSendRequest({
        recipient_type: 'individual',
        to: 'whatsapp-id',
        text: { body: 'https://example.com', preview_url: false },
      }),
    ).toStrictEqual({
      recipient_type: 'individual',
      to: 'whatsapp-id',
      preview_url: false,
      text: { body: 'https://example.com' },
    });
  });

  it('C-1 never adds a preview_url the message did not set', () => {
    expect(toOnPremSendRequest({ to: 'whatsapp-id', type: 'text', text: { body: 'Hi' } })).toStrictEqual({
      to: 'whatsapp-id',
      type: 'text',
      text: { body: 'Hi' },
    });
  });

  it('keeps On-Premises media providers', () => {
    const message: OutgoingMessage = {
      to: 'whatsapp-id',
      type: 'video',
      video: { link: 'https://the-url', provider: { name: 'provider-name' } },
    };
    expect(toOnPremSendRequest(message)).toStrictEqual({
      to: 'whatsapp-id',
      type: 'video',
      video: { link: 'https://the-url', provider: { name: 'provider-name' } },
    });
  });

  it('does not change the message it converts', () => {
    const message: OutgoingMessage = { to: '1', text: { body: 'x', preview_url: true } };
    toOnPremSendRequest(message);
    expect(message).toStrictEqual({ to: '1', text: { body: 'x', preview_url: true } });
  });

  it('rejects Cloud-only content with the rule that makes it Cloud-only, listing every problem', () => {
    expect(
      problemsOf({
        to: '1',
        type: 'document',
        document: { id: '1', caption: 'Invoice' },
        context: { message_id: 'wamid.A' },
        biz_opaque_callback_data: 'x',
      }),
    ).toEqual([
      '$.context [R-REQ-18]',
      '$.biz_opaque_callback_data [R-REQ-17]',
      '$.document.caption [R-MEDIA-11]',
    ]);
    expect(problemsOf({ recipient: 'US.1', text: { body: 'x' } })).toEqual([
      '$.to [R-REQ-1]',
      '$.recipient [-]',
    ]);
    expect(problemsOf({ to: '1', type: 'reaction', reaction: { message_id: 'a', emoji: '👍' } })).toEqual([
      '$.type [-]',
    ]);
    expect(problemsOf({ to: '1', type: 'audio', audio: { id: '1', voice: true } })).toEqual([
      '$.audio.voice [-]',
    ]);
  });

  it('R-REQ-20 rejects a top-level preview_url in an OutgoingMessage', () => {
    expect(problemsOf({ to: '1', text: { body: 'x' }, preview_url: true })).toEqual([
      '$.preview_url [R-REQ-20]',
    ]);
  });

  it('R-REQ-19 / R-VER-3 accepts hsm only with legacyHsm or a client before 2.39', () => {
    const message = { to: '1', type: 'hsm', hsm: { element_name: 'x' } };
    expect(problemsOf(message)).toContain('$.type [R-REQ-19]');
    expect(problemsOf(message, { clientVersion: '2.39.0' })).toContain('$.type [R-REQ-19]');
    expect(problemsOf(message, { legacyHsm: true })).not.toContain('$.type [R-REQ-19]');
    expect(problemsOf(message, { clientVersion: '2.38.9' })).not.toContain('$.type [R-REQ-19]');
  });

  it('R-MEDIA-10 / R-VER-5 applies the 1024-character caption limit by default and from client v2.41.2', () => {
    const message = { to: '1', type: 'image', image: { id: '1', caption: longCaption } };
    expect(problemsOf(message)).toEqual(['$.image.caption [R-MEDIA-10]']);
    expect(problemsOf(message, { clientVersion: '2.41.2' })).toEqual(['$.image.caption [R-MEDIA-10]']);
    expect(
      problemsOf({ ...message, image: { id: '1', caption: '📷'.repeat(1024) } }, { clientVersion: '2.41.2' }),
    ).toEqual([]);
  });

  it('R-VER-5 lets an older client (before v2.41.2) take a longer caption', () => {
    const message: OutgoingMessage = { to: '1', type: 'image', image: { id: '1', caption: longCaption } };
    expect(toOnPremSendRequest(message, { clientVersion: '2.41.1' })).toStrictEqual(message);
    expect(problemsOf({ ...message, context: { message_id: 'a' } }, { clientVersion: 'v2.40' })).toEqual([
      '$.context [R-REQ-18]',
    ]);
  });

  it.each([
    ['2.40.9', ['$.template.namespace [R-TPL-4]']],
    ['2.41', []],
    ['2.53.1', []],
  ])(
    'R-VER-4 / R-TPL-4 requires a template namespace before client v2.41 (client %s)',
    (clientVersion, expected) => {
      const message = {
        to: '1',
        type: 'template',
        template: { name: 'hello_world', language: { code: 'en_US' } },
      };
      expect(
        problemsOf(message, { clientVersion }).filter((problem) => problem.includes('namespace')),
      ).toEqual(expected);
    },
  );

  it.each([
    ['2.48.9', ['$.template.components[0].sub_type [R-TPL-BTN-3]']],
    ['2.49', []],
  ])(
    'R-VER-6 / R-TPL-BTN-3 allows copy_code buttons from client 2.49 (client %s)',
    (clientVersion, expected) => {
      const message = {
        to: '1',
        type: 'template',
        template: {
          namespace: 'ns',
          name: 'coupon',
          language: { code: 'en_US' },
          components: [
            {
              type: 'button',
              sub_type: 'copy_code',
              index: 0,
              parameters: [{ type: 'coupon_code', coupon_code: 'DISCOUNT20' }],
            },
          ],
        },
      };
      expect(
        problemsOf(message, { clientVersion }).filter((problem) => problem.includes('sub_type')),
      ).toEqual(expected);
    },
  );

  it('rejects a malformed clientVersion', () => {
    expect(() => toOnPremSendRequest({ to: '1', text: { body: 'x' } }, { clientVersion: 'latest' })).toThrow(
      '$.clientVersion: must be an On-Premises client version such as "2.53.1"',
    );
  });

  it.each([null, undefined, 0, 'x', [], () => 1])(
    'throws a ValidationError (never anything else) for %j',
    (input) => {
      expect(() => toOnPremSendRequest(input as unknown as OutgoingMessage)).toThrow(ValidationError);
    },
  );
});
