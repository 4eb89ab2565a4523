import type { MessageText, TemplateInput, WhatsAppClient } from '@wa/schema';
import { describe, expectTypeOf, it } from 'vitest';
import type { CloudClient } from './cloud-client.ts';

/** The names of the function-valued members of `T`. */
type MethodNames<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];

describe('CloudClient and the shared WhatsAppClient contract', () => {
  it('has exactly the methods of WhatsAppClient (the On-Premises client has the same set)', () => {
    expectTypeOf<MethodNames<CloudClient>>().toEqualTypeOf<MethodNames<WhatsAppClient>>();
    expectTypeOf<CloudClient>().toExtend<WhatsAppClient>();
  });

  it('takes wa-tagged text and a template language written as in templateMessage', () => {
    expectTypeOf<CloudClient['sendText']>().parameter(1).toEqualTypeOf<MessageText>();
    expectTypeOf<CloudClient['sendTemplate']>().parameter(1).toEqualTypeOf<TemplateInput>();
    expectTypeOf<{ name: 'x'; language: 'en_US' }>().toExtend<TemplateInput>();
  });
});
