import type { ValidationIssue } from '@wa/schema';
import type {
  InboundMessageOf,
  InboundMessageType,
  InboundStatus,
  InteractiveReplyOf,
  InteractiveReplyType,
  MessageStatus,
  WebhookErrorObject,
} from './incoming-schema.ts';

/** Which API sent the notification. */
export type WebhookApi = 'cloud' | 'onprem';

/** Where a notification was addressed (Cloud only; On-Premises payloads carry none of it). */
export interface WebhookMetadata {
  /** The WhatsApp Business Account id (Cloud `entry[].id`). */
  businessAccountId?: string | undefined;
  /** The business phone number id (Cloud `value.metadata.phone_number_id`). */
  phoneNumberId?: string | undefined;
  /** The business phone number as displayed (Cloud `value.metadata.display_phone_number`). */
  displayPhoneNumber?: string | undefined;
}

/** The user who sent a message, from the notification's `contacts[]`. */
export interface WebhookContact {
  /** The user's WhatsApp id (`wa_id`), usually their phone number in international format. */
  waId: string;
  /** The user's profile name (`profile.name`), if shared. */
  profileName?: string | undefined;
}

/** Fields every event has. */
interface EventBase {
  /** Which API sent the notification. */
  api: WebhookApi;
  /** Where the notification was addressed. */
  metadata: WebhookMetadata;
}

/** An inbound message of type `T`. Event names `message`, `message.<type>`. */
export type MessageEvent<T extends InboundMessageType = InboundMessageType> = T extends InboundMessageType
  ? EventBase & {
      kind: 'message';
      /** The most specific event name (`message.text`, `message.interactive.list_reply`). */
      name: T extends 'interactive'
        ? 'message.interactive' | `message.interactive.${InteractiveReplyType}`
        : `message.${T}`;
      /** The message type. */
      type: T;
      /** The message, typed by `type`. */
      message: InboundMessageOf<T>;
      /** The message id (`wamid.…` on Cloud). */
      messageId: string;
      /** The sender's WhatsApp id. */
      from: string;
      /** The sender's contact entry (profile name, wa_id), when the notification has one. */
      contact?: WebhookContact | undefined;
      /** For `interactive` messages, the kind of reply (`button_reply`, `list_reply`, `nfm_reply`). */
      replyType: T extends 'interactive' ? InteractiveReplyType | undefined : undefined;
    }
  : never;

/** A reply to an interactive message, narrowed to its reply type. Event name `message.interactive.<reply type>`. */
export type InteractiveReplyEvent<R extends InteractiveReplyType = InteractiveReplyType> =
  R extends InteractiveReplyType
    ? Omit<MessageEvent<'interactive'>, 'name' | 'message' | 'replyType'> & {
        name: `message.interactive.${R}`;
        message: InboundMessageOf<'interactive'> & { interactive: InteractiveReplyOf<R> };
        replyType: R;
      }
    : never;

/** A status of a message the business sent. Event names `status`, `status.<status>`. */
export type StatusEvent<S extends MessageStatus = MessageStatus> = S extends MessageStatus
  ? EventBase & {
      kind: 'status';
      /** The event name (`status.delivered`). */
      name: `status.${S}`;
      /** The status value. */
      status: S;
      /** The id of the message the status is about. */
      messageId: string;
      /** The recipient's WhatsApp id, when given. */
      recipientId: string | undefined;
      /** The status object as received (conversation, pricing, errors, biz_opaque_callback_data, …). */
      update: InboundStatus & { status: S };
    }
  : never;

/** A webhook-level error (`value.errors[]` on Cloud, `errors[]` on On-Premises). Event name `error`. */
export interface ErrorEvent extends EventBase {
  kind: 'error';
  /** The event name. */
  name: 'error';
  /** The error object as received (`code`, `title`, `message`, `error_data`). */
  error: WebhookErrorObject;
}

/** Why a part of a notification became an {@link UnknownEvent}. */
export type UnknownEventReason =
  | 'unknown_object'
  | 'unknown_field'
  | 'unknown_message_type'
  | 'invalid_message'
  | 'unknown_status'
  | 'invalid_status'
  | 'invalid_error';

/**
 * A part of a notification this version does not understand: another webhook field (`account_update`),
 * a message type or status added after this release, or an item that does not match its schema. It is
 * delivered (never dropped, never a crash) with the raw JSON. Event name `unknown`.
 */
export interface UnknownEvent extends EventBase {
  kind: 'unknown';
  /** The event name. */
  name: 'unknown';
  /** Why it is unknown. */
  reason: UnknownEventReason;
  /** The webhook field of the change (`messages`, `account_update`, …), when known. */
  field: string | undefined;
  /** The raw JSON of the part (a message, a status, a change, or the whole payload). */
  raw: unknown;
  /** What did not match the schema, for `invalid_*` reasons. */
  issues: readonly ValidationIssue[] | undefined;
}

/** Every event the handler dispatches. */
export type WebhookEvent = MessageEvent | StatusEvent | ErrorEvent | UnknownEvent;

/**
 * The key under which an event is deduplicated: the message id for messages, the message id and status
 * for statuses; `undefined` (never deduplicated) for errors and unknown parts.
 */
export function dedupeKeyOf(event: WebhookEvent): string | undefined {
  if (event.kind === 'message') return `message:${event.messageId}`;
  if (event.kind === 'status') return `status:${event.messageId}:${event.status}`;
  return undefined;
}
