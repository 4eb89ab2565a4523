import { signPayload } from '@wa/webhooks';

/** What {@link deliverLikeMeta} went through. */
export interface MetaDelivery {
  /** POSTs made, the first included. */
  attempts: number;
  /** True when one of them got 200. */
  acknowledged: boolean;
}

/**
 * Delivers a webhook body the way Meta does: signed, and retried after anything but a 200 (a non-2xx
 * answer, a cut connection) with growing pauses, up to `maxAttempts`.
 */
export async function deliverLikeMeta(
  url: string,
  body: string,
  appSecret: string,
  maxAttempts = 40,
): Promise<MetaDelivery> {
  const signature = await signPayload(body, appSecret);
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      if (response.status === 200) return { attempts: attempt, acknowledged: true };
    } catch {
      // A cut connection: retry, as Meta does.
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(250, 10 * attempt)));
  }
  return { attempts: maxAttempts, acknowledged: false };
}

/** A Cloud notification with one inbound text message. */
export function messageNotification(messageId: string): string {
  return notification({
    contacts: [{ profile: { name: 'Fault Suite' }, wa_id: '16505551234' }],
    messages: [
      { from: '16505551234', id: messageId, timestamp: '1750000000', type: 'text', text: { body: 'hi' } },
    ],
  });
}

/** A Cloud notification with one status of a sent message. */
export function statusNotification(messageId: string, status: string): string {
  return notification({
    statuses: [{ id: messageId, status, timestamp: '1750000001', recipient_id: '16505551234' }],
  });
}

function notification(value: Record<string, unknown>): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550001111', phone_number_id: '106540352242922' },
              ...value,
            },
          },
        ],
      },
    ],
  });
}
