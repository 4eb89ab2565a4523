import { describe, expect, it } from 'vitest';
import { issuesOf, rulesOf } from './__fixtures__/issues-of.ts';
import { cloudMarkReadRequest, onPremMarkReadRequest } from './builders/mark-read-request.ts';
import { cloudMarkReadRequestSchema, onPremMarkReadRequestSchema } from './mark-read-request.ts';

describe('mark-as-read requests (D-12)', () => {
  it('R-REQ-21 builds and accepts the Cloud request, with and without typing indicator', () => {
    const plain = cloudMarkReadRequest('wamid.HBgL');
    expect(plain).toStrictEqual({ messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.HBgL' });
    const typing = cloudMarkReadRequest('wamid.HBgL', { typingIndicator: true });
    expect(typing).toStrictEqual({
      messaging_product: 'whatsapp',
      status: 'read',
      message_id: 'wamid.HBgL',
      typing_indicator: { type: 'text' },
    });
    expect(issuesOf(cloudMarkReadRequestSchema, plain)).toEqual([]);
    expect(issuesOf(cloudMarkReadRequestSchema, typing)).toEqual([]);
  });

  it('R-REQ-21 rejects another status, a missing message_id and an unknown typing indicator', () => {
    expect(
      rulesOf(cloudMarkReadRequestSchema, { messaging_product: 'whatsapp', status: 'delivered' }),
    ).toEqual(['$.status [R-REQ-21]', '$.message_id [R-REQ-21]']);
    expect(
      issuesOf(cloudMarkReadRequestSchema, {
        messaging_product: 'whatsapp',
        status: 'read',
        message_id: 'x',
        typing_indicator: { type: 'audio' },
      }),
    ).toHaveLength(1);
  });

  it('R-REQ-21 builds and accepts the On-Premises request body', () => {
    expect(onPremMarkReadRequest()).toStrictEqual({ status: 'read' });
    expect(issuesOf(onPremMarkReadRequestSchema, { status: 'read' })).toEqual([]);
    expect(rulesOf(onPremMarkReadRequestSchema, { status: 'read', message_id: 'x' })).toEqual([
      '$.message_id [-]',
    ]);
    expect(rulesOf(onPremMarkReadRequestSchema, {})).toEqual(['$.status [R-REQ-21]']);
  });
});
