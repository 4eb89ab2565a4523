import type { InboundMessageType } from '@wa/schema';
import {
  type InteractiveReplyType,
  inboundMessageTypes,
  interactiveReplyTypes,
  messageStatusValues,
  onPremMessageStatusValues,
} from '@wa/schema/webhooks';
import type { StatusValue, WebhookEvent } from './webhook-event.ts';

/** Every event name `on()` accepts, derived from the message types, reply types and statuses of the schema. */
export type WebhookEventName =
  | 'message'
  | `message.${InboundMessageType}`
  | `message.interactive.${InteractiveReplyType}`
  | 'status'
  | `status.${StatusValue}`
  | 'template'
  | 'template.status'
  | 'template.quality'
  | 'template.category'
  | 'error'
  | 'unknown'
  | 'invalid';

/** The one list of event names, built from the schema's const lists. */
export const webhookEventNames: readonly WebhookEventName[] = Object.freeze([
  'message',
  ...inboundMessageTypes.map((type) => `message.${type}` as const),
  ...interactiveReplyTypes.map((type) => `message.interactive.${type}` as const),
  'status',
  ...[...new Set([...messageStatusValues, ...onPremMessageStatusValues])].map(
    (status) => `status.${status}` as const,
  ),
  'template',
  'template.status',
  'template.quality',
  'template.category',
  'error',
  'unknown',
  'invalid',
]);

const nameSet: ReadonlySet<string> = new Set(webhookEventNames);

/** True when `name` is one of {@link webhookEventNames}. */
export function isWebhookEventName(name: unknown): name is WebhookEventName {
  return typeof name === 'string' && nameSet.has(name);
}

const namesByEventName = new Map<string, readonly string[]>();

/** The names an event is dispatched under, broadest first: `message`, `message.interactive`, `message.interactive.list_reply`. */
export function eventNamesOf(event: WebhookEvent): readonly string[] {
  // One frozen list per name, built once: dispatching allocates nothing.
  let names = namesByEventName.get(event.name);
  if (names === undefined) {
    names = Object.freeze(
      event.kind === 'message' && event.type === 'interactive' && event.replyType !== undefined
        ? ['message', 'message.interactive', event.name]
        : event.kind === 'message' || event.kind === 'status' || event.kind === 'template'
          ? [event.kind, event.name]
          : [event.name],
    );
    namesByEventName.set(event.name, names);
  }
  return names;
}
