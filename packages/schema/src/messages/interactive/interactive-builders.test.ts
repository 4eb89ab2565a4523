import { describe, expect, it } from 'vitest';
import { catalogMessage } from './catalog-message.ts';
import { cloudInteractiveObjectSchema } from './cloud-interactive-object.ts';
import { ctaUrlMessage } from './cta-url-message.ts';
import { flowMessage } from './flow-message.ts';
import { interactiveObjectSchema } from './interactive-object.ts';
import { listMessage } from './list-message.ts';
import { locationRequestMessage } from './location-request-message.ts';
import { onPremInteractiveObjectSchema } from './onprem-interactive-object.ts';
import { productListMessage } from './product-list-message.ts';
import { productMessage } from './product-message.ts';
import { replyButtonsMessage } from './reply-buttons-message.ts';

const to = '15551234567';

describe('interactive builders', () => {
  it('listMessage builds a valid list message (R-INT-LIST-1)', () => {
    const message = listMessage({
      to,
      header: 'Delivery',
      body: 'Pick a slot',
      footer: 'Times are local',
      button: 'Slots',
      sections: [
        { title: 'Monday', rows: [{ id: 'mon-am', title: 'Morning', description: '8–12' }] },
        { title: 'Tuesday', rows: [{ id: 'tue-am', title: 'Morning' }] },
      ],
    });
    expect(message).toStrictEqual({
      to,
      type: 'interactive',
      interactive: {
        type: 'list',
        header: { type: 'text', text: 'Delivery' },
        body: { text: 'Pick a slot' },
        footer: { text: 'Times are local' },
        action: {
          button: 'Slots',
          sections: [
            { title: 'Monday', rows: [{ id: 'mon-am', title: 'Morning', description: '8–12' }] },
            { title: 'Tuesday', rows: [{ id: 'tue-am', title: 'Morning' }] },
          ],
        },
      },
    });
    expect(interactiveObjectSchema.parse(message.interactive)).toStrictEqual(message.interactive);
  });

  it('builders do not validate at call time; the schema does (R-INT-LIST-5)', () => {
    const rows = Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` }));
    const message = listMessage({ to, body: 'b', button: 'Open', sections: [{ rows }] });
    expect(message.interactive.action.sections[0]?.rows).toHaveLength(11);
    expect(interactiveObjectSchema.safeParse(message.interactive).success).toBe(false);
  });

  it('replyButtonsMessage wraps each button as { type: "reply", reply } (R-INT-BTN-7)', () => {
    const message = replyButtonsMessage({
      to,
      body: 'Keep your booking?',
      header: { type: 'image', image: { link: 'https://example.com/table.jpg' } },
      buttons: [
        { id: 'keep', title: 'Keep it' },
        { id: 'cancel', title: 'Cancel' },
      ],
    });
    expect(message.interactive).toStrictEqual({
      type: 'button',
      header: { type: 'image', image: { link: 'https://example.com/table.jpg' } },
      body: { text: 'Keep your booking?' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'keep', title: 'Keep it' } },
          { type: 'reply', reply: { id: 'cancel', title: 'Cancel' } },
        ],
      },
    });
    expect(cloudInteractiveObjectSchema.safeParse(message.interactive).success).toBe(true);
    expect(
      replyButtonsMessage({ to, body: 'b', header: 'Hi', buttons: [{ id: 'a', title: 'A' }] }).interactive
        .header,
    ).toEqual({ type: 'text', text: 'Hi' });
  });

  it('productMessage and productListMessage build valid product messages (R-INT-PROD-2, R-INT-PL-8)', () => {
    const single = productMessage({ to, catalogId: 'cat', productRetailerId: 'sku-1', body: 'Today only' });
    expect(single.interactive).toStrictEqual({
      type: 'product',
      body: { text: 'Today only' },
      action: { catalog_id: 'cat', product_retailer_id: 'sku-1' },
    });
    const multi = productListMessage({
      to,
      header: 'Picks',
      body: 'Favourites',
      catalogId: 'cat',
      sections: [
        { title: 'A', productRetailerIds: ['sku-1', 'sku-2'] },
        { title: 'B', productRetailerIds: ['sku-3'] },
      ],
    });
    expect(multi.interactive.action.sections).toStrictEqual([
      { title: 'A', product_items: [{ product_retailer_id: 'sku-1' }, { product_retailer_id: 'sku-2' }] },
      { title: 'B', product_items: [{ product_retailer_id: 'sku-3' }] },
    ]);
    for (const message of [single, multi]) {
      expect(onPremInteractiveObjectSchema.safeParse(message.interactive).success).toBe(true);
    }
  });

  it('catalogMessage sets action.name "catalog_message" (R-INT-CAT-1)', () => {
    expect(
      catalogMessage({ to, body: 'Shop', thumbnailProductRetailerId: 'sku-1' }).interactive,
    ).toStrictEqual({
      type: 'catalog_message',
      body: { text: 'Shop' },
      action: { name: 'catalog_message', parameters: { thumbnail_product_retailer_id: 'sku-1' } },
    });
    expect(interactiveObjectSchema.safeParse(catalogMessage({ to, body: 'Shop' }).interactive).success).toBe(
      true,
    );
  });

  it('flowMessage puts the Flow fields in action.parameters with version "3" (R-INT-FLOW-1, R-INT-FLOW-2)', () => {
    const navigate = flowMessage({
      to,
      body: 'Book a table',
      flowId: 'flow-1',
      flowToken: 'token-1',
      flowCta: 'Book',
      screen: 'BOOKING',
      data: { party: 2 },
    });
    expect(navigate.interactive.action).toStrictEqual({
      name: 'flow',
      parameters: {
        flow_message_version: '3',
        flow_token: 'token-1',
        flow_id: 'flow-1',
        flow_cta: 'Book',
        flow_action_payload: { screen: 'BOOKING', data: { party: 2 } },
      },
    });
    const exchange = flowMessage({
      to,
      body: 'Book',
      flowId: 'f',
      flowToken: 't',
      flowCta: 'Go',
      flowAction: 'data_exchange',
      mode: 'draft',
    });
    expect(exchange.interactive.action.parameters).toStrictEqual({
      mode: 'draft',
      flow_message_version: '3',
      flow_token: 't',
      flow_id: 'f',
      flow_cta: 'Go',
      flow_action: 'data_exchange',
    });
    for (const message of [navigate, exchange]) {
      expect(interactiveObjectSchema.safeParse(message.interactive).success).toBe(true);
    }
  });

  it('locationRequestMessage builds the send_location request (R-INT-LOCREQ-3)', () => {
    expect(locationRequestMessage({ to, body: 'Where to?' })).toStrictEqual({
      to,
      type: 'interactive',
      interactive: {
        type: 'location_request_message',
        body: { type: 'text', text: 'Where to?' },
        action: { name: 'send_location' },
      },
    });
  });

  it('ctaUrlMessage builds a Cloud cta_url message', () => {
    const message = ctaUrlMessage({
      to,
      body: 'Invoice',
      displayText: 'Open',
      url: 'https://example.com/i/1',
      footer: 'f',
    });
    expect(message.interactive).toStrictEqual({
      type: 'cta_url',
      body: { text: 'Invoice' },
      footer: { text: 'f' },
      action: { name: 'cta_url', parameters: { display_text: 'Open', url: 'https://example.com/i/1' } },
    });
    expect(cloudInteractiveObjectSchema.safeParse(message.interactive).success).toBe(true);
  });
});
