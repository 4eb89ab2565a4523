import { describe, expect, it } from 'vitest';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.ts';
import { rulesOf } from './__fixtures__/issues-of.ts';
import { cloudSendRequestSchema } from './cloud-send-request.ts';
import type { OutgoingMessage } from './outgoing-message.ts';
import { toOnPremSendRequest } from './to-onprem-send-request.ts';

/** Checks of the newer Cloud API features: what they accept is covered by the conformance corpus. */

const to = '15551234567';
const cloud = (message: Record<string, unknown>) => ({ messaging_product: 'whatsapp', to, ...message });
const template = (components: unknown[]) =>
  cloud({ type: 'template', template: { name: 't', language: { code: 'en' }, components } });
const interactive = (value: Record<string, unknown>) => cloud({ type: 'interactive', interactive: value });

function onPremIssues(message: Record<string, unknown>, clientVersion?: string): ValidationIssue[] {
  try {
    toOnPremSendRequest({ to, ...message } as OutgoingMessage, { clientVersion });
  } catch (error) {
    if (ValidationError.isInstance(error)) return [...error.issues];
    throw error;
  }
  return [];
}
const onPremRules = (message: Record<string, unknown>, clientVersion?: string) =>
  onPremIssues(message, clientVersion).map((issue) => `${issue.path} [${issue.rule ?? '-'}]`);

const card = (index: number) => ({
  card_index: index,
  type: 'cta_url',
  header: { type: 'image', image: { link: `https://example.com/${index}.png` } },
  action: { name: 'cta_url', parameters: { display_text: 'Buy', url: 'https://example.com' } },
});

describe('case of template types and button sub-types (D-19)', () => {
  it.each([
    ['quick_reply', true],
    ['QUICK_REPLY', true],
    ['COPY_CODE', true],
    ['Copy_Code', false],
    ['Quick_reply', false],
  ])('R-TPL-BTN-2 sub_type %s accepted: %s', (subType, accepted) => {
    const parameters =
      subType.toLowerCase() === 'copy_code'
        ? [{ type: 'coupon_code', coupon_code: 'X' }]
        : [{ type: 'payload', payload: 'p' }];
    expect(
      rulesOf(
        cloudSendRequestSchema,
        template([{ type: 'BUTTON', sub_type: subType, index: 0, parameters }]),
      ),
    ).toEqual(accepted ? [] : ['$.template.components[0].sub_type [R-TPL-BTN-2]']);
  });

  it('R-TPL-BTN-3 a COPY_CODE button needs On-Premises 2.49, whatever its case', () => {
    const message = {
      type: 'template',
      template: {
        name: 't',
        language: { code: 'en' },
        components: [
          {
            type: 'BUTTON',
            sub_type: 'COPY_CODE',
            index: 0,
            parameters: [{ type: 'coupon_code', coupon_code: 'X' }],
          },
        ],
      },
    };
    expect(onPremRules(message, '2.48.0')).toEqual(['$.template.components[0].sub_type [R-TPL-BTN-3]']);
    expect(onPremRules(message, '2.49.0')).toEqual([]);
  });
});

describe('template features of the Cloud API only', () => {
  it.each([
    [
      'R-TPL-BTN-2',
      'a CATALOG button',
      [{ type: 'button', sub_type: 'CATALOG', index: 0 }],
      '$.template.components[0].sub_type',
    ],
    [
      'R-TPL-7',
      'a tap target component',
      [
        {
          type: 'tap_target_configuration',
          parameters: [
            {
              type: 'tap_target_configuration',
              tap_target_configuration: [{ url: 'https://example.com', title: 'Open' }],
            },
          ],
        },
      ],
      '$.template.components[0].type',
    ],
    [
      'R-TPL-PARAM-8',
      'a product header',
      [
        {
          type: 'header',
          parameters: [{ type: 'product', product: { product_retailer_id: 'p', catalog_id: 'c' } }],
        },
      ],
      '$.template.components[0].parameters[0].type',
    ],
  ])('%s rejects %s on the On-Premises API', (rule, _what, components, path) => {
    const message = { type: 'template', template: { name: 't', language: { code: 'en' }, components } };
    expect(onPremRules(message)).toEqual([`${path} [${rule}]`]);
  });

  it('R-TPL-PARAM-1 a product parameter belongs in a header, not a body', () => {
    expect(
      rulesOf(
        cloudSendRequestSchema,
        template([
          {
            type: 'body',
            parameters: [{ type: 'product', product: { product_retailer_id: 'p', catalog_id: 'c' } }],
          },
        ]),
      ),
    ).toEqual(['$.template.components[0].parameters[0].type [R-TPL-PARAM-1]']);
  });

  it('rejects an empty parameter_name', () => {
    expect(
      rulesOf(
        cloudSendRequestSchema,
        template([{ type: 'body', parameters: [{ type: 'text', text: 'Ada', parameter_name: '' }] }]),
      ),
    ).toEqual(['$.template.components[0].parameters[0].parameter_name [-]']);
  });

  it('R-TPL-BTN-7 an action button takes action parameters, not a payload', () => {
    expect(
      rulesOf(
        cloudSendRequestSchema,
        template([
          { type: 'button', sub_type: 'flow', index: 0, parameters: [{ type: 'payload', payload: 'x' }] },
        ]),
      ),
    ).toEqual(['$.template.components[0].parameters[0].type [-]']);
  });
});

describe('recipients', () => {
  it('R-REQ-5 a group recipient is Cloud API only', () => {
    expect(rulesOf(cloudSendRequestSchema, cloud({ recipient_type: 'group', text: { body: 'Hi' } }))).toEqual(
      [],
    );
    expect(onPremRules({ recipient_type: 'group', text: { body: 'Hi' } })).toEqual([
      '$.recipient_type [R-REQ-5]',
    ]);
  });

  it('recipient_identity_key_hash is Cloud API only and not empty', () => {
    expect(
      rulesOf(cloudSendRequestSchema, cloud({ recipient_identity_key_hash: '', text: { body: 'Hi' } })),
    ).toEqual(['$.recipient_identity_key_hash [-]']);
    expect(onPremIssues({ recipient_identity_key_hash: 'abc', text: { body: 'Hi' } })).toEqual([
      expect.objectContaining({ path: '$.recipient_identity_key_hash' }),
    ]);
  });
});

describe('interactive types of the Cloud API', () => {
  it('a carousel has 2 to 10 cards, each with its own card_index', () => {
    const one = interactive({ type: 'carousel', body: { text: 'b' }, action: { cards: [card(0)] } });
    expect(rulesOf(cloudSendRequestSchema, one)).toEqual(['$.interactive.action.cards [-]']);
    const repeated = interactive({
      type: 'carousel',
      body: { text: 'b' },
      action: { cards: [card(0), card(0)] },
    });
    expect(rulesOf(cloudSendRequestSchema, repeated)).toEqual([
      '$.interactive.action.cards[1].card_index [-]',
    ]);
    const eleven = Array.from({ length: 11 }, (_, index) => card(index));
    const tooMany = interactive({ type: 'carousel', body: { text: 'b' }, action: { cards: eleven } });
    expect(rulesOf(cloudSendRequestSchema, tooMany)).toEqual(['$.interactive.action.cards [-]']);
  });

  it('R-INT-6 a carousel needs a body', () => {
    const noBody = interactive({ type: 'carousel', action: { cards: [card(0), card(1)] } });
    expect(rulesOf(cloudSendRequestSchema, noBody)).toEqual(['$.interactive.body [R-INT-6]']);
  });

  it('a call button label has at most 20 characters', () => {
    const long = interactive({
      type: 'voice_call',
      body: { text: 'b' },
      action: { name: 'voice_call', parameters: { display_text: 'x'.repeat(21) } },
    });
    const issues = rulesOf(cloudSendRequestSchema, long);
    expect(issues).toEqual(['$.interactive.action.parameters.display_text [-]']);
  });

  it('R-INT-ACT-1 an order_details message is paid with action review_and_pay', () => {
    const wrong = interactive({
      type: 'order_details',
      body: { text: 'b' },
      action: { name: 'review_order', parameters: { reference_id: 'r' } },
    });
    expect(rulesOf(cloudSendRequestSchema, wrong)).toEqual(['$.interactive.action.name [R-INT-ACT-1]']);
  });

  it.each(['carousel', 'voice_call', 'call_permission_request', 'request_contact_info', 'order_details'])(
    'R-INT-1 the On-Premises API has no %s message',
    (type) => {
      const issues = onPremIssues({
        type: 'interactive',
        interactive: { type, body: { text: 'b' }, action: {} },
      });
      expect(issues).toContainEqual(expect.objectContaining({ path: '$.interactive.type', rule: 'R-INT-1' }));
    },
  );
});
