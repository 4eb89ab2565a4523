import { describe, expectTypeOf, it } from 'vitest';
import type { WebhookHandler } from './build-webhook-handler.ts';
import { createOnPremWebhookHandler } from './create-onprem-webhook-handler.ts';
import type { DedupeClaimResult, DedupeStore } from './dedupe-store.ts';
import type { WebhookReceiver } from './webhook-intake.ts';

describe('types of the intakes', () => {
  it('the On-Premises intake is a WebhookReceiver without verifyAndReceive, with narrowed listeners', () => {
    const onPrem = createOnPremWebhookHandler({ pathSecret: 'x'.repeat(24) });
    expectTypeOf(onPrem).toEqualTypeOf<WebhookReceiver>();
    expectTypeOf(onPrem).not.toHaveProperty('verifyAndReceive');
    onPrem.on('message.text', (event) => {
      expectTypeOf(event.message.text.body).toEqualTypeOf<string>();
    });
    expectTypeOf<WebhookHandler>().toExtend<WebhookReceiver>();
  });

  it('a DedupeStore may answer synchronously or asynchronously', () => {
    expectTypeOf<DedupeClaimResult>().toEqualTypeOf<'claimed' | 'duplicate' | 'in-progress'>();
    const asyncStore: DedupeStore = {
      claim: async (): Promise<DedupeClaimResult> => 'claimed',
      commit: async () => undefined,
      release: async () => undefined,
    };
    expectTypeOf(asyncStore.claim).returns.toEqualTypeOf<DedupeClaimResult | Promise<DedupeClaimResult>>();
    // @ts-expect-error the old boolean claim no longer fits
    const legacy: DedupeStore = { claim: () => true, commit: () => undefined, release: () => undefined };
    expectTypeOf(legacy).toEqualTypeOf<DedupeStore>();
  });
});
