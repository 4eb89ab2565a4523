import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import type { ValidationIssue } from '../../errors/validation-error.ts';
import { issuesOf as issuesOfSchema } from '../__fixtures__/issues-of.ts';
import { cloudInteractiveObjectSchema } from './cloud-interactive-object.ts';
import { interactiveObjectSchema } from './interactive-object.ts';
import { onPremInteractiveObjectSchema } from './onprem-interactive-object.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8'));

function issuesOf(
  value: unknown,
  schema: z.ZodMiniType = interactiveObjectSchema,
): readonly ValidationIssue[] {
  return issuesOfSchema(schema, value);
}

/** A copy of `value` with the strings at the issues' paths cut to the issues' limits. */
function shortenAt(value: unknown, issues: readonly ValidationIssue[]): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  for (const { path, limit } of issues) {
    if (limit === undefined) continue;
    const keys = [...path.matchAll(/\.(\w+)|\[(\d+)\]/g)].map(([, key, index]) => key ?? Number(index));
    const last = keys.pop();
    let target = copy;
    for (const key of keys) target = target[key as string] as Record<string | number, unknown>;
    if (last !== undefined) target[last] = [...String(target[last])].slice(0, limit).join('');
  }
  return copy;
}

/** `n` emoji: n code points but 2n UTF-16 units, to prove limits count code points (D-1). */
const emoji = (n: number) => '😀'.repeat(n);
const row = (id: string, title = 'Row') => ({ id, title });
const rows = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => row(`${prefix}-${i}`));
const list = (action: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'list',
  body: { text: 'Pick a slot' },
  ...extra,
  action: { button: 'Slots', ...action },
});
const listSections = (sections: unknown[]) => list({ sections });
const button = (id: string, title: string) => ({ type: 'reply', reply: { id, title } });
const buttons = (list: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'button',
  body: { text: 'Keep your booking?' },
  ...extra,
  action: { buttons: list },
});
const product = (extra: Record<string, unknown> = {}, action: Record<string, unknown> = {}) => ({
  type: 'product',
  ...extra,
  action: { catalog_id: 'cat-1', product_retailer_id: 'sku-1', ...action },
});
const items = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ product_retailer_id: `sku-${i}` }));
const productList = (sections: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'product_list',
  header: { type: 'text', text: 'Summer picks' },
  body: { text: 'Our favourites' },
  ...extra,
  action: { catalog_id: 'cat-1', sections },
});
const flowParameters = {
  flow_message_version: '3',
  flow_token: 'token-1',
  flow_id: 'flow-1',
  flow_cta: 'Book',
};
const flow = (parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'flow',
  body: { text: 'Book a table' },
  ...extra,
  action: { name: 'flow', parameters },
});
const navigate = { flow_action_payload: { screen: 'WELCOME' } };
const catalog = (extra: Record<string, unknown> = {}, action: Record<string, unknown> = {}) => ({
  type: 'catalog_message',
  body: { text: 'Browse our shop' },
  ...extra,
  action: { name: 'catalog_message', ...action },
});
const locationRequest = (extra: Record<string, unknown> = {}) => ({
  type: 'location_request_message',
  body: { type: 'text', text: 'Where should we deliver?' },
  action: { name: 'send_location' },
  ...extra,
});
const ctaUrl = (parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'cta_url',
  body: { text: 'Your invoice is ready' },
  ...extra,
  action: {
    name: 'cta_url',
    parameters: { display_text: 'Open invoice', url: 'https://example.com/i/42', ...parameters },
  },
});
const imageHeader = { type: 'image', image: { id: 'media-1' } };

/** [rule, what, value] for values the schema must accept. */
const accepted: [string, string, unknown][] = [
  ['R-INT-1', 'each interactive type', list({ sections: [{ rows: [row('a')] }] })],
  [
    'R-INT-2',
    'header, body, footer and action',
    list(
      { sections: [{ rows: [row('a')] }] },
      { header: { type: 'text', text: 'Menu' }, footer: { text: 'Thanks' } },
    ),
  ],
  ['R-INT-4', 'a product_list with a text header', productList([{ product_items: items(1) }])],
  ['R-INT-5', 'a product without header', product()],
  ['R-INT-6', 'a product without body', product()],
  [
    'R-INT-7',
    'a body of 1024 emoji',
    list({ sections: [{ rows: [row('a')] }] }, { body: { text: emoji(1024) } }),
  ],
  [
    'R-INT-8',
    'a footer of 60 emoji',
    list({ sections: [{ rows: [row('a')] }] }, { footer: { text: emoji(60) } }),
  ],
  ['R-INT-ACT-1', 'the fixed action names', catalog()],
  [
    'R-INT-HDR-2',
    'a text header on a Flows message (C-28)',
    flow({ ...flowParameters, ...navigate }, { header: { type: 'text', text: 'Book' } }),
  ],
  ['R-INT-HDR-3', 'an image header on reply buttons', buttons([button('a', 'Yes')], { header: imageHeader })],
  [
    'R-INT-HDR-4',
    'a text header of 60 emoji',
    buttons([button('a', 'Yes')], { header: { type: 'text', text: emoji(60) } }),
  ],
  [
    'R-INT-LIST-1',
    'a button label of 20 emoji',
    list({ button: emoji(20), sections: [{ rows: [row('a')] }] }),
  ],
  [
    'R-INT-LIST-2',
    '10 sections',
    listSections(Array.from({ length: 10 }, (_, i) => ({ title: `S${i}`, rows: [row(`r${i}`)] }))),
  ],
  ['R-INT-LIST-3', 'one untitled section', listSections([{ rows: [row('a')] }])],
  [
    'R-INT-LIST-3',
    'a section title of 24 emoji',
    listSections([
      { title: emoji(24), rows: [row('a')] },
      { title: 'B', rows: [row('b')] },
    ]),
  ],
  [
    'R-INT-LIST-5',
    '10 rows across 2 sections',
    listSections([
      { title: 'A', rows: rows(6, 'a') },
      { title: 'B', rows: rows(4, 'b') },
    ]),
  ],
  ['R-INT-LIST-6', 'a row title of 24 emoji', listSections([{ rows: [row('a', emoji(24))] }])],
  ['R-INT-LIST-7', 'a row id of 200 emoji', listSections([{ rows: [row(emoji(200))] }])],
  [
    'R-INT-LIST-8',
    'a row description of 72 emoji',
    listSections([{ rows: [{ ...row('a'), description: emoji(72) }] }]),
  ],
  ['R-INT-BTN-2', '3 buttons', buttons([button('a', 'A'), button('b', 'B'), button('c', 'C')])],
  ['R-INT-BTN-4', 'a title of 20 emoji', buttons([button('a', emoji(20))])],
  ['R-INT-BTN-5', 'an id of 256 emoji', buttons([button(emoji(256), 'A')])],
  ['R-INT-BTN-6', 'an id with an inner space', buttons([button('a b', 'A')])],
  [
    'R-INT-BTN-8',
    'a document header',
    buttons([button('a', 'A')], {
      header: { type: 'document', document: { link: 'https://example.com/a.pdf', filename: 'a.pdf' } },
    }),
  ],
  ['R-INT-PROD-2', 'a product_retailer_id of 100 emoji', product({}, { product_retailer_id: emoji(100) })],
  ['R-INT-PROD-3', 'a product with body and footer', product({ body: { text: 'b' }, footer: { text: 'f' } })],
  [
    'R-INT-PL-4',
    '10 sections of 3 products',
    productList(Array.from({ length: 10 }, (_, i) => ({ title: `S${i}`, product_items: items(3) }))),
  ],
  [
    'R-INT-PL-5',
    'a section title of 24 emoji',
    productList([
      { title: emoji(24), product_items: items(1) },
      { title: 'B', product_items: items(1) },
    ]),
  ],
  [
    'R-INT-PL-7',
    '30 products across 2 sections',
    productList([
      { title: 'A', product_items: items(15) },
      { title: 'B', product_items: items(15) },
    ]),
  ],
  [
    'R-INT-PL-8',
    'a product_retailer_id of 100 emoji',
    productList([{ product_items: [{ product_retailer_id: emoji(100) }] }]),
  ],
  ['R-INT-CAT-2', 'a catalog message without thumbnail (D-10)', catalog()],
  [
    'R-INT-CAT-2',
    'a catalog message with thumbnail',
    catalog({}, { parameters: { thumbnail_product_retailer_id: 'sku-1' } }),
  ],
  ['R-INT-CAT-3', 'a catalog message with a footer', catalog({ footer: { text: 'f' } })],
  [
    'R-INT-FLOW-5',
    'a flow_cta of 20 characters',
    flow({ ...flowParameters, flow_cta: 'x'.repeat(20), ...navigate }),
  ],
  ['R-INT-FLOW-6', 'flow_action navigate', flow({ ...flowParameters, flow_action: 'navigate', ...navigate })],
  [
    'R-INT-FLOW-7',
    'data_exchange without payload',
    flow({ ...flowParameters, flow_action: 'data_exchange' }),
  ],
  [
    'R-INT-FLOW-7',
    'navigate without payload: the Flow opens at its first screen (D-7)',
    flow({ ...flowParameters, flow_action: 'navigate' }),
  ],
  ['R-INT-FLOW-7', 'no flow_action and no payload (D-7)', flow({ ...flowParameters })],
  [
    'R-INT-FLOW-3',
    'no flow_token (the Cloud API defaults it)',
    flow({ ...flowParameters, flow_token: undefined, ...navigate }),
  ],
  [
    'R-INT-FLOW-4',
    'flow_name instead of flow_id',
    flow({ ...flowParameters, flow_id: undefined, flow_name: 'booking', ...navigate }),
  ],
  [
    'R-INT-FLOW-9',
    'non-empty data',
    flow({ ...flowParameters, flow_action_payload: { screen: 'S', data: { a: 1 } } }),
  ],
  ['R-INT-FLOW-10', 'mode draft', flow({ ...flowParameters, mode: 'draft', ...navigate })],
  ['R-INT-LOCREQ-2', 'a body without type (C-17)', locationRequest({ body: { text: 'Where?' } })],
  [
    'R-INT-LOCREQ-2',
    'a body of 1024 emoji (D-18)',
    locationRequest({ body: { type: 'text', text: emoji(1024) } }),
  ],
  ['R-INT-LOCREQ-1', 'a location_request_message', locationRequest()],
  ['R-INT-LOCREQ-3', 'action send_location', locationRequest()],
  [
    'R-INT-ACT-1',
    'a Cloud cta_url message with a display text of 20 emoji',
    ctaUrl({ display_text: emoji(20) }, { header: imageHeader, footer: { text: 'f' } }),
  ],
  [
    'R-INT-ACT-1',
    'a Cloud address_message',
    {
      type: 'address_message',
      body: { text: 'Your address?' },
      action: { name: 'address_message', parameters: { country: 'IN' } },
    },
  ],
];

/** [rule, what, value, path of the issue, limit] for values the schema must reject. */
const rejected: [string, string, unknown, string, number?][] = [
  ['R-INT-1', 'a missing type', { body: { text: 'b' }, action: {} }, '$.type'],
  ['R-INT-1', 'an unknown type', { type: 'lists', body: { text: 'b' }, action: {} }, '$.type'],
  ['R-INT-3', 'a missing action', { type: 'list', body: { text: 'b' } }, '$.action'],
  [
    'R-INT-4',
    'a product_list without header',
    { ...productList([{ product_items: items(1) }]), header: undefined },
    '$.header',
  ],
  ['R-INT-5', 'a product with a header', product({ header: { type: 'text', text: 'h' } }), '$.header'],
  [
    'R-INT-6',
    'a list without body',
    { type: 'list', action: { button: 'b', sections: [{ rows: [row('a')] }] } },
    '$.body',
  ],
  [
    'R-INT-7',
    'a body of 1025 emoji',
    list({ sections: [{ rows: [row('a')] }] }, { body: { text: emoji(1025) } }),
    '$.body.text',
    1024,
  ],
  ['R-INT-7', 'a body without text', list({ sections: [{ rows: [row('a')] }] }, { body: {} }), '$.body.text'],
  [
    'R-INT-8',
    'a footer of 61 emoji',
    list({ sections: [{ rows: [row('a')] }] }, { footer: { text: emoji(61) } }),
    '$.footer.text',
    60,
  ],
  [
    'R-INT-ACT-1',
    'a wrong cta_url action name',
    {
      ...ctaUrl({}),
      action: { name: 'url', parameters: { display_text: 'Go', url: 'https://example.com' } },
    },
    '$.action.name',
  ],
  [
    'R-INT-HDR-1',
    'an audio header',
    buttons([button('a', 'A')], { header: { type: 'audio', audio: { id: '1' } } }),
    '$.header.type',
  ],
  [
    'R-INT-HDR-3',
    'an image header on a Flows message',
    flow({ ...flowParameters, ...navigate }, { header: imageHeader }),
    '$.header.type',
  ],
  [
    'R-INT-HDR-4',
    'a text header of 61 emoji',
    buttons([button('a', 'A')], { header: { type: 'text', text: emoji(61) } }),
    '$.header.text',
    60,
  ],
  [
    'R-INT-HDR-4',
    'a text header without text',
    buttons([button('a', 'A')], { header: { type: 'text' } }),
    '$.header.text',
  ],
  [
    'R-INT-HDR-5',
    'an image header without image',
    buttons([button('a', 'A')], { header: { type: 'image' } }),
    '$.header.image',
  ],
  [
    'R-INT-LIST-1',
    'a button label of 21 emoji',
    list({ button: emoji(21), sections: [{ rows: [row('a')] }] }),
    '$.action.button',
    20,
  ],
  [
    'R-INT-LIST-1',
    'an empty button label',
    list({ button: '', sections: [{ rows: [row('a')] }] }),
    '$.action.button',
  ],
  [
    'R-INT-LIST-2',
    '11 sections',
    listSections(Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, rows: [row(`r${i}`)] }))),
    '$.action.sections',
    10,
  ],
  ['R-INT-LIST-2', 'no sections', listSections([]), '$.action.sections', 10],
  ['R-INT-LIST-2', 'missing sections', list({}), '$.action.sections'],
  [
    'R-INT-LIST-3',
    'an untitled section among two',
    listSections([{ title: 'A', rows: [row('a')] }, { rows: [row('b')] }]),
    '$.action.sections[1].title',
  ],
  [
    'R-INT-LIST-3',
    'a section title of 25 emoji',
    listSections([{ title: emoji(25), rows: [row('a')] }]),
    '$.action.sections[0].title',
    24,
  ],
  ['R-INT-LIST-4', 'a section without rows', listSections([{ rows: [] }]), '$.action.sections[0].rows'],
  [
    'R-INT-LIST-4',
    'a section with rows missing',
    listSections([{ title: 'A' }]),
    '$.action.sections[0].rows',
  ],
  [
    'R-INT-LIST-5',
    '11 rows across 2 sections',
    listSections([
      { title: 'A', rows: rows(6, 'a') },
      { title: 'B', rows: rows(5, 'b') },
    ]),
    '$.action.sections',
    10,
  ],
  [
    'R-INT-LIST-6',
    'a row title of 25 emoji',
    listSections([{ rows: [row('a', emoji(25))] }]),
    '$.action.sections[0].rows[0].title',
    24,
  ],
  [
    'R-INT-LIST-7',
    'a row id of 201 emoji',
    listSections([{ rows: [row(emoji(201))] }]),
    '$.action.sections[0].rows[0].id',
    200,
  ],
  [
    'R-INT-LIST-7',
    'a row id repeated across sections (D-8)',
    listSections([
      { title: 'A', rows: [row('x')] },
      { title: 'B', rows: [row('x')] },
    ]),
    '$.action.sections[1].rows[0].id',
  ],
  [
    'R-INT-LIST-8',
    'a row description of 73 emoji',
    listSections([{ rows: [{ ...row('a'), description: emoji(73) }] }]),
    '$.action.sections[0].rows[0].description',
    72,
  ],
  [
    'R-INT-LIST-9',
    'an image header on a list',
    list({ sections: [{ rows: [row('a')] }] }, { header: imageHeader }),
    '$.header.type',
  ],
  ['R-INT-BTN-1', 'missing buttons', { type: 'button', body: { text: 'b' }, action: {} }, '$.action.buttons'],
  [
    'R-INT-BTN-2',
    '4 buttons',
    buttons([button('a', 'A'), button('b', 'B'), button('c', 'C'), button('d', 'D')]),
    '$.action.buttons',
    3,
  ],
  ['R-INT-BTN-2', 'no buttons', buttons([]), '$.action.buttons', 3],
  [
    'R-INT-BTN-3',
    'a button of type url',
    buttons([{ type: 'url', reply: { id: 'a', title: 'A' } }]),
    '$.action.buttons[0].type',
  ],
  [
    'R-INT-BTN-4',
    'a title of 21 emoji',
    buttons([button('a', emoji(21))]),
    '$.action.buttons[0].reply.title',
    20,
  ],
  ['R-INT-BTN-4', 'an empty title', buttons([button('a', '')]), '$.action.buttons[0].reply.title'],
  [
    'R-INT-BTN-4',
    'titles equal after trimming',
    buttons([button('a', 'Yes'), button('b', ' Yes')]),
    '$.action.buttons[1].reply.title',
  ],
  [
    'R-INT-BTN-5',
    'an id of 257 emoji',
    buttons([button(emoji(257), 'A')]),
    '$.action.buttons[0].reply.id',
    256,
  ],
  [
    'R-INT-BTN-5',
    'a repeated id (D-8)',
    buttons([button('a', 'A'), button('a', 'B')]),
    '$.action.buttons[1].reply.id',
  ],
  ['R-INT-BTN-6', 'an id with a leading space', buttons([button(' a', 'A')]), '$.action.buttons[0].reply.id'],
  [
    'R-INT-BTN-6',
    'an id with a trailing space',
    buttons([button('a ', 'A')]),
    '$.action.buttons[0].reply.id',
  ],
  [
    'R-INT-BTN-7',
    'a flat button (C-11)',
    buttons([{ type: 'reply', id: 'a', title: 'A' }]),
    '$.action.buttons[0].reply',
  ],
  [
    'R-INT-PROD-1',
    'a missing catalog_id',
    { type: 'product', action: { product_retailer_id: 'sku' } },
    '$.action.catalog_id',
  ],
  [
    'R-INT-PROD-2',
    'a product_retailer_id of 101 emoji',
    product({}, { product_retailer_id: emoji(101) }),
    '$.action.product_retailer_id',
    100,
  ],
  [
    'R-INT-PL-1',
    'an image header on a product_list',
    productList([{ product_items: items(1) }], { header: imageHeader }),
    '$.header.type',
  ],
  [
    'R-INT-PL-2',
    'a product_list without body',
    { ...productList([{ product_items: items(1) }]), body: undefined },
    '$.body',
  ],
  [
    'R-INT-PL-3',
    'a product_list without catalog_id',
    { ...productList([]), action: { sections: [{ product_items: items(1) }] } },
    '$.action.catalog_id',
  ],
  [
    'R-INT-PL-4',
    '11 sections',
    productList(Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, product_items: items(1) }))),
    '$.action.sections',
    10,
  ],
  [
    'R-INT-PL-5',
    'an untitled section among two',
    productList([{ title: 'A', product_items: items(1) }, { product_items: items(1) }]),
    '$.action.sections[1].title',
  ],
  [
    'R-INT-PL-5',
    'a section title of 25 emoji',
    productList([{ title: emoji(25), product_items: items(1) }]),
    '$.action.sections[0].title',
    24,
  ],
  [
    'R-INT-PL-6',
    'a section without products',
    productList([{ product_items: [] }]),
    '$.action.sections[0].product_items',
  ],
  [
    'R-INT-PL-7',
    '31 products across 2 sections',
    productList([
      { title: 'A', product_items: items(16) },
      { title: 'B', product_items: items(15) },
    ]),
    '$.action.sections',
    30,
  ],
  [
    'R-INT-PL-8',
    'a product_retailer_id of 101 emoji',
    productList([{ product_items: [{ product_retailer_id: emoji(101) }] }]),
    '$.action.sections[0].product_items[0].product_retailer_id',
    100,
  ],
  ['R-INT-CAT-1', 'a wrong action name', catalog({}, { name: 'catalog' }), '$.action.name'],
  [
    'R-INT-CAT-2',
    'a non-string thumbnail',
    catalog({}, { parameters: { thumbnail_product_retailer_id: 42 } }),
    '$.action.parameters.thumbnail_product_retailer_id',
  ],
  [
    'R-INT-CAT-3',
    'a catalog message without body',
    { type: 'catalog_message', action: { name: 'catalog_message' } },
    '$.body',
  ],
  [
    'R-INT-FLOW-1',
    'a wrong action name',
    {
      ...flow({ ...flowParameters, ...navigate }),
      action: { name: 'flows', parameters: { ...flowParameters, ...navigate } },
    },
    '$.action.name',
  ],
  [
    'R-INT-FLOW-1',
    'Flow fields directly under action (C-13)',
    { ...flow({}), action: { name: 'flow' } },
    '$.action.parameters',
  ],
  [
    'R-INT-FLOW-2',
    'flow_message_version "2"',
    flow({ ...flowParameters, flow_message_version: '2', ...navigate }),
    '$.action.parameters.flow_message_version',
  ],
  [
    'R-INT-FLOW-2',
    'flow_message_version as the number 3',
    flow({ ...flowParameters, flow_message_version: 3, ...navigate }),
    '$.action.parameters.flow_message_version',
  ],
  [
    'R-INT-FLOW-3',
    'an empty flow_token',
    flow({ ...flowParameters, flow_token: '', ...navigate }),
    '$.action.parameters.flow_token',
  ],
  [
    'R-INT-FLOW-4',
    'both flow_id and flow_name',
    flow({ ...flowParameters, flow_name: 'booking', ...navigate }),
    '$.action.parameters.flow_name',
  ],
  [
    'R-INT-FLOW-4',
    'a missing flow_id',
    flow({ ...flowParameters, flow_id: undefined, ...navigate }),
    '$.action.parameters.flow_id',
  ],
  [
    'R-INT-FLOW-5',
    'a flow_cta of 21 characters',
    flow({ ...flowParameters, flow_cta: 'x'.repeat(21), ...navigate }),
    '$.action.parameters.flow_cta',
    20,
  ],
  [
    'R-INT-FLOW-5',
    'a flow_cta with an emoji',
    flow({ ...flowParameters, flow_cta: 'Book 📅', ...navigate }),
    '$.action.parameters.flow_cta',
  ],
  [
    'R-INT-FLOW-6',
    'an unknown flow_action',
    flow({ ...flowParameters, flow_action: 'open', ...navigate }),
    '$.action.parameters.flow_action',
  ],
  [
    'R-INT-FLOW-7',
    'data_exchange with a payload',
    flow({ ...flowParameters, flow_action: 'data_exchange', ...navigate }),
    '$.action.parameters.flow_action_payload',
  ],
  [
    'R-INT-FLOW-8',
    'a payload without screen',
    flow({ ...flowParameters, flow_action_payload: {} }),
    '$.action.parameters.flow_action_payload.screen',
  ],
  [
    'R-INT-FLOW-9',
    'empty data',
    flow({ ...flowParameters, flow_action_payload: { screen: 'S', data: {} } }),
    '$.action.parameters.flow_action_payload.data',
  ],
  [
    'R-INT-FLOW-10',
    'an unknown mode',
    flow({ ...flowParameters, mode: 'live', ...navigate }),
    '$.action.parameters.mode',
  ],
  [
    'R-INT-1',
    'a misspelled location_request_message type (R-INT-LOCREQ-1)',
    { ...locationRequest(), type: 'location_request' },
    '$.type',
  ],
  [
    'R-INT-LOCREQ-2',
    'a location request without body',
    { type: 'location_request_message', action: { name: 'send_location' } },
    '$.body',
  ],
  [
    'R-INT-7',
    'a location request body of 1025 emoji (D-18)',
    locationRequest({ body: { text: emoji(1025) } }),
    '$.body.text',
    1024,
  ],
  [
    'R-INT-LOCREQ-3',
    'a wrong action name',
    locationRequest({ action: { name: 'location' } }),
    '$.action.name',
  ],
];

describe('interactiveObjectSchema', () => {
  it.each(accepted)('%s accepts %s', (_rule, _what, value) => {
    expect(issuesOf(value)).toEqual([]);
  });

  it.each(rejected)('%s rejects %s', (rule, _what, value, path, limit) => {
    const expected: Partial<ValidationIssue> = { rule, path };
    if (limit !== undefined) expected.limit = limit;
    expect(issuesOf(value)).toContainEqual(expect.objectContaining(expected));
  });

  it('R-INT-1 accepts every interactive type and narrows on it', () => {
    const values = [
      list({ sections: [{ rows: [row('a')] }] }),
      buttons([button('a', 'A')]),
      product(),
      productList([{ product_items: items(1) }]),
      catalog(),
      flow({ ...flowParameters, ...navigate }),
      locationRequest(),
      ctaUrl({}),
    ];
    expect(values.map((value) => interactiveObjectSchema.parse(value).type)).toEqual([
      'list',
      'button',
      'product',
      'product_list',
      'catalog_message',
      'flow',
      'location_request_message',
      'cta_url',
    ]);
  });

  it('R-INT-8 and R-INT-LIST-6 count code points, not UTF-16 units', () => {
    expect('😀'.repeat(60).length).toBe(120);
    expect(
      issuesOf(list({ sections: [{ rows: [row('a', emoji(24))] }] }, { footer: { text: emoji(60) } })),
    ).toEqual([]);
  });

  it('D-10 rejects a header on catalog and location request messages', () => {
    const header = { type: 'text', text: 'h' };
    expect(issuesOf(catalog({ header }))).toContainEqual(expect.objectContaining({ path: '$.header' }));
    expect(issuesOf(locationRequest({ header }))).toContainEqual(
      expect.objectContaining({ path: '$.header' }),
    );
  });

  it('lists every problem of a message at once, each with its path and rule', () => {
    const value = listSections([
      { title: emoji(25), rows: [row('x', emoji(25))] },
      { rows: [row('x'), ...rows(10, 'b')] },
    ]);
    expect(issuesOf(value).map((issue) => `${issue.rule} ${issue.path}`)).toEqual([
      'R-INT-LIST-3 $.action.sections[0].title',
      'R-INT-LIST-6 $.action.sections[0].rows[0].title',
      'R-INT-LIST-3 $.action.sections[1].title',
      'R-INT-LIST-7 $.action.sections[1].rows[0].id',
      'R-INT-LIST-5 $.action.sections',
    ]);
  });

  it('says what is wrong and what is allowed', () => {
    const value = listSections([
      { title: 'A', rows: rows(6, 'a') },
      { title: 'B', rows: rows(5, 'b') },
    ]);
    expect(issuesOf(value)).toEqual([
      {
        path: '$.action.sections',
        rule: 'R-INT-LIST-5',
        limit: 10,
        message: 'has 11 rows across all sections; at most 10 are allowed',
      },
    ]);
  });

  it('passes valid values through unchanged', () => {
    const value = flow({
      ...flowParameters,
      flow_action_payload: { screen: 'S', data: { n: 1, nested: { a: [1] } } },
    });
    expect(interactiveObjectSchema.parse(value)).toStrictEqual(value);
  });
});

describe('§21 examples', () => {
  const interactiveOf = (name: string) => (fixture(name) as { interactive: unknown }).interactive;

  it.each([
    ['EX-12 (single product)', 'ex-12-product-message.json'],
    ['EX-13 (multi-product)', 'ex-13-product-list-message.json'],
    ['EX-14 (catalog)', 'ex-14-catalog-message.json'],
    ['EX-15 (Flows)', 'ex-15-flow-message.json'],
  ])('%s is accepted by the neutral, Cloud and On-Premises schemas', (_name, file) => {
    const interactive = interactiveOf(file);
    expect(issuesOf(interactive)).toEqual([]);
    expect(issuesOf(interactive, cloudInteractiveObjectSchema)).toEqual([]);
    expect(issuesOf(interactive, onPremInteractiveObjectSchema)).toEqual([]);
  });

  it('EX-29 (location request) is accepted', () => {
    expect(issuesOf(fixture('ex-29-location-request-interactive.json'))).toEqual([]);
  });

  // Some placeholders of the API's own examples are longer than the limits the same page documents
  // (e.g. "your-section-title-content-here" is 31 characters; section titles allow 24). The shape is
  // accepted; the only problems are those placeholder lengths, and shortened placeholders pass.
  it.each([
    [
      'EX-10 (list)',
      (fixture('ex-10-list-message.json') as { interactive: unknown }).interactive,
      [
        'R-INT-LIST-1 $.action.button',
        'R-INT-LIST-3 $.action.sections[0].title',
        'R-INT-LIST-3 $.action.sections[1].title',
      ],
    ],
    [
      'EX-11 / EX-28 (reply buttons)',
      (fixture('ex-11-reply-buttons-message.json') as { interactive: unknown }).interactive,
      ['R-INT-BTN-4 $.action.buttons[1].reply.title'],
    ],
    [
      'EX-25 (list)',
      fixture('ex-25-list-interactive.json'),
      ['R-INT-LIST-3 $.action.sections[0].title', 'R-INT-LIST-3 $.action.sections[1].title'],
    ],
    [
      'EX-27 (reply-button action)',
      { type: 'button', body: { text: 'b' }, action: fixture('ex-27-reply-buttons-action.json') },
      ['R-INT-BTN-4 $.action.buttons[1].reply.title'],
    ],
  ])(
    '%s is accepted apart from placeholders longer than the documented limits',
    (_name, interactive, expected) => {
      const issues = issuesOf(interactive);
      expect(issues.map((issue) => `${issue.rule} ${issue.path}`)).toEqual(expected);
      expect(issuesOf(shortenAt(interactive, issues))).toEqual([]);
      expect(issuesOf(shortenAt(interactive, issues), cloudInteractiveObjectSchema)).toEqual([]);
      expect(issuesOf(shortenAt(interactive, issues), onPremInteractiveObjectSchema)).toEqual([]);
    },
  );

  const headers = Object.entries(fixture('ex-11a-f-reply-button-headers.json') as Record<string, unknown>);

  it.each(headers)(
    '%s / EX-26 (reply-button header) is accepted by the neutral and On-Premises schemas',
    (_name, header) => {
      const value = buttons([button('a', 'A')], { header });
      expect(issuesOf(value)).toEqual([]);
      expect(issuesOf(value, onPremInteractiveObjectSchema)).toEqual([]);
    },
  );

  it('EX-11b, d and f (media provider) are On-Premises only: the Cloud schema rejects them', () => {
    const withProvider = headers.filter(([name]) => ['EX-11b', 'EX-11d', 'EX-11f'].includes(name));
    expect(withProvider).toHaveLength(3);
    for (const [, header] of withProvider) {
      expect(issuesOf(buttons([button('a', 'A')], { header }), cloudInteractiveObjectSchema)).toContainEqual(
        expect.objectContaining({ rule: 'R-MEDIA-13' }),
      );
    }
  });

  it('EX-24 and EX-30 are structural skeletons with empty objects and are rejected', () => {
    expect(
      issuesOf((fixture('ex-24-interactive-skeleton.json') as { interactive: unknown }).interactive),
    ).not.toEqual([]);
    expect(
      issuesOf((fixture('ex-30-interactive-envelope.json') as { interactive: unknown }).interactive),
    ).not.toEqual([]);
  });

  it('C-5 rejects the "Header" typo of the seed multi-product example', () => {
    const issues = issuesOf(interactiveOf('c-05-product-list-header-typo.json'));
    expect(issues).toContainEqual({
      path: '$.Header',
      message: 'is not a known field here; did you mean "header"?',
    });
    expect(issues).toContainEqual(expect.objectContaining({ path: '$.header', rule: 'R-INT-4' }));
  });
});

describe('dialects', () => {
  it('the On-Premises schema has no cta_url or address_message (Cloud only)', () => {
    expect(issuesOf(ctaUrl({}), cloudInteractiveObjectSchema)).toEqual([]);
    expect(issuesOf(ctaUrl({}), onPremInteractiveObjectSchema)).toContainEqual(
      expect.objectContaining({ path: '$.type', rule: 'R-INT-1' }),
    );
  });

  it('cta_url checks its display text (20 characters) and URL', () => {
    expect(issuesOf(ctaUrl({ display_text: emoji(21), url: 'ftp://example.com' }))).toEqual([
      expect.objectContaining({ path: '$.action.parameters.display_text', limit: 20 }),
      expect.objectContaining({ path: '$.action.parameters.url' }),
    ]);
  });
});
