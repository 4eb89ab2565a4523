import { describe, expect, it } from 'vitest';
import { cloudMessageStatusSchema } from './cloud/cloud-message-status.ts';
import {
  inboundMessageTypes,
  interactiveReplyTypes,
  messageStatusValues,
  onPremMessageStatusValues,
} from './event-kinds.ts';
import { inboundMessageSchema, knownInboundMessageTypes } from './messages/inbound-message.ts';
import { interactiveReplySchema } from './messages/interactive-reply.ts';
import { onPremMessageStatusSchema } from './onprem/onprem-message-status.ts';

/** The discriminant values a tolerant union (preprocess → discriminated union) accepts. */
function discriminants(schema: { def: { out: unknown } }): string[] {
  const union = schema.def.out as {
    _zod: { propValues: Record<string, Set<unknown>> };
    def: { discriminator: string };
  };
  return [...(union._zod.propValues[union.def.discriminator] ?? [])].map(String).sort();
}

describe('event kinds', () => {
  it.each([
    ['inboundMessageTypes', inboundMessageTypes, inboundMessageSchema],
    ['interactiveReplyTypes', interactiveReplyTypes, interactiveReplySchema],
    ['messageStatusValues', messageStatusValues, cloudMessageStatusSchema],
    ['onPremMessageStatusValues', onPremMessageStatusValues, onPremMessageStatusSchema],
  ])('R-WH-3 %s lists exactly the discriminants of its schema', (_name, list, schema) => {
    expect([...list].sort()).toEqual(discriminants(schema));
    expect(new Set(list).size).toBe(list.length);
  });

  it('R-WH-3 has one known type per listed type, plus the unknown fallback', () => {
    expect([...knownInboundMessageTypes, 'unknown'].sort()).toEqual([...inboundMessageTypes].sort());
  });

  it('R-WH-6 gives the event names the webhooks package builds', () => {
    const names = [
      ...inboundMessageTypes.map((type) => `message.${type}`),
      ...interactiveReplyTypes.map((type) => `message.interactive.${type}`),
      ...messageStatusValues.map((status) => `status.${status}`),
    ];
    expect(names).toEqual(
      expect.arrayContaining([
        'message.text',
        'message.interactive.list_reply',
        'status.delivered',
        'status.failed',
      ]),
    );
  });
});
