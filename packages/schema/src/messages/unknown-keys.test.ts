import { describe, expect, it } from 'vitest';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.ts';
import { suggestKey } from '../validation/suggest-key.ts';
import type { OutgoingMessage } from './outgoing-message.ts';
import { toCloudSendRequest } from './to-cloud-send-request.ts';
import { toOnPremSendRequest } from './to-onprem-send-request.ts';

function issuesOf(convert: () => unknown): readonly ValidationIssue[] {
  try {
    convert();
  } catch (error) {
    if (ValidationError.isInstance(error)) return error.issues;
    throw error;
  }
  return [];
}

/** A message with a case variant of a known key, written as a user would by mistake. */
const headerTypo = {
  to: '15551234567',
  type: 'interactive',
  interactive: {
    type: 'button',
    Header: { type: 'text', text: 'Booking' },
    body: { text: 'Keep your booking?' },
    action: { buttons: [{ type: 'reply', reply: { id: 'keep', title: 'Keep it' } }] },
  },
} as unknown as OutgoingMessage;

describe('unknown keys', () => {
  it('are rejected by default, with a "did you mean" for a case variant', () => {
    expect(issuesOf(() => toCloudSendRequest(headerTypo))).toStrictEqual([
      {
        path: '$.interactive.Header',
        message: 'is not a known field here; did you mean "header"?',
      },
    ]);
  });

  it.each([
    ['previewUrl', 'preview_url'],
    ['Body', 'body'],
    ['catalog_idd', 'catalog_id'],
    ['messaging_produt', 'messaging_product'],
  ])('suggest %s → %s', (key, expected) => {
    expect(
      suggestKey(key, ['body', 'preview_url', 'catalog_id', 'messaging_product', 'product_retailer_id']),
    ).toBe(expected);
  });

  it('suggest nothing for a key unlike every known one', () => {
    expect(suggestKey('weather', ['body', 'preview_url'])).toBeUndefined();
    const issues = issuesOf(() =>
      toCloudSendRequest({ to: '15551234567', text: { body: 'Hi' }, weather: 'sunny' } as never),
    );
    expect(issues).toStrictEqual([
      { path: '$.weather', message: 'is not a known field here (check its spelling)' },
    ]);
  });

  it("are sent as given with unknownKeys: 'allow' (Cloud)", () => {
    const message = {
      to: '15551234567',
      text: { body: 'Hi', future_flag: true },
      future_field: { a: 1 },
    } as unknown as OutgoingMessage;
    expect(toCloudSendRequest(message, { unknownKeys: 'allow' })).toStrictEqual({
      messaging_product: 'whatsapp',
      to: '15551234567',
      text: { body: 'Hi', future_flag: true },
      future_field: { a: 1 },
    });
  });

  it("still check every known field with unknownKeys: 'allow' (R-TEXT-2, R-REQ-17)", () => {
    const message = {
      to: '15551234567',
      text: { body: 'x'.repeat(4097), future_flag: true },
      biz_opaque_callback_data: 'y'.repeat(513),
      future_field: 1,
    } as unknown as OutgoingMessage;
    const issues = issuesOf(() => toCloudSendRequest(message, { unknownKeys: 'allow' }));
    expect(issues.map((issue) => `${issue.path} [${issue.rule ?? '-'}]`).sort()).toStrictEqual([
      '$.biz_opaque_callback_data [R-REQ-17]',
      '$.text.body [R-TEXT-2]',
    ]);
  });

  it("are sent as given with unknownKeys: 'allow' (On-Premises), keeping the other options", () => {
    const message = {
      to: '15551234567',
      text: { body: 'See https://example.com', preview_url: true },
      ttl: 60,
    } as unknown as OutgoingMessage;
    expect(issuesOf(() => toOnPremSendRequest(message, { clientVersion: '2.53.1' }))).toStrictEqual([
      { path: '$.ttl', message: 'is not a known field here (check its spelling)' },
    ]);
    expect(toOnPremSendRequest(message, { clientVersion: '2.53.1', unknownKeys: 'allow' })).toStrictEqual({
      to: '15551234567',
      preview_url: true,
      text: { body: 'See https://example.com' },
      ttl: 60,
    });
  });

  it("keep On-Premises rules with unknownKeys: 'allow' (R-REQ-18)", () => {
    const message = {
      to: '15551234567',
      text: { body: 'Hi' },
      context: { message_id: 'wamid.A' },
      ttl: 60,
    } as unknown as OutgoingMessage;
    expect(
      issuesOf(() => toOnPremSendRequest(message, { unknownKeys: 'allow' })).map((issue) => issue.rule),
    ).toStrictEqual(['R-REQ-18']);
  });

  it('reject a policy that is neither "reject" nor "allow"', () => {
    const issues = issuesOf(() =>
      toCloudSendRequest({ to: '1', text: { body: 'Hi' } }, { unknownKeys: 'ignore' as never }),
    );
    expect(issues).toStrictEqual([{ path: '$.unknownKeys', message: 'must be "reject" or "allow"' }]);
  });
});
