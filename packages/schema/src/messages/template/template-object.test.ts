import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import type { ValidationIssue } from '../../errors/validation-error.ts';
import { issuesOf as issuesOfSchema } from '../__fixtures__/issues-of.ts';
import { cloudTemplateObjectSchema } from './cloud-template-object.ts';
import { onPremTemplateObjectSchema } from './onprem-template-object.ts';
import { templateObjectSchema } from './template-object.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8'));

function issuesOf(value: unknown, schema: z.ZodMiniType = templateObjectSchema): readonly ValidationIssue[] {
  return issuesOfSchema(schema, value);
}

const template = (components?: unknown[], extra: Record<string, unknown> = {}) => ({
  name: 'order_update',
  language: { code: 'en_US' },
  ...(components === undefined ? {} : { components }),
  ...extra,
});
const body = (...parameters: unknown[]) => ({ type: 'body', parameters });
const header = (...parameters: unknown[]) => ({ type: 'header', parameters });
const text = (value: string) => ({ type: 'text', text: value });
const quickReply = (index: unknown, parameters: unknown[] = [{ type: 'payload', payload: 'p' }]) => ({
  type: 'button',
  sub_type: 'quick_reply',
  index,
  parameters,
});
const location = (latitude: unknown, longitude: unknown) => ({
  type: 'location',
  location: { latitude, longitude, name: 'Pablo Morales', address: '1 Hacker Way' },
});

/** [rule, what, value] for values the neutral schema must accept. */
const accepted: [string, string, unknown][] = [
  ['R-TPL-1', 'a name and language only', template()],
  [
    'R-TPL-3',
    'language.policy "deterministic" (D-6)',
    template(undefined, { language: { code: 'en', policy: 'deterministic' } }),
  ],
  ['R-TPL-4', 'a namespace', template(undefined, { namespace: 'cdb2b2b1_8e76_4b3c_bd68_6d45ab1f6d2b' })],
  ['R-TPL-6', 'an empty components array', template([])],
  [
    'R-TPL-7',
    'header, body, footer and button components',
    template([header(text('h')), body(text('b')), { type: 'footer' }, quickReply(0)]),
  ],
  [
    'R-TPL-8',
    'components without parameters',
    template([{ type: 'header' }, { type: 'body' }, { type: 'footer' }]),
  ],
  [
    'R-TPL-PARAM-1',
    'every parameter type in a header',
    template([
      header(
        text('t'),
        location(1, 2),
        { type: 'image', image: { id: '1' } },
        { type: 'document', document: { link: 'https://example.com/a.pdf', filename: 'a.pdf' } },
        { type: 'video', video: { id: 'v' } },
      ),
    ]),
  ],
  ['R-TPL-PARAM-2', 'a text parameter with emoji', template([body(text('😀'.repeat(100)))])],
  [
    'R-TPL-PARAM-3',
    'a currency parameter',
    template([
      body({ type: 'currency', currency: { fallback_value: '$10.50', code: 'USD', amount_1000: 10500 } }),
    ]),
  ],
  [
    'R-TPL-PARAM-4',
    'a date_time parameter',
    template([body({ type: 'date_time', date_time: { fallback_value: 'May 4' } })]),
  ],
  [
    'R-TPL-PARAM-5',
    'fallback_value in currency and date_time',
    template([body({ type: 'date_time', date_time: { fallback_value: 'May 4' } })]),
  ],
  [
    'R-TPL-PARAM-6',
    'media parameters by id and link',
    template([
      header({ type: 'image', image: { link: 'https://example.com/a.png' } }),
      body({ type: 'video', video: { id: 'v' } }),
    ]),
  ],
  [
    'R-TPL-PARAM-8',
    'a location with number coordinates',
    template([header(location(37.483307, -122.148981))]),
  ],
  [
    'R-TPL-PARAM-8',
    'a location with string coordinates (C-6)',
    template([header(location('37.483307', '-122.148981'))]),
  ],
  ['R-TPL-BTN-1', 'a button with sub_type, index and parameters', template([quickReply(0)])],
  [
    'R-TPL-BTN-2',
    'url and copy_code buttons',
    template([
      { type: 'button', sub_type: 'url', index: 1, parameters: [text('orders/42')] },
      {
        type: 'button',
        sub_type: 'copy_code',
        index: 2,
        parameters: [{ type: 'coupon_code', coupon_code: 'SAVE20' }],
      },
    ]),
  ],
  ['R-TPL-BTN-4', 'index 9', template([quickReply(9)])],
  ['R-TPL-BTN-4', '10 buttons', template(Array.from({ length: 10 }, (_, i) => quickReply(i)))],
  ['R-TPL-BTN-5', 'index as a one-digit string (C-3)', template([quickReply('7')])],
  ['R-TPL-BTN-8', 'a quick_reply payload', template([quickReply(0, [{ type: 'payload', payload: 'yes' }])])],
  [
    'R-TPL-BTN-9',
    'a url button text',
    template([{ type: 'button', sub_type: 'url', index: 0, parameters: [text('x')] }]),
  ],
  [
    'R-TPL-BTN-10',
    'a copy_code coupon_code',
    template([
      {
        type: 'button',
        sub_type: 'copy_code',
        index: 0,
        parameters: [{ type: 'coupon_code', coupon_code: 'X' }],
      },
    ]),
  ],
];

/** [rule, what, value, path, limit] for values the neutral schema must reject. */
const rejected: [string, string, unknown, string, number?][] = [
  ['R-TPL-1', 'a missing name', { language: { code: 'en' } }, '$.name'],
  ['R-TPL-1', 'an empty name', template(undefined, { name: '' }), '$.name'],
  ['R-TPL-2', 'a missing language', { name: 'n' }, '$.language'],
  ['R-TPL-2', 'a language without code', template(undefined, { language: {} }), '$.language.code'],
  ['R-TPL-2', 'a language given as a string', template(undefined, { language: 'en_US' }), '$.language'],
  [
    'R-TPL-3',
    'the fallback policy',
    template(undefined, { language: { code: 'en', policy: 'fallback' } }),
    '$.language.policy',
  ],
  ['R-TPL-4', 'an empty namespace', template(undefined, { namespace: '' }), '$.namespace'],
  [
    'R-TPL-6',
    'components as an object',
    template(undefined, { components: { type: 'body' } }),
    '$.components',
  ],
  ['R-TPL-7', 'a component without type', template([{ parameters: [] }]), '$.components[0].type'],
  ['R-TPL-7', 'a mixed-case component type (D-19)', template([{ type: 'Body' }]), '$.components[0].type'],
  [
    'R-TPL-8',
    'parameters as an object',
    template([{ type: 'body', parameters: text('x') }]),
    '$.components[0].parameters',
  ],
  [
    'R-TPL-PARAM-1',
    'a parameter without type',
    template([body({ text: 'x' })]),
    '$.components[0].parameters[0].type',
  ],
  [
    'R-TPL-PARAM-1',
    'an unknown parameter type',
    template([body({ type: 'number', number: 1 })]),
    '$.components[0].parameters[0].type',
  ],
  [
    'R-TPL-PARAM-1',
    'a location in a body (header only)',
    template([body(location(1, 2))]),
    '$.components[0].parameters[0].type',
  ],
  [
    'R-TPL-PARAM-2',
    'a text parameter without text',
    template([body({ type: 'text' })]),
    '$.components[0].parameters[0].text',
  ],
  [
    'R-TPL-PARAM-2',
    'a number as text',
    template([body({ type: 'text', text: 42 })]),
    '$.components[0].parameters[0].text',
  ],
  [
    'R-TPL-PARAM-3',
    'a currency without amount_1000',
    template([body({ type: 'currency', currency: { fallback_value: 'x', code: 'USD' } })]),
    '$.components[0].parameters[0].currency.amount_1000',
  ],
  [
    'R-TPL-PARAM-3',
    'a currency amount as a string',
    template([
      body({ type: 'currency', currency: { fallback_value: 'x', code: 'USD', amount_1000: '1000' } }),
    ]),
    '$.components[0].parameters[0].currency.amount_1000',
  ],
  [
    'R-TPL-PARAM-4',
    'a date_time without fallback_value',
    template([body({ type: 'date_time', date_time: {} })]),
    '$.components[0].parameters[0].date_time.fallback_value',
  ],
  [
    'R-TPL-PARAM-5',
    'default in a currency',
    template([
      body({
        type: 'currency',
        currency: { fallback_value: 'x', default: 'x', code: 'USD', amount_1000: 1 },
      }),
    ]),
    '$.components[0].parameters[0].currency.default',
  ],
  [
    'R-TPL-PARAM-5',
    'default in a date_time',
    template([body({ type: 'date_time', date_time: { default: 'May 4', fallback_value: 'May 4' } })]),
    '$.components[0].parameters[0].date_time.default',
  ],
  [
    'R-TPL-PARAM-6',
    'an image parameter without image',
    template([header({ type: 'image' })]),
    '$.components[0].parameters[0].image',
  ],
  [
    'R-TPL-PARAM-8',
    'a location without latitude',
    template([header({ type: 'location', location: { longitude: 1 } })]),
    '$.components[0].parameters[0].location.latitude',
  ],
  [
    'R-TPL-PARAM-8',
    'a non-numeric latitude',
    template([header(location('north', 1))]),
    '$.components[0].parameters[0].location.latitude',
  ],
  [
    'R-TPL-BTN-2',
    'a button without sub_type',
    template([{ type: 'button', index: 0, parameters: [] }]),
    '$.components[0].sub_type',
  ],
  [
    'R-TPL-BTN-2',
    'an unknown sub_type',
    template([{ type: 'button', sub_type: 'call', index: 0, parameters: [] }]),
    '$.components[0].sub_type',
  ],
  ['R-TPL-BTN-4', 'index 10', template([quickReply(10)]), '$.components[0].index'],
  ['R-TPL-BTN-4', 'index "10"', template([quickReply('10')]), '$.components[0].index'],
  ['R-TPL-BTN-4', 'index -1', template([quickReply(-1)]), '$.components[0].index'],
  [
    'R-TPL-BTN-4',
    'a missing index',
    template([{ type: 'button', sub_type: 'quick_reply', parameters: [] }]),
    '$.components[0].index',
  ],
  [
    'R-TPL-BTN-4',
    '11 buttons',
    template(Array.from({ length: 11 }, (_, i) => quickReply(i % 10))),
    '$.components',
    10,
  ],
  [
    'R-TPL-BTN-6',
    'a button without parameters',
    template([{ type: 'button', sub_type: 'quick_reply', index: 0 }]),
    '$.components[0].parameters',
  ],
  [
    'R-TPL-BTN-7',
    'a button parameter without type',
    template([quickReply(0, [{ payload: 'p' }])]),
    '$.components[0].parameters[0].type',
  ],
  [
    'R-TPL-BTN-8',
    'a quick_reply with a text parameter',
    template([quickReply(0, [text('x')])]),
    '$.components[0].parameters[0].type',
  ],
  [
    'R-TPL-BTN-8',
    'a quick_reply without parameters',
    template([quickReply(0, [])]),
    '$.components[0].parameters',
  ],
  [
    'R-TPL-BTN-9',
    'a url button with a payload',
    template([
      { type: 'button', sub_type: 'url', index: 0, parameters: [{ type: 'payload', payload: 'p' }] },
    ]),
    '$.components[0].parameters[0].type',
  ],
  [
    'R-TPL-BTN-10',
    'a copy_code button with a text',
    template([{ type: 'button', sub_type: 'copy_code', index: 0, parameters: [text('x')] }]),
    '$.components[0].parameters[0].type',
  ],
];

describe('templateObjectSchema', () => {
  it.each(accepted)('%s accepts %s', (_rule, _what, value) => {
    expect(issuesOf(value)).toEqual([]);
  });

  it.each(rejected)('%s rejects %s', (rule, _what, value, path, limit) => {
    const expected: Partial<ValidationIssue> = { rule, path };
    if (limit !== undefined) expected.limit = limit;
    expect(issuesOf(value)).toContainEqual(expect.objectContaining(expected));
  });

  it('R-TPL-BTN-5 passes index and coordinates through unchanged (D-2)', () => {
    const value = template([header(location('37.483307', 122.148981)), quickReply('0'), quickReply(1)]);
    expect(templateObjectSchema.parse(value)).toStrictEqual(value);
  });
});

describe('dialects', () => {
  it('R-TPL-4 the Cloud schema rejects namespace; the On-Premises schema accepts it with or without', () => {
    const withNamespace = template(undefined, { namespace: 'ns' });
    expect(issuesOf(withNamespace, cloudTemplateObjectSchema)).toEqual([
      expect.objectContaining({ path: '$.namespace', rule: 'R-TPL-4' }),
    ]);
    expect(issuesOf(withNamespace, onPremTemplateObjectSchema)).toEqual([]);
    expect(issuesOf(template(), onPremTemplateObjectSchema)).toEqual([]);
  });

  it('R-TPL-3 both APIs take language.policy "deterministic" and nothing else (D-6)', () => {
    const value = template(undefined, { language: { code: 'en', policy: 'deterministic' } });
    expect(issuesOf(value, cloudTemplateObjectSchema)).toEqual([]);
    expect(issuesOf(value, onPremTemplateObjectSchema)).toEqual([]);
    const fallback = template(undefined, { language: { code: 'en', policy: 'fallback' } });
    for (const schema of [cloudTemplateObjectSchema, onPremTemplateObjectSchema]) {
      expect(issuesOf(fallback, schema)).toEqual([
        expect.objectContaining({ path: '$.language.policy', rule: 'R-TPL-3' }),
      ]);
    }
  });

  it('R-TPL-PARAM-8 location headers are Cloud only (C-15)', () => {
    const value = template([header(location(1, 2))]);
    expect(issuesOf(value, cloudTemplateObjectSchema)).toEqual([]);
    expect(issuesOf(value, onPremTemplateObjectSchema)).toEqual([
      expect.objectContaining({ path: '$.components[0].parameters[0].type', rule: 'R-TPL-PARAM-8' }),
    ]);
  });

  it('R-TPL-7 carousel and limited_time_offer components are Cloud only', () => {
    const offer = {
      type: 'limited_time_offer',
      parameters: [
        { type: 'limited_time_offer', limited_time_offer: { expiration_time_ms: 1_767_225_600_000 } },
      ],
    };
    expect(issuesOf(template([offer]), cloudTemplateObjectSchema)).toEqual([]);
    expect(issuesOf(template([offer]), onPremTemplateObjectSchema)).toEqual([
      expect.objectContaining({ path: '$.components[0].type', rule: 'R-TPL-7' }),
    ]);
  });

  it('R-TPL-PARAM-6 media parameters follow the media rules of each API (On-Premises provider)', () => {
    const value = template([
      header({
        type: 'document',
        document: { link: 'https://example.com/a.pdf', provider: { name: 'cdn' } },
      }),
    ]);
    expect(issuesOf(value, onPremTemplateObjectSchema)).toEqual([]);
    expect(issuesOf(value, cloudTemplateObjectSchema)).toContainEqual(
      expect.objectContaining({ rule: 'R-MEDIA-13' }),
    );
  });
});

describe('carousel components (Cloud)', () => {
  const card = (
    index: number,
    headerParameter: unknown = { type: 'image', image: { id: `img-${index}` } },
  ) => ({
    card_index: index,
    components: [
      header(headerParameter),
      body(text(`Card ${index}`)),
      quickReply(0, [{ type: 'payload', payload: `card-${index}` }]),
      { type: 'button', sub_type: 'url', index: 1, parameters: [text(`p/${index}`)] },
    ],
  });
  const carousel = (cards: unknown[]) => template([body(text('Spring sale')), { type: 'carousel', cards }]);

  it('accepts 2 to 10 cards with image or video headers', () => {
    expect(
      issuesOf(
        carousel([card(0), card(1, { type: 'video', video: { id: 'v' } })]),
        cloudTemplateObjectSchema,
      ),
    ).toEqual([]);
    expect(issuesOf(carousel(Array.from({ length: 10 }, (_, i) => card(i))))).toEqual([]);
  });

  it('rejects 1 or 11 cards, repeated card_index and text card headers', () => {
    expect(issuesOf(carousel([card(0)]))).toEqual([
      expect.objectContaining({ path: '$.components[1].cards', limit: 10 }),
    ]);
    expect(issuesOf(carousel(Array.from({ length: 11 }, (_, i) => card(i))))).toEqual([
      expect.objectContaining({ path: '$.components[1].cards', limit: 10 }),
    ]);
    expect(issuesOf(carousel([card(0), card(0)]))).toEqual([
      expect.objectContaining({ path: '$.components[1].cards[1].card_index' }),
    ]);
    expect(issuesOf(carousel([card(0), card(1, text('x'))]))).toEqual([
      expect.objectContaining({ path: '$.components[1].cards[1].components[0].parameters[0].type' }),
    ]);
  });
});

describe('§21 examples', () => {
  const templateOf = (name: string) => (fixture(name) as { template: unknown }).template;

  it.each([
    ['EX-18 (text template)', 'ex-18-text-template-message.json'],
    ['EX-20 (media template)', 'ex-20-media-template-message.json'],
    ['EX-21 (interactive template, string index)', 'ex-21-interactive-template-message.json'],
  ])('%s is accepted by the neutral, Cloud and On-Premises schemas', (_name, file) => {
    expect(issuesOf(templateOf(file))).toEqual([]);
    expect(issuesOf(templateOf(file), cloudTemplateObjectSchema)).toEqual([]);
    expect(issuesOf(templateOf(file), onPremTemplateObjectSchema)).toEqual([]);
  });

  it('EX-23 (location header template) is accepted by the neutral and Cloud schemas', () => {
    expect(issuesOf(templateOf('ex-23-location-template-message.json'))).toEqual([]);
    expect(issuesOf(templateOf('ex-23-location-template-message.json'), cloudTemplateObjectSchema)).toEqual(
      [],
    );
  });

  it.each([
    ['EX-3 (quick_reply button)', 'ex-03-quick-reply-button-component.json'],
    ['EX-4 (copy_code button)', 'ex-04-copy-code-button-component.json'],
  ])('%s is accepted as a component', (_name, file) => {
    const value = template([fixture(file)]);
    expect(issuesOf(value)).toEqual([]);
    expect(issuesOf(value, onPremTemplateObjectSchema)).toEqual([]);
  });

  it('EX-22 (location header component) is accepted with placeholder strings replaced by coordinates', () => {
    const component = fixture('ex-22-location-header-component.json') as {
      parameters: [{ location: Record<string, string> }];
    };
    // The syntax example holds "<LATITUDE>" placeholders; its table gives 37.483307 and 122.148981.
    expect(issuesOf(template([component]))).toEqual([
      expect.objectContaining({
        path: '$.components[0].parameters[0].location.latitude',
        rule: 'R-TPL-PARAM-8',
      }),
      expect.objectContaining({
        path: '$.components[0].parameters[0].location.longitude',
        rule: 'R-TPL-PARAM-8',
      }),
    ]);
    const location = { ...component.parameters[0].location, latitude: '37.483307', longitude: '122.148981' };
    expect(issuesOf(template([{ ...component, parameters: [{ type: 'location', location }] }]))).toEqual([]);
  });
});
