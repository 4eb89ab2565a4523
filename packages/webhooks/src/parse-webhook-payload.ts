import {
  checkInboundMessage,
  checkInboundStatus,
  checkWebhookError,
  type InboundMessageType,
  type InteractiveReplyType,
  inboundMessageTypes,
  interactiveReplyTypes,
  type MessageStatus,
  messageStatusValues,
} from './incoming-schema.ts';
import type {
  MessageEvent,
  StatusEvent,
  UnknownEvent,
  UnknownEventReason,
  WebhookApi,
  WebhookContact,
  WebhookEvent,
  WebhookMetadata,
} from './webhook-event.ts';
import { WebhookRequestError } from './webhook-request-error.ts';

/** The result of {@link parseWebhookPayload}. */
export interface ParsedWebhookPayload {
  /** Which API sent the notification. */
  api: WebhookApi;
  /** One event per message, status and error of every entry and every change, in payload order. */
  events: WebhookEvent[];
}

type JsonObject = Record<string, unknown>;

const messageTypes: ReadonlySet<string> = new Set(inboundMessageTypes);
const replyTypes: ReadonlySet<string> = new Set(interactiveReplyTypes);
const statusValues: ReadonlySet<string> = new Set(messageStatusValues);
const noMetadata: WebhookMetadata = Object.freeze({});

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(message: string): WebhookRequestError {
  return new WebhookRequestError({
    code: 'WA_WEBHOOK_INVALID_PAYLOAD',
    message: `Not a WhatsApp webhook notification: ${message}`,
  });
}

/** An optional array field: absent → empty; present but not an array → a 400 naming the path. */
function arrayAt(container: JsonObject, key: string, path: string): readonly unknown[] {
  const value = container[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid(`${path}.${key} must be an array.`);
  return value;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Turns a webhook notification (the parsed JSON) into events: every entry and every change of a Cloud
 * notification (R-WH-1, R-WH-2), or the top-level arrays of an On-Premises one. One event per message,
 * per status and per error, each with its metadata and contact. The envelope is checked strictly; the
 * parts are tolerant: an unknown message type, status, webhook field or a part that does not match its
 * schema becomes an `unknown` event with the raw JSON.
 *
 * @throws {WebhookRequestError} `WA_WEBHOOK_INVALID_PAYLOAD` when the value is not a notification at all
 * (not an object, `entry` or `changes` not arrays, a change without an object `value`).
 *
 * @example
 * ```ts
 * const { events } = parseWebhookPayload(JSON.parse(rawBody));
 * ```
 */
export function parseWebhookPayload(payload: unknown): ParsedWebhookPayload {
  if (!isObject(payload)) throw invalid('the body must be a JSON object.');
  if ('entry' in payload) return { api: 'cloud', events: parseCloud(payload) };
  if ('messages' in payload || 'statuses' in payload || 'errors' in payload || 'contacts' in payload) {
    const events: WebhookEvent[] = [];
    parseValue(payload, 'onprem', noMetadata, 'messages', '$', events);
    return { api: 'onprem', events };
  }
  throw invalid('expected "entry" (Cloud API) or "messages"/"statuses"/"errors" (On-Premises API).');
}

function parseCloud(payload: JsonObject): WebhookEvent[] {
  const entries = payload.entry;
  if (!Array.isArray(entries)) throw invalid('$.entry must be an array.');
  if (typeof payload.object !== 'string') throw invalid('$.object must be a string.');
  const events: WebhookEvent[] = [];
  if (payload.object !== 'whatsapp_business_account') {
    events.push(unknownEvent('cloud', noMetadata, 'unknown_object', undefined, payload));
    return events;
  }
  for (let entryIndex = 0; entryIndex < entries.length; entryIndex++) {
    const entry = entries[entryIndex];
    const entryPath = `$.entry[${entryIndex}]`;
    if (!isObject(entry)) throw invalid(`${entryPath} must be an object.`);
    const businessAccountId = optionalString(entry.id);
    const changes = arrayAt(entry, 'changes', entryPath);
    for (let changeIndex = 0; changeIndex < changes.length; changeIndex++) {
      const change = changes[changeIndex];
      const changePath = `${entryPath}.changes[${changeIndex}]`;
      if (!isObject(change)) throw invalid(`${changePath} must be an object.`);
      const field = optionalString(change.field);
      const value = change.value;
      if (field !== 'messages') {
        events.push(unknownEvent('cloud', { businessAccountId }, 'unknown_field', field, change));
        continue;
      }
      if (!isObject(value)) throw invalid(`${changePath}.value must be an object.`);
      const metadata = isObject(value.metadata) ? value.metadata : undefined;
      parseValue(
        value,
        'cloud',
        {
          businessAccountId,
          phoneNumberId: optionalString(metadata?.phone_number_id),
          displayPhoneNumber: optionalString(metadata?.display_phone_number),
        },
        field,
        `${changePath}.value`,
        events,
      );
    }
  }
  return events;
}

/** Reads the messages, statuses and errors of one change value (or of an On-Premises payload). */
function parseValue(
  value: JsonObject,
  api: WebhookApi,
  metadata: WebhookMetadata,
  field: string,
  path: string,
  events: WebhookEvent[],
): void {
  const contacts = arrayAt(value, 'contacts', path);
  const messages = arrayAt(value, 'messages', path);
  const statuses = arrayAt(value, 'statuses', path);
  const errors = arrayAt(value, 'errors', path);
  for (const raw of messages) events.push(messageEvent(raw, api, metadata, field, contacts));
  for (const raw of statuses) events.push(statusEvent(raw, api, metadata, field));
  for (const raw of errors) {
    const checked = checkWebhookError(raw);
    events.push(
      checked.success
        ? { kind: 'error', name: 'error', api, metadata, error: checked.data }
        : unknownEvent(api, metadata, 'invalid_error', field, raw, checked.issues),
    );
  }
}

function contactFor(contacts: readonly unknown[], from: string): WebhookContact | undefined {
  let match: JsonObject | undefined;
  for (const contact of contacts) {
    if (isObject(contact) && contact.wa_id === from) {
      match = contact;
      break;
    }
  }
  // Cloud sends one contact per message notification; fall back to it when wa_id differs in format.
  if (match === undefined && contacts.length === 1 && isObject(contacts[0])) match = contacts[0];
  if (match === undefined || typeof match.wa_id !== 'string') return undefined;
  const profile = isObject(match.profile) ? match.profile : undefined;
  return { waId: match.wa_id, profileName: optionalString(profile?.name) };
}

function messageEvent(
  raw: unknown,
  api: WebhookApi,
  metadata: WebhookMetadata,
  field: string,
  contacts: readonly unknown[],
): WebhookEvent {
  const type = isObject(raw) ? raw.type : undefined;
  if (typeof type !== 'string' || !messageTypes.has(type)) {
    return unknownEvent(api, metadata, 'unknown_message_type', field, raw);
  }
  const checked = checkInboundMessage(raw);
  if (!checked.success) return unknownEvent(api, metadata, 'invalid_message', field, raw, checked.issues);
  const message = checked.data;
  let replyType: InteractiveReplyType | undefined;
  let name = `message.${type}`;
  if (message.type === 'interactive') {
    const reply = (message as { interactive?: { type?: unknown } }).interactive?.type;
    if (typeof reply === 'string' && replyTypes.has(reply)) {
      replyType = reply as InteractiveReplyType;
      name = `message.interactive.${reply}`;
    }
  }
  return {
    kind: 'message',
    name,
    api,
    metadata,
    type: message.type as InboundMessageType,
    message,
    messageId: message.id,
    from: message.from,
    contact: contactFor(contacts, message.from),
    replyType,
  } as MessageEvent;
}

function statusEvent(raw: unknown, api: WebhookApi, metadata: WebhookMetadata, field: string): WebhookEvent {
  const status = isObject(raw) ? raw.status : undefined;
  if (typeof status !== 'string' || !statusValues.has(status)) {
    return unknownEvent(api, metadata, 'unknown_status', field, raw);
  }
  const checked = checkInboundStatus(raw);
  if (!checked.success) return unknownEvent(api, metadata, 'invalid_status', field, raw, checked.issues);
  const update = checked.data;
  return {
    kind: 'status',
    name: `status.${status as MessageStatus}`,
    api,
    metadata,
    status: status as MessageStatus,
    messageId: update.id,
    recipientId: optionalString(update.recipient_id),
    update,
  } as StatusEvent;
}

function unknownEvent(
  api: WebhookApi,
  metadata: WebhookMetadata,
  reason: UnknownEventReason,
  field: string | undefined,
  raw: unknown,
  issues?: UnknownEvent['issues'],
): UnknownEvent {
  return { kind: 'unknown', name: 'unknown', api, metadata, reason, field, raw, issues };
}
