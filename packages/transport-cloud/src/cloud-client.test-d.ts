import type { FormattedText } from '@wa/format';
import type { MessageText, TemplateInput, WhatsAppClient, WithMessageText } from '@wa/schema';
import { describe, expectTypeOf, it } from 'vitest';
import type { CloudClient } from './cloud-client.ts';
import type { CloudTemplateManagement } from './cloud-template-management.ts';

/** The names of the function-valued members of `T`. */
type MethodNames<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];

describe('CloudClient and the shared WhatsAppClient contract', () => {
  it('has the methods of WhatsAppClient, and template management on top (Cloud only)', () => {
    expectTypeOf<MethodNames<CloudClient>>().toEqualTypeOf<
      MethodNames<WhatsAppClient> | MethodNames<CloudTemplateManagement>
    >();
    expectTypeOf<Extract<MethodNames<WhatsAppClient>, MethodNames<CloudTemplateManagement>>>().toBeNever();
    expectTypeOf<CloudClient>().toExtend<WhatsAppClient>();
  });

  it('takes wa-tagged text and a template language written as in templateMessage', () => {
    expectTypeOf<CloudClient['sendText']>().parameter(1).toEqualTypeOf<MessageText>();
    expectTypeOf<CloudClient['sendTemplate']>().parameter(1).toEqualTypeOf<WithMessageText<TemplateInput>>();
    expectTypeOf<{ name: 'x'; language: 'en_US' }>().toExtend<TemplateInput>();
  });
});

describe('WithMessageText', () => {
  it('accepts a FormattedText in text fields only', () => {
    type Image = WithMessageText<{ id: string; caption?: string | undefined }>;
    expectTypeOf<{ id: '1'; caption: FormattedText }>().toExtend<Image>();
    expectTypeOf<{ id: FormattedText }>().not.toExtend<Image>();
    type Interactive = WithMessageText<{ body: { text: string }; action: { button: string } }>;
    expectTypeOf<{ body: { text: FormattedText }; action: { button: 'Menu' } }>().toExtend<Interactive>();
    expectTypeOf<{ body: { text: 'x' }; action: { button: FormattedText } }>().not.toExtend<Interactive>();
  });
});
