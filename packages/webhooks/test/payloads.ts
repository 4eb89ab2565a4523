import { createHmac } from 'node:crypto';

/** The app secret of the tests. */
export const APP_SECRET = 'test-app-secret-0123456789abcdef';
/** The verify token of the tests. */
export const VERIFY_TOKEN = 'test-verify-token';

/** Signs like Meta, independently of the package (node:crypto). */
export function sign(body: string | Uint8Array, secret: string = APP_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** A Cloud API `messages` change value with the metadata of the tests. */
export function cloudValue(parts: Record<string, unknown>): Record<string, unknown> {
  return {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550001111', phone_number_id: '106540352242922' },
    ...parts,
  };
}

/** A Cloud API notification with one entry and one `messages` change per value. */
export function cloudPayload(...values: Record<string, unknown>[]): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: values.map((value) => ({ field: 'messages', value })) }],
  };
}

/** A contact entry. */
export function contact(waId: string, name: string): Record<string, unknown> {
  return { profile: { name }, wa_id: waId };
}

/** An inbound text message. */
export function textMessage(id: string, body = 'Hello', from = '16505551234'): Record<string, unknown> {
  return { from, id, timestamp: '1749416383', type: 'text', text: { body } };
}

/** A status of a sent message. */
export function status(id: string, value: string, recipient = '16505551234'): Record<string, unknown> {
  return { id, status: value, timestamp: '1750857384', recipient_id: recipient };
}

/** A Cloud notification with text messages from one contact. */
export function textNotification(...ids: string[]): Record<string, unknown> {
  return cloudPayload(
    cloudValue({
      contacts: [contact('16505551234', 'Sheena Nelson')],
      messages: ids.map((id) => textMessage(id)),
    }),
  );
}

/** Sends a signed POST, as Meta does. */
export function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body), ...headers },
  });
}
