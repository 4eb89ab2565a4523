import type { InboundMessageType } from '@wa/schema';
import type { InteractiveReplyType } from '@wa/schema/webhooks';
import type {
  ErrorEvent,
  InteractiveReplyEvent,
  InvalidEvent,
  MessageEvent,
  StatusEvent,
  StatusValue,
  TemplateCategoryEvent,
  TemplateEvent,
  TemplateQualityEvent,
  TemplateStatusEvent,
  UnknownEvent,
} from './webhook-event.ts';
import type { WebhookEventName } from './webhook-event-names.ts';

/** The event each name delivers, narrowed: `message.text` → `MessageEvent<'text'>`. */
export type WebhookEventMap = { message: MessageEvent } & {
  [T in InboundMessageType as `message.${T}`]: MessageEvent<T>;
} & {
  [R in InteractiveReplyType as `message.interactive.${R}`]: InteractiveReplyEvent<R>;
} & { status: StatusEvent } & {
  [S in StatusValue as `status.${S}`]: StatusEvent<S>;
} & {
  template: TemplateEvent;
  'template.status': TemplateStatusEvent;
  'template.quality': TemplateQualityEvent;
  'template.category': TemplateCategoryEvent;
} & { error: ErrorEvent; unknown: UnknownEvent; invalid: InvalidEvent };

/** A listener of the event(s) named `N`; may be asynchronous. */
export type WebhookEventListener<N extends WebhookEventName> = (event: WebhookEventMap[N]) => unknown;
