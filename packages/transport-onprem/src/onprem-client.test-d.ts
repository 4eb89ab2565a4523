import type { MessageText, TemplateInput, WhatsAppClient, WithMessageText } from '@wa/schema';
import { describe, expectTypeOf, it } from 'vitest';
import type { OnPremClient, OnPremHealth, OnPremSendResult } from './onprem-client.ts';

/** The names of the function-valued members of `T`. */
type MethodNames<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];

describe('OnPremClient and the shared WhatsAppClient contract', () => {
  it('has exactly the methods of WhatsAppClient (the Cloud client has the same set)', () => {
    expectTypeOf<MethodNames<OnPremClient>>().toEqualTypeOf<MethodNames<WhatsAppClient>>();
    expectTypeOf<OnPremClient>().toExtend<WhatsAppClient>();
    expectTypeOf<OnPremClient>().toExtend<WhatsAppClient<OnPremSendResult, OnPremHealth>>();
  });

  it('takes wa-tagged text and a template language written as in templateMessage', () => {
    expectTypeOf<OnPremClient['sendText']>().parameter(1).toEqualTypeOf<MessageText>();
    expectTypeOf<OnPremClient['sendTemplate']>().parameter(1).toEqualTypeOf<WithMessageText<TemplateInput>>();
  });
});
