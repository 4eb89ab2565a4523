import type { ContextObject } from '../context/context-object.ts';

/**
 * Who receives a message: a phone number or WhatsApp ID (`to`), or on the Cloud API a business-scoped user
 * ID as `{ recipient: 'US.13491208655302741918' }`.
 */
export type MessageRecipient = string | { readonly recipient: string };

/** Options every message builder accepts. */
export interface MessageOptions {
  /** Cloud API only: the ID (`wamid.…`) of the message this one replies to (sets `context`, R-REQ-18). */
  replyTo?: string | undefined;
  /** Cloud API only: a tracking string of at most 512 characters, echoed back in status webhooks (R-REQ-17). */
  bizOpaqueCallbackData?: string | undefined;
}

/** The fields a builder puts around the payload. */
export interface MessageEnvelope {
  /** The recipient's phone number or WhatsApp ID. */
  to?: string;
  /** Cloud API only: the recipient's business-scoped user ID. */
  recipient?: string;
  /** Cloud API only: the message replied to. */
  context?: ContextObject;
  /** Cloud API only: the tracking string echoed back in status webhooks. */
  biz_opaque_callback_data?: string;
}

/** Builds the fields around the payload from a recipient and builder options. */
export function messageEnvelope(
  recipient: MessageRecipient,
  options: MessageOptions | undefined,
): MessageEnvelope {
  const envelope: MessageEnvelope =
    typeof recipient === 'string' ? { to: recipient } : { recipient: recipient.recipient };
  if (options?.replyTo !== undefined) envelope.context = { message_id: options.replyTo };
  if (options?.bizOpaqueCallbackData !== undefined)
    envelope.biz_opaque_callback_data = options.bizOpaqueCallbackData;
  return envelope;
}
