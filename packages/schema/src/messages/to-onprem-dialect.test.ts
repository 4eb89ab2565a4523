import { describe, expect, it } from 'vitest';
import type { OutgoingMessage } from './outgoing-message.ts';
import { toOnPremDialect } from './to-onprem-send-request.ts';

describe('toOnPremDialect', () => {
  it('R-REQ-20 moves text.preview_url to the top level and keeps the rest unvalidated', () => {
    const message = {
      to: '15551234567',
      type: 'text',
      text: { body: 'x'.repeat(5000), preview_url: false },
    } as OutgoingMessage;
    expect(toOnPremDialect(message)).toStrictEqual({
      to: '15551234567',
      type: 'text',
      preview_url: false,
      text: { body: 'x'.repeat(5000) },
    });
    expect(message.text).toStrictEqual({ body: 'x'.repeat(5000), preview_url: false });
  });

  it('R-REQ-20 leaves a message without text.preview_url as it is', () => {
    const message = { to: '15551234567', type: 'image', image: { id: '1' } } as OutgoingMessage;
    expect(toOnPremDialect(message)).toStrictEqual(message);
  });
});
