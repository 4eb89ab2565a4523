import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { OutgoingMessage } from '../outgoing-message.ts';
import { templateMessage } from '../template/template-message.ts';
import type { CloudInteractiveObject } from './cloud-interactive-object.ts';
import { flowMessage } from './flow-message.ts';
import type { InteractiveMessagePayload } from './interactive-message-payload.ts';
import type { InteractiveObject, InteractiveType, interactiveObjectSchema } from './interactive-object.ts';
import type { ListInteractive } from './list-interactive.ts';
import { listMessage } from './list-message.ts';
import type { OnPremInteractiveObject } from './onprem-interactive-object.ts';
import { replyButtonsMessage } from './reply-buttons-message.ts';

describe('InteractiveObject', () => {
  it('R-INT-1 narrows on type', () => {
    const handle = (interactive: InteractiveObject) => {
      if (interactive.type === 'list') {
        expectTypeOf(interactive.action.sections).toEqualTypeOf<
          {
            title?: string | undefined;
            rows: { id: string; title: string; description?: string | undefined }[];
          }[]
        >();
        expectTypeOf(interactive.action.button).toEqualTypeOf<string>();
      }
      if (interactive.type === 'flow') {
        expectTypeOf(interactive.action.name).toEqualTypeOf<'flow'>();
        expectTypeOf(interactive.action.parameters.flow_message_version).toEqualTypeOf<'3'>();
      }
      if (interactive.type === 'location_request_message') {
        expectTypeOf(interactive.action).toEqualTypeOf<{ name: 'send_location' }>();
      }
    };
    expectTypeOf(handle).toBeFunction();
    expectTypeOf<InteractiveType>().toEqualTypeOf<
      | 'list'
      | 'button'
      | 'product'
      | 'product_list'
      | 'catalog_message'
      | 'flow'
      | 'location_request_message'
      | 'cta_url'
      | 'address_message'
      | 'carousel'
      | 'voice_call'
      | 'call_permission_request'
      | 'request_contact_info'
      | 'order_details'
      | 'order_status'
    >();
    expectTypeOf<OnPremInteractiveObject['type']>().toEqualTypeOf<
      'list' | 'button' | 'product' | 'product_list' | 'catalog_message' | 'flow' | 'location_request_message'
    >();
    expectTypeOf<CloudInteractiveObject['type']>().toEqualTypeOf<InteractiveType>();
  });

  it('R-INT-LIST-9 a list header is a text header only', () => {
    expectTypeOf<NonNullable<ListInteractive['header']>>().toEqualTypeOf<{ type: 'text'; text: string }>();
  });

  it('R-INT-LIST-2 a list without sections does not compile', () => {
    // @ts-expect-error: sections are required
    const noSections: InteractiveObject = { type: 'list', body: { text: 'b' }, action: { button: 'Open' } };
    const productHeader: InteractiveObject = {
      type: 'product',
      // @ts-expect-error: a product message takes no header (R-INT-5)
      header: { type: 'text', text: 'h' },
      action: { catalog_id: 'c', product_retailer_id: 'p' },
    };
    const imageHeader: ListInteractive = {
      type: 'list',
      // @ts-expect-error: a list header is text only (R-INT-LIST-9)
      header: { type: 'image', image: { id: '1' } },
      body: { text: 'b' },
      action: { button: 'b', sections: [] },
    };
    expectTypeOf([noSections, productHeader, imageHeader]).toBeArray();
  });

  it('R-INT-FLOW-7 data_exchange takes no flow_action_payload (D-7)', () => {
    const parameters = { flow_message_version: '3', flow_token: 't', flow_id: 'f', flow_cta: 'Go' } as const;
    const ok: InteractiveObject = {
      type: 'flow',
      body: { text: 'b' },
      action: { name: 'flow', parameters: { ...parameters, flow_action: 'data_exchange' } },
    };
    const firstScreen: InteractiveObject = {
      type: 'flow',
      body: { text: 'b' },
      action: { name: 'flow', parameters: { ...parameters, flow_action: 'navigate' } },
    };
    const payloadWithDataExchange: InteractiveObject = {
      type: 'flow',
      body: { text: 'b' },
      // @ts-expect-error: data_exchange takes no flow_action_payload
      action: {
        name: 'flow',
        parameters: { ...parameters, flow_action: 'data_exchange', flow_action_payload: { screen: 'S' } },
      },
    };
    expectTypeOf([ok, firstScreen, payloadWithDataExchange]).toBeArray();
  });

  it('the inferred input and output types agree', () => {
    expectTypeOf<z.input<typeof interactiveObjectSchema>['type']>().toEqualTypeOf<InteractiveType>();
  });
});

describe('interactive builders', () => {
  it('return the narrowed payload', () => {
    const list = listMessage({ to: '1', body: 'b', button: 'Open', sections: [] });
    expectTypeOf(list).toEqualTypeOf<InteractiveMessagePayload<ListInteractive>>();
    expectTypeOf(list.interactive.type).toEqualTypeOf<'list'>();
  });

  it('reject wrong options', () => {
    // @ts-expect-error: buttons are required
    replyButtonsMessage({ to: '1', body: 'b' });
    // @ts-expect-error: navigate (the default) needs a screen
    flowMessage({ to: '1', body: 'b', flowId: 'f', flowToken: 't', flowCta: 'Go' });
    flowMessage({
      to: '1',
      body: 'b',
      flowId: 'f',
      flowToken: 't',
      flowCta: 'Go',
      flowAction: 'data_exchange',
      // @ts-expect-error: data_exchange takes no screen
      screen: 'S',
    });
  });
});

describe('builders and OutgoingMessage', () => {
  it('builder results are OutgoingMessage values', () => {
    expectTypeOf(
      listMessage({ to: '1', body: 'b', button: 'Open', sections: [] }),
    ).toExtend<OutgoingMessage>();
    expectTypeOf(templateMessage({ to: '1', name: 'n', language: 'en' })).toExtend<OutgoingMessage>();
  });
});
