import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.ts';
import definitionsFile from './__fixtures__/template-definitions.json' with { type: 'json' };
import { checkTemplateMessage } from './check-template-message.ts';
import { type TemplateDefinition, templateListResponseSchema } from './template-definition.ts';

const definitions: TemplateDefinition[] = templateListResponseSchema.parse(definitionsFile).data;

const orderUpdate = {
  name: 'order_update',
  language: { code: 'en_US' },
  components: [
    { type: 'header', parameters: [{ type: 'text', text: 'A-1' }] },
    {
      type: 'body',
      parameters: [
        { type: 'text', text: 'Ada' },
        { type: 'text', text: '2 coffees' },
        { type: 'text', text: 'Monday' },
      ],
    },
    {
      type: 'button',
      sub_type: 'quick_reply',
      index: '0',
      parameters: [{ type: 'payload', payload: 'track' }],
    },
    { type: 'button', sub_type: 'url', index: 1, parameters: [{ type: 'text', text: 'A-1' }] },
  ],
};

/** `orderUpdate` with its component at `index` replaced (or removed with `undefined`). */
function orderUpdateWith(index: number, component: unknown) {
  const components: unknown[] = [...orderUpdate.components];
  if (component === undefined) components.splice(index, 1);
  else components[index] = component;
  return { ...orderUpdate, components };
}

describe('checkTemplateMessage accepts messages that match their approved template', () => {
  it.each([
    ['positional header, body and both buttons', orderUpdate],
    [
      'named body parameters in any order',
      {
        name: 'welcome_named',
        language: { code: 'en_US' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', parameter_name: 'promo_code', text: 'WELCOME10' },
              { type: 'text', parameter_name: 'first_name', text: 'Ada' },
            ],
          },
        ],
      },
    ],
    [
      'a document header and a body without variables',
      {
        name: 'invoice_ready',
        language: { code: 'en_US' },
        components: [{ type: 'header', parameters: [{ type: 'document', document: { id: '1' } }] }],
      },
    ],
    [
      'an authentication template whose OTP button is filled as a url button',
      {
        name: 'verification_code',
        language: { code: 'en_US' },
        components: [
          { type: 'body', parameters: [{ type: 'text', text: '123456' }] },
          { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: '123456' }] },
        ],
      },
    ],
    [
      'component types in upper case',
      orderUpdateWith(0, { type: 'HEADER', parameters: [{ type: 'text', text: 'A-1' }] }),
    ],
  ])('%s', (_, template) => {
    expect(checkTemplateMessage(template, definitions)).toEqual([]);
  });
});

describe('checkTemplateMessage reports each mismatch with its rule and path', () => {
  it.each([
    {
      rule: 'R-TPL-9',
      what: 'an unknown template name',
      template: { ...orderUpdate, name: 'order_updates' },
      path: '$.template.name',
      message: /not a template of this account/,
    },
    {
      rule: 'R-TPL-9',
      what: 'a language the template is not approved in',
      template: { ...orderUpdate, language: { code: 'fr' } },
      path: '$.template.language.code',
      message: /exists in en_US, de/,
    },
    {
      rule: 'R-TPL-9',
      what: 'a paused template',
      template: { name: 'order_update', language: { code: 'de' }, components: [] },
      path: '$.template.name',
      message: /is PAUSED; only APPROVED/,
    },
    {
      rule: 'R-TPL-9',
      what: 'a rejected template',
      template: { name: 'spring_coupon', language: { code: 'en_US' } },
      path: '$.template.name',
      message: /is REJECTED/,
    },
    {
      rule: 'R-TPL-9',
      what: 'one body parameter too few',
      template: orderUpdateWith(1, {
        type: 'body',
        parameters: [
          { type: 'text', text: 'Ada' },
          { type: 'text', text: 'x' },
        ],
      }),
      path: '$.template.components[1].parameters',
      message: /has 2 body parameter\(s\); the approved body has 3 variable\(s\)/,
    },
    {
      rule: 'R-TPL-9',
      what: 'no body component where the body has variables',
      template: orderUpdateWith(1, undefined),
      path: '$.template.components',
      message: /has 0 body parameter/,
    },
    {
      rule: 'R-TPL-9',
      what: 'a header parameter the header has no variable for',
      template: {
        name: 'invoice_ready',
        language: { code: 'en_US' },
        components: [
          { type: 'header', parameters: [{ type: 'document', document: { id: '1' } }] },
          { type: 'body', parameters: [{ type: 'text', text: 'extra' }] },
        ],
      },
      path: '$.template.components[1].parameters',
      message: /approved body has no variables/,
    },
    {
      rule: 'R-TPL-9',
      what: 'a missing named parameter',
      template: {
        name: 'welcome_named',
        language: { code: 'en_US' },
        components: [
          { type: 'body', parameters: [{ type: 'text', parameter_name: 'first_name', text: 'Ada' }] },
        ],
      },
      path: '$.template.components[0].parameters',
      message: /lacks the named body parameter\(s\) promo_code/,
    },
    {
      rule: 'R-TPL-9',
      what: 'an unknown named parameter',
      template: {
        name: 'welcome_named',
        language: { code: 'en_US' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', parameter_name: 'first_name', text: 'Ada' },
              { type: 'text', parameter_name: 'promo_code', text: 'X' },
              { type: 'text', parameter_name: 'last_name', text: 'L' },
            ],
          },
        ],
      },
      path: '$.template.components[0].parameters[2].parameter_name',
      message: /"last_name" is not a variable/,
    },
    {
      rule: 'R-TPL-9',
      what: 'a positional parameter in a template with named variables',
      template: {
        name: 'welcome_named',
        language: { code: 'en_US' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Ada' },
              { type: 'text', parameter_name: 'promo_code', text: 'X' },
            ],
          },
        ],
      },
      path: '$.template.components[0].parameters[0].parameter_name',
      message: /needs a parameter_name/,
      count: 2,
    },
    {
      rule: 'R-TPL-PARAM-6',
      what: 'an image where the header is a document',
      template: {
        name: 'invoice_ready',
        language: { code: 'en_US' },
        components: [{ type: 'header', parameters: [{ type: 'image', image: { id: '1' } }] }],
      },
      path: '$.template.components[0].parameters',
      message: /DOCUMENT header.*exactly one document header parameter \(found: image\)/,
    },
    {
      rule: 'R-TPL-PARAM-8',
      what: 'no location parameter for a location header',
      template: {
        name: 'store_location',
        language: { code: 'en_US' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Main St' }] }],
      },
      path: '$.template.components',
      message: /LOCATION header/,
    },
    {
      rule: 'R-TPL-9',
      what: 'a header component where the template has none',
      template: {
        name: 'welcome_named',
        language: { code: 'en_US' },
        components: [
          { type: 'header', parameters: [{ type: 'text', text: 'Hi' }] },
          {
            type: 'body',
            parameters: [
              { type: 'text', parameter_name: 'first_name', text: 'Ada' },
              { type: 'text', parameter_name: 'promo_code', text: 'X' },
            ],
          },
        ],
      },
      path: '$.template.components[0]',
      message: /has no header/,
    },
    {
      rule: 'R-TPL-BTN-4',
      what: 'a button index that does not exist',
      template: orderUpdateWith(2, {
        type: 'button',
        sub_type: 'quick_reply',
        index: 2,
        parameters: [{ type: 'payload', payload: 'x' }],
      }),
      path: '$.template.components[2].index',
      message: /has 2 button\(s\) \(index 0 to 1\)/,
    },
    {
      rule: 'R-TPL-BTN-2',
      what: 'a sub_type that does not match the button',
      template: orderUpdateWith(2, {
        type: 'button',
        sub_type: 'url',
        index: 0,
        parameters: [{ type: 'text', text: 'x' }],
      }),
      path: '$.template.components[2].sub_type',
      message: /QUICK_REPLY button \(sub_type quick_reply\)/,
    },
    {
      rule: 'R-TPL-9',
      what: 'a dynamic URL button left without its value',
      template: orderUpdateWith(3, undefined),
      path: '$.template.components',
      message: /lacks a button component for button 1 \(URL\)/,
    },
  ])('$rule: $what', ({ rule, template, path, message, count = 1 }) => {
    expect(rules).toHaveProperty([rule]);
    const issues = checkTemplateMessage(template, definitions);
    expect(issues).toHaveLength(count);
    expect(issues[0]).toMatchObject({ rule, path, message: expect.stringMatching(message) });
  });

  it('R-TPL-9: lists every mismatch of one message at once', () => {
    const template = {
      ...orderUpdate,
      components: [
        { type: 'header', parameters: [] },
        { type: 'body', parameters: [{ type: 'text', text: 'Ada' }] },
        { type: 'button', sub_type: 'flow', index: 0, parameters: [] },
      ],
    };
    const issues = checkTemplateMessage(template, definitions, { path: '$.message.template' });
    expect(issues.map((issue) => [issue.rule, issue.path])).toEqual([
      ['R-TPL-9', '$.message.template.components[0].parameters'],
      ['R-TPL-9', '$.message.template.components[1].parameters'],
      ['R-TPL-BTN-2', '$.message.template.components[2].sub_type'],
      ['R-TPL-9', '$.message.template.components'],
    ]);
  });

  it('R-TPL-1: a template that is not an object is one issue, not an exception', () => {
    expect(checkTemplateMessage('order_update', definitions)).toEqual([
      { path: '$.template', rule: 'R-TPL-1', message: 'must be a template object' },
    ]);
  });
});
