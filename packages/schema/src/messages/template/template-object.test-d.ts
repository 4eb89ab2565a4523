import { describe, expectTypeOf, it } from 'vitest';
import type { CloudTemplateObject } from './cloud-template-object.ts';
import type { HsmObject } from './hsm-object.ts';
import type { OnPremTemplateObject } from './onprem-template-object.ts';
import type { TemplateButtonComponent, TemplateButtonIndex } from './template-button-component.ts';
import type { TemplateComponent } from './template-component.ts';
import { templateMessage } from './template-message.ts';
import type { TemplateObject } from './template-object.ts';
import type { TemplateBodyParameter } from './template-parameter.ts';
import { currency, quickReplyButton } from './template-parameters.ts';

describe('TemplateObject', () => {
  it('R-TPL-1 a template without name does not compile', () => {
    // @ts-expect-error: name is required
    const noName: TemplateObject = { language: { code: 'en' } };
    // @ts-expect-error: language is an object (R-TPL-2)
    const stringLanguage: TemplateObject = { name: 'n', language: 'en' };
    expectTypeOf([noName, stringLanguage]).toBeArray();
  });

  it('R-TPL-7 narrows components on type and buttons on sub_type', () => {
    const handle = (component: TemplateComponent) => {
      if (component.type === 'button' && component.sub_type === 'quick_reply') {
        expectTypeOf(component.parameters).toEqualTypeOf<{ type: 'payload'; payload: string }[]>();
      }
      if (component.type === 'carousel') {
        expectTypeOf<(typeof component.cards)[number]['card_index']>().toEqualTypeOf<number>();
      }
    };
    expectTypeOf(handle).toBeFunction();
  });

  it('R-TPL-BTN-4 index is 0–9 as a number or a one-digit string (D-2)', () => {
    expectTypeOf<0>().toExtend<TemplateButtonIndex>();
    expectTypeOf<'9'>().toExtend<TemplateButtonIndex>();
    expectTypeOf<10>().not.toExtend<TemplateButtonIndex>();
    // @ts-expect-error: 10 is not a button position
    quickReplyButton(10, 'p');
  });

  it('R-TPL-PARAM-1 a location is a header parameter only', () => {
    expectTypeOf<Extract<TemplateBodyParameter, { type: 'location' }>>().toBeNever();
  });

  it('R-TPL-4 namespace is On-Premises only; R-TPL-3 language.policy is on both (D-6)', () => {
    expectTypeOf<CloudTemplateObject['namespace']>().toEqualTypeOf<undefined>();
    expectTypeOf<NonNullable<OnPremTemplateObject['namespace']>>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<OnPremTemplateObject['language']['policy']>>().toEqualTypeOf<'deterministic'>();
    expectTypeOf<NonNullable<CloudTemplateObject['language']['policy']>>().toEqualTypeOf<'deterministic'>();
    expectTypeOf<OnPremTemplateObject['components']>().toEqualTypeOf<
      | Extract<
          TemplateComponent,
          { type: 'header' | 'body' | 'footer' | 'button' | 'HEADER' | 'BODY' | 'FOOTER' | 'BUTTON' }
        >[]
      | undefined
    >();
  });

  it('R-HSM-3 an hsm without element_name does not compile', () => {
    // @ts-expect-error: element_name is required
    const hsm: HsmObject = { namespace: 'ns', language: { code: 'en' }, localizable_params: [] };
    expectTypeOf(hsm).toBeObject();
  });
});

describe('template builders', () => {
  it('take strings or parameters and button components', () => {
    const message = templateMessage({
      to: '1',
      name: 'n',
      language: 'en',
      body: ['Ada', currency('$1', 'USD', 1000)],
      buttons: [quickReplyButton(0, 'p')],
    });
    expectTypeOf(message.template).toEqualTypeOf<TemplateObject>();
    expectTypeOf(quickReplyButton(0, 'p')).toEqualTypeOf<TemplateButtonComponent>();
    // @ts-expect-error: name is required
    templateMessage({ to: '1', language: 'en' });
  });
});
