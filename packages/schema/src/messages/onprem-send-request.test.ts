import { describe, expect, it } from 'vitest';
import { issuesOf, rulesOf } from './__fixtures__/issues-of.ts';
import { onPremSendRequestSchema } from './onprem-send-request.ts';

const text = { to: 'whatsapp-id', type: 'text', text: { body: 'Hello' } } as const;

describe('On-Premises send request', () => {
  it('R-REQ-1 requires a non-empty to (no business-scoped recipient on the On-Premises API)', () => {
    expect(issuesOf(onPremSendRequestSchema, { text: { body: 'x' } })).toEqual([
      { path: '$.to', rule: 'R-REQ-1', message: 'is required' },
    ]);
    expect(rulesOf(onPremSendRequestSchema, { ...text, to: '' })).toEqual(['$.to [R-REQ-1]']);
    expect(issuesOf(onPremSendRequestSchema, { ...text, recipient: 'US.1' })).toEqual([
      {
        path: '$.recipient',
        message: 'only the Cloud API accepts a business-scoped user ID; use "to"',
        rule: undefined,
        limit: undefined,
      },
    ]);
  });

  it('R-REQ-4 accepts a text message without type', () => {
    expect(issuesOf(onPremSendRequestSchema, { to: '1', text: { body: 'x' } })).toEqual([]);
  });

  it('R-REQ-6 rejects messaging_product on the On-Premises API', () => {
    expect(issuesOf(onPremSendRequestSchema, { ...text, messaging_product: 'whatsapp' })).toEqual([
      { path: '$.messaging_product', rule: 'R-REQ-6', message: 'only the Cloud API uses messaging_product' },
    ]);
  });

  it('R-REQ-17 rejects biz_opaque_callback_data on the On-Premises API', () => {
    expect(rulesOf(onPremSendRequestSchema, { ...text, biz_opaque_callback_data: 'x' })).toEqual([
      '$.biz_opaque_callback_data [R-REQ-17]',
    ]);
  });

  it('R-REQ-18 rejects reply context on the On-Premises API', () => {
    expect(issuesOf(onPremSendRequestSchema, { ...text, context: { message_id: 'MESSAGE_ID' } })).toEqual([
      { path: '$.context', rule: 'R-REQ-18', message: 'only the Cloud API supports reply context' },
    ]);
  });

  it.each([true, false])('R-REQ-20 accepts a top-level preview_url %s on a text message', (previewUrl) => {
    expect(issuesOf(onPremSendRequestSchema, { ...text, preview_url: previewUrl })).toEqual([]);
  });

  it('R-REQ-20 (C-2) accepts a text message without preview_url', () => {
    expect(issuesOf(onPremSendRequestSchema, text)).toEqual([]);
  });

  it('R-REQ-20 rejects preview_url on other message types, inside text, and when not a boolean', () => {
    expect(
      rulesOf(onPremSendRequestSchema, { to: '1', type: 'image', image: { id: '1' }, preview_url: true }),
    ).toEqual(['$.preview_url [R-REQ-20]']);
    expect(rulesOf(onPremSendRequestSchema, { ...text, text: { body: 'x', preview_url: true } })).toEqual([
      '$.text.preview_url [R-REQ-20]',
    ]);
    expect(issuesOf(onPremSendRequestSchema, { ...text, preview_url: 'true' })).toHaveLength(1);
  });

  it('R-REQ-19 accepts the legacy hsm type (D-5)', () => {
    const hsm = {
      namespace: 'business_a_namespace',
      element_name: 'hello_world',
      language: { policy: 'deterministic', code: 'en' },
      localizable_params: [{ default: 'Ada' }],
    };
    const issues = issuesOf(onPremSendRequestSchema, { to: '1', type: 'hsm', hsm });
    expect(issues.filter((issue) => issue.path === '$.type')).toEqual([]);
    expect(rulesOf(onPremSendRequestSchema, { to: '1', type: 'hsm' })).toEqual(['$.hsm [R-REQ-19]']);
  });

  it('rejects reaction messages, which only the Cloud API has', () => {
    expect(
      issuesOf(onPremSendRequestSchema, {
        to: '1',
        type: 'reaction',
        reaction: { message_id: 'x', emoji: '👍' },
      }),
    ).toEqual([
      {
        path: '$.type',
        message: 'only the Cloud API supports reaction messages',
        rule: undefined,
        limit: undefined,
      },
    ]);
  });

  it('R-MEDIA-11 rejects a document caption; R-MEDIA-13 accepts a provider with a link', () => {
    expect(
      rulesOf(onPremSendRequestSchema, { to: '1', type: 'document', document: { id: '1', caption: 'c' } }),
    ).toEqual(['$.document.caption [R-MEDIA-11]']);
    expect(
      issuesOf(onPremSendRequestSchema, {
        to: '1',
        type: 'document',
        document: { link: 'https://the-url', provider: { name: 'provider-name' }, filename: 'a.pdf' },
      }),
    ).toEqual([]);
  });
});
