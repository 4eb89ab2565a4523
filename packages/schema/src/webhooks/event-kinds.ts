/**
 * The discriminant values of the webhook unions, as constant lists. `@wa/webhooks` builds its event
 * names from them: `message.<type>` (`message.text`, `message.unknown`), `message.interactive.<reply type>`
 * (`message.interactive.list_reply`) and `status.<status>` (`status.delivered`, `status.failed`).
 * Each list is checked against its schema's discriminants, so adding a variant without listing it here
 * (or the reverse) fails the type check.
 *
 * @module
 */
import type { CloudMessageStatus } from './cloud/cloud-message-status.ts';
import type { InboundMessage } from './messages/inbound-message.ts';
import type { InteractiveReply } from './messages/interactive-reply.ts';
import type { OnPremMessageStatus } from './onprem/onprem-message-status.ts';

/** Every `type` an inbound message can have after parsing; `unknown` is the fallback for newer types. */
export const inboundMessageTypes = [
  'text',
  'image',
  'audio',
  'video',
  'document',
  'sticker',
  'location',
  'contacts',
  'interactive',
  'button',
  'reaction',
  'order',
  'system',
  'unsupported',
  'unknown',
] as const satisfies readonly InboundMessage['type'][];

/** The `type` of an inbound message. */
export type InboundMessageType = (typeof inboundMessageTypes)[number];

/** Every `interactive.type` of a reply to an interactive message; `unknown` is the fallback. */
export const interactiveReplyTypes = [
  'button_reply',
  'list_reply',
  'nfm_reply',
  'unknown',
] as const satisfies readonly InteractiveReply['type'][];

/** The `type` of an interactive reply. */
export type InteractiveReplyType = (typeof interactiveReplyTypes)[number];

/** Every `status` of a Cloud API status update; `unknown` is the fallback for newer values. */
export const messageStatusValues = [
  'sent',
  'delivered',
  'read',
  'played',
  'failed',
  'unknown',
] as const satisfies readonly CloudMessageStatus['status'][];

/** The `status` of a Cloud API status update. */
export type MessageStatusValue = (typeof messageStatusValues)[number];

/** Every `status` of an On-Premises status update; `unknown` is the fallback for other values. */
export const onPremMessageStatusValues = [
  'sent',
  'delivered',
  'read',
  'deleted',
  'failed',
  'unknown',
] as const satisfies readonly OnPremMessageStatus['status'][];

/** The `status` of an On-Premises status update. */
export type OnPremMessageStatusValue = (typeof onPremMessageStatusValues)[number];
