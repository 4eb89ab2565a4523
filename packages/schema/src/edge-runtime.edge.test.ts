import {
  CloudSendRequest,
  safeValidate,
  textMessage,
  toCloudSendRequest,
  toOnPremSendRequest,
  ValidationError,
} from '@wa/schema';
import { describe, expect, it } from 'vitest';

describe('@wa/schema on an edge runtime (@edge-runtime/vm)', () => {
  it('runs in the edge context, where Node globals are absent', () => {
    expect(typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime).toBe('string');
    expect(typeof process).toBe('undefined');
    expect(typeof Buffer).toBe('undefined');
    expect('setImmediate' in globalThis).toBe(false);
  });

  it('converts a text message for the Cloud API and the On-Premises API', () => {
    const message = textMessage('15551234567', 'Your order shipped: https://example.com/t/1', {
      previewUrl: true,
    });
    expect(toCloudSendRequest(message)).toStrictEqual({
      messaging_product: 'whatsapp',
      to: '15551234567',
      type: 'text',
      text: { body: 'Your order shipped: https://example.com/t/1', preview_url: true },
    });
    expect(toOnPremSendRequest(message)).toStrictEqual({
      to: '15551234567',
      type: 'text',
      preview_url: true,
      text: { body: 'Your order shipped: https://example.com/t/1' },
    });
  });

  it('R-REQ-18 reports reply context sent to the On-Premises API as a ValidationError', () => {
    let caught: unknown;
    try {
      toOnPremSendRequest({ to: '15551234567', text: { body: 'Hi' }, context: { message_id: 'wamid.HBgL' } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(ValidationError.isInstance(caught)).toBe(true);
    const error = caught as ValidationError;
    expect(error.code).toBe('WA_VALIDATION_ERROR');
    expect(error.message).toMatch(/^\[@wa\/schema\] /);
    expect(error.issues).toContainEqual(expect.objectContaining({ path: '$.context', rule: 'R-REQ-18' }));
  });

  it('R-REQ-6 safeValidate names the missing messaging_product of a Cloud request', () => {
    const result = safeValidate(
      CloudSendRequest,
      { to: '15551234567', text: { body: 'Hi' } },
      'Cloud send request',
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toContainEqual(
      expect.objectContaining({ path: '$.messaging_product', rule: 'R-REQ-6' }),
    );
  });
});
