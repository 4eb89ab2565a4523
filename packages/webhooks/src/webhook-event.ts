import type {
  CloudMessageStatus,
  InboundMessageOf,
  InboundMessageType,
  InteractiveReply,
  OnPremMessageStatus,
  ValidationIssue,
  WebhookContact,
  WebhookError,
} from '@wa/schema';
import type { TemplateStatus } from '@wa/schema/templates';
import type {
  InteractiveReplyType,
  MessageTemplateQualityUpdateValue,
  MessageTemplateStatusUpdateValue,
  TemplateCategoryUpdateValue,
} from '@wa/schema/webhooks';

/** Every status value of either API (`deleted` is On-Premises only; `unknown` is a newer value). */
export type StatusValue = CloudMessageStatus['status'] | OnPremMessageStatus['status'];

/** A status update of either API with the status value `S` (variants that allow `S`, narrowed to it). */
export type StatusUpdateOf<S extends StatusValue> = NarrowStatus<CloudMessageStatus | OnPremMessageStatus, S>;

/** Keeps the variants of `U` whose `status` allows `S`, with `status` narrowed to `S`. */
type NarrowStatus<U, S> = U extends { status: infer V } ? (S extends V ? U & { status: S } : never) : never;

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
export interface EventContact {
  /** The user's WhatsApp id (`wa_id`), usually their phone number; the API may withhold it. */
  waId: string | undefined;
  /** The user's profile name (`profile.name`), if shared. */
  profileName: string | undefined;
  /** The contact entry as received. */
  raw: WebhookContact;
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
      /** The sender's WhatsApp id (`message.from`); the API may withhold it. */
      from: string | undefined;
      /** The sender's contact entry (profile name, wa_id), when the notification has one. */
      contact: EventContact | undefined;
      /** For `interactive` messages, the kind of reply (`button_reply`, `list_reply`, `nfm_reply`). */
      replyType: T extends 'interactive' ? InteractiveReplyType | undefined : undefined;
    }
  : never;

/** A reply to an interactive message, narrowed to its reply type. Event name `message.interactive.<reply type>`. */
export type InteractiveReplyEvent<R extends InteractiveReplyType = InteractiveReplyType> =
  R extends InteractiveReplyType
    ? Omit<MessageEvent<'interactive'>, 'name' | 'message' | 'replyType'> & {
        name: `message.interactive.${R}`;
        message: InboundMessageOf<'interactive'> & { interactive: Extract<InteractiveReply, { type: R }> };
        replyType: R;
      }
    : never;

/** A status of a message the business sent. Event names `status`, `status.<status>`. */
export type StatusEvent<S extends StatusValue = StatusValue> = S extends StatusValue
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
      /**
       * The status object, typed by `status` (conversation, pricing, `errors` on failures,
       * `biz_opaque_callback_data`, …); for `unknown`, the value as received is `update.raw`.
       */
      update: StatusUpdateOf<S>;
    }
  : never;

/** A webhook-level error (`value.errors[]` on Cloud, `errors[]` on On-Premises). Event name `error`. */
export interface ErrorEvent extends EventBase {
  kind: 'error';
  /** The event name. */
  name: 'error';
  /** The error object (`code`, `title`, `message`, `error_data`). */
  error: WebhookError;
}

/** Fields every template event has: the template, by ID, name and language. */
interface TemplateEventBase extends EventBase {
  kind: 'template';
  /** The template's ID (`message_template_id`, as a string). */
  templateId: string;
  /** The template's name (`message_template_name`). */
  templateName: string;
  /** The template's language and locale code (`message_template_language`), e.g. `en_US`. */
  language: string;
}

/**
 * A template's status changed (`message_template_status_update`): approved, rejected, paused,
 * disabled… Event names `template`, `template.status`. Feed it to a template catalog:
 * `catalog.applyStatusChange({ name: e.templateName, language: e.language, status: e.status })`.
 */
export interface TemplateStatusEvent extends TemplateEventBase {
  /** The event name. */
  name: 'template.status';
  /** The new status (`event`): `APPROVED`, `REJECTED`, `PAUSED`, `DISABLED`, … */
  status: TemplateStatus;
  /** Why (`NONE` on approval), when given. */
  reason: string | undefined;
  /** The template's category, when given. */
  category: string | undefined;
  /** The change's `value` as parsed (unknown keys kept). */
  value: MessageTemplateStatusUpdateValue;
}

/** A template's quality score changed (`message_template_quality_update`). Event names `template`, `template.quality`. */
export interface TemplateQualityEvent extends TemplateEventBase {
  /** The event name. */
  name: 'template.quality';
  /** The new score: `GREEN`, `YELLOW`, `RED` or `UNKNOWN`. */
  score: string;
  /** The previous score, when given. */
  previousScore: string | undefined;
  /** The change's `value` as parsed (unknown keys kept). */
  value: MessageTemplateQualityUpdateValue;
}

/**
 * A template's category changed, or is going to (`template_category_update`). Event names `template`,
 * `template.category`.
 */
export interface TemplateCategoryEvent extends TemplateEventBase {
  /** The event name. */
  name: 'template.category';
  /** The category now (`new_category`). */
  category: string;
  /** The category before (completed changes). */
  previousCategory: string | undefined;
  /** The category it is going to get (announced changes), from `effectiveAt`. */
  correctCategory: string | undefined;
  /** When an announced change takes effect (`category_update_timestamp`). */
  effectiveAt: Date | undefined;
  /** The change's `value` as parsed (unknown keys kept). */
  value: TemplateCategoryUpdateValue;
}

/** A change about a message template of the WhatsApp Business Account (Cloud only). */
export type TemplateEvent = TemplateStatusEvent | TemplateQualityEvent | TemplateCategoryEvent;

/** Why a part of a notification became an {@link UnknownEvent}: a change of a field this version does not read. */
export type UnknownEventReason = 'unknown_field';

/**
 * A change of another webhook field (`account_update`, `business_capability_update`, …), delivered
 * with its raw JSON. Event name `unknown`. (Message types and status values added to the API later are
 * typed events instead: `message.unknown`, `status.unknown`; parts that do not match their schema are
 * {@link InvalidEvent}s.)
 */
export interface UnknownEvent extends EventBase {
  kind: 'unknown';
  /** The event name. */
  name: 'unknown';
  /** Why it is unknown. */
  reason: UnknownEventReason;
  /** The webhook field of the change (`account_update`, …). */
  field: string | undefined;
  /** The change exactly as received (`{ field, value }`). */
  raw: unknown;
}

/**
 * The part of a notification an {@link InvalidEvent} is about. A `change` covers its `value` and the
 * arrays in it (a `value` without `metadata`, `messages` that is not an array); the items of those arrays
 * are parts of their own.
 */
export type InvalidPart = 'entry' | 'change' | 'contact' | 'message' | 'status' | 'error';

/**
 * A part of a notification that does not match its schema: an entry without `id`, a `messages` change
 * whose `value` has no `metadata`, a known message type with a broken shape, a failed status without
 * `errors`, an error without `code`… The rest of the notification is still parsed and dispatched, and
 * the handler answers 200 (a 4xx would make WhatsApp send the same bytes again for days). Event name
 * `invalid`; the part is in `raw`, what is wrong in `issues`, each with its JSON path in the whole body.
 */
export interface InvalidEvent extends EventBase {
  kind: 'invalid';
  /** The event name. */
  name: 'invalid';
  /** Which part is broken (its children, if any, were not read: they are inside `raw`). */
  part: InvalidPart;
  /** The part's JSON path in the notification, e.g. `$.entry[0].changes[1].value.messages[2]`. */
  path: string;
  /** The webhook field of the change the part belongs to (`messages`), when known. */
  field: string | undefined;
  /** The part exactly as received. */
  raw: unknown;
  /** What does not match, each with its JSON path in the notification; never empty. */
  issues: readonly ValidationIssue[];
}

/** Every event the handler dispatches. */
export type WebhookEvent =
  | MessageEvent
  | StatusEvent
  | TemplateEvent
  | ErrorEvent
  | UnknownEvent
  | InvalidEvent;

/**
 * The key under which an event is deduplicated: the message id for messages, the message id and status
 * for statuses; `undefined` (never deduplicated) for template changes, errors, unknown and invalid parts
 * (applying a template change twice does no harm).
 */
export function dedupeKeyOf(event: WebhookEvent): string | undefined {
  if (event.kind === 'message') return `message:${event.messageId}`;
  if (event.kind === 'status') {
    // Two different newer status values of one message must not collide on `unknown`.
    const raw = event.update.status === 'unknown' ? event.update.raw.status : undefined;
    return `status:${event.messageId}:${event.status}${typeof raw === 'string' ? `:${raw}` : ''}`;
  }
  return undefined;
}
