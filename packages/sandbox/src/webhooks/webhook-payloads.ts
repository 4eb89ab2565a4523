import type { MessageStatus } from '../store/sandbox-store.ts';

/** Who the business is, for webhook envelopes. */
export interface BusinessIdentity {
  wabaId: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
}

/** A status change of a business message, in dialect-neutral form. */
export interface StatusEvent {
  messageId: string;
  recipientId: string;
  status: Exclude<MessageStatus, 'accepted'>;
  timestamp: number;
  /** The `biz_opaque_callback_data` of the send request (Cloud only, R-WH-7). */
  callbackData?: string | undefined;
  /** Template messages open a utility conversation; everything else a service conversation. */
  category: 'service' | 'utility' | 'marketing';
  /** The Cloud error code of a failure. */
  errorCode?: number | undefined;
}

/** A message the customer sent, already in webhook `messages[]` shape (same in both dialects). */
export interface InboundEvent {
  profileName: string;
  waId: string;
  message: Record<string, unknown>;
}

/** Titles of the delivery-failure codes the sandbox can inject (Cloud code → title). */
export const failureTitles: Readonly<Record<number, string>> = {
  131026: 'Message undeliverable',
  131047: 'Re-engagement message',
  131049: 'This message was not delivered to maintain healthy ecosystem engagement.',
  131050: 'User has stopped marketing messages',
  131000: 'Something went wrong',
};

const onPremTitles: Readonly<Record<number, string>> = {
  1026: 'Receiver is incapable of receiving this message',
  470: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number',
};

/** The On-Premises equivalent of a Cloud error code (131026 → 1026, R-ERR-2; 131047 → 470). */
export function onPremErrorCode(cloudCode: number): number {
  if (cloudCode === 131047) return 470;
  if (cloudCode >= 131_000 && cloudCode < 132_000) return cloudCode - 130_000;
  return cloudCode;
}

function conversationId(recipientId: string): string {
  // Stable per recipient: one conversation per customer is enough for a sandbox.
  return `sandbox${recipientId}`.padEnd(32, '0').slice(0, 32);
}

function cloudEnvelope(business: BusinessIdentity, value: Record<string, unknown>): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: business.wabaId,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: business.displayPhoneNumber,
                phone_number_id: business.phoneNumberId,
              },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

/**
 * A notification about the WhatsApp Business Account itself (templates and the like): the change's
 * `field` names it (`message_template_status_update`, …) and `value` has no `metadata`.
 */
export function cloudAccountPayload(
  business: BusinessIdentity,
  field: string,
  value: Record<string, unknown>,
  timestamp: number,
): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: business.wabaId, time: timestamp, changes: [{ field, value }] }],
  };
}

/** A Cloud API status notification (`entry[].changes[].value.statuses[]`). */
export function cloudStatusPayload(business: BusinessIdentity, event: StatusEvent): Record<string, unknown> {
  const status: Record<string, unknown> = {
    id: event.messageId,
    status: event.status,
    timestamp: String(event.timestamp),
    recipient_id: event.recipientId,
  };
  if (event.status === 'sent' || event.status === 'delivered') {
    status.conversation = {
      id: conversationId(event.recipientId),
      ...(event.status === 'sent' ? { expiration_timestamp: String(event.timestamp + 86_400) } : {}),
      origin: { type: event.category },
    };
    status.pricing = { billable: true, pricing_model: 'PMP', category: event.category, type: 'regular' };
  }
  if (event.callbackData !== undefined) status.biz_opaque_callback_data = event.callbackData;
  if (event.status === 'failed') {
    const code = event.errorCode ?? 131026;
    const title = failureTitles[code] ?? 'Message failed';
    status.errors = [
      { code, title, message: title, error_data: { details: `${title} (sandbox injected failure).` } },
    ];
  }
  return cloudEnvelope(business, { statuses: [status] });
}

/** A Cloud API inbound message notification (`value.contacts[]` + `value.messages[]`). */
export function cloudInboundPayload(
  business: BusinessIdentity,
  event: InboundEvent,
): Record<string, unknown> {
  return cloudEnvelope(business, {
    contacts: [{ profile: { name: event.profileName }, wa_id: event.waId }],
    messages: [event.message],
  });
}

/** An On-Premises status notification (`{ statuses: [...] }`, no envelope). */
export function onPremStatusPayload(event: StatusEvent): Record<string, unknown> {
  const status: Record<string, unknown> = {
    id: event.messageId,
    recipient_id: event.recipientId,
    status: event.status,
    timestamp: String(event.timestamp),
  };
  if (event.status === 'sent' || event.status === 'delivered') {
    status.conversation = { id: conversationId(event.recipientId), origin: { type: event.category } };
    status.pricing = { billable: true, pricing_model: 'CBP', category: event.category };
  }
  if (event.status === 'failed') {
    const code = onPremErrorCode(event.errorCode ?? 131026);
    status.errors = [
      { code, title: onPremTitles[code] ?? failureTitles[event.errorCode ?? 0] ?? 'Message failed' },
    ];
  }
  return { statuses: [status] };
}

/** An On-Premises inbound message notification (`{ contacts, messages }`, no envelope). */
export function onPremInboundPayload(event: InboundEvent): Record<string, unknown> {
  return {
    contacts: [{ profile: { name: event.profileName }, wa_id: event.waId }],
    messages: [event.message],
  };
}
