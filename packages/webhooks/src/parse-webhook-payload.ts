import {
  cloudMessageStatusSchema,
  inboundMessageSchema,
  onPremMessageStatusSchema,
  toValidationIssues,
  type WebhookContact,
  webhookErrorSchema,
} from '@wa/schema';
import type * as z from 'zod';
import type {
  EventContact,
  MessageEvent,
  StatusEvent,
  UnknownEvent,
  UnknownEventReason,
  WebhookApi,
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
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(`${path}.${key} must be an array.`);
  return value;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Turns a webhook notification (the parsed JSON) into typed events with the schemas of `@wa/schema`.
 * Reads every entry and every change of a Cloud notification (R-WH-1, R-WH-2), or the top-level arrays
 * of an On-Premises one, and gives one event per message, per status and per error, each with its
 * metadata and the sender's contact.
 *
 * The envelope is checked strictly (what is needed to find the parts safely); the parts are tolerant:
 * message types and status values added to the API later are typed `message.unknown` /
 * `status.unknown` events, and a change of another field or a part that does not match its schema
 * becomes an `unknown` event with the raw JSON and the schema issues. Nothing is dropped.
 *
 * @throws {WebhookRequestError} `WA_WEBHOOK_INVALID_PAYLOAD` when the value is not a notification: not
 * an object, a wrong `object`, an `entry`, `changes`, `messages`, `statuses`, `errors` or `contacts`
 * that is not an array, an entry without `id`, a change without `field` or without an object `value`.
 *
 * @example
 * ```ts
 * const { events } = parseWebhookPayload(JSON.parse(rawBody));
 * ```
 */
export function parseWebhookPayload(payload: unknown): ParsedWebhookPayload {
  if (!isObject(payload)) throw invalid('the body must be a JSON object.');
  if (payload.entry !== undefined || payload.object !== undefined)
    return { api: 'cloud', events: parseCloud(payload) };
  if (payload.messages !== undefined || payload.statuses !== undefined || payload.errors !== undefined) {
    const events: WebhookEvent[] = [];
    parseValue(payload, 'onprem', noMetadata, undefined, '$', events);
    return { api: 'onprem', events };
  }
  throw invalid(
    'expected "object" and "entry" (Cloud API) or "messages", "statuses" or "errors" (On-Premises API).',
  );
}

function parseCloud(payload: JsonObject): WebhookEvent[] {
  if (payload.object !== 'whatsapp_business_account') {
    throw invalid('$.object must be "whatsapp_business_account" (R-WH-1).');
  }
  const entries = payload.entry;
  if (!Array.isArray(entries)) throw invalid('$.entry must be an array (R-WH-1).');
  const events: WebhookEvent[] = [];
  for (let entryIndex = 0; entryIndex < entries.length; entryIndex++) {
    const entry = entries[entryIndex];
    const entryPath = `$.entry[${entryIndex}]`;
    if (!isObject(entry)) throw invalid(`${entryPath} must be an object.`);
    if (typeof entry.id !== 'string') throw invalid(`${entryPath}.id must be a string.`);
    const businessAccountId = entry.id;
    const changes = entry.changes;
    if (!Array.isArray(changes)) throw invalid(`${entryPath}.changes must be an array (R-WH-1).`);
    for (let changeIndex = 0; changeIndex < changes.length; changeIndex++) {
      const change = changes[changeIndex];
      const changePath = `${entryPath}.changes[${changeIndex}]`;
      if (!isObject(change)) throw invalid(`${changePath} must be an object.`);
      const field = change.field;
      if (typeof field !== 'string') throw invalid(`${changePath}.field must be a string.`);
      if (field !== 'messages') {
        events.push(unknownEvent('cloud', { businessAccountId }, 'unknown_field', field, change));
        continue;
      }
      const value = change.value;
      if (!isObject(value)) throw invalid(`${changePath}.value must be an object (R-WH-2).`);
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
  field: string | undefined,
  path: string,
  events: WebhookEvent[],
): void {
  const contacts = arrayAt(value, 'contacts', path);
  const messages = arrayAt(value, 'messages', path);
  const statuses = arrayAt(value, 'statuses', path);
  const errors = arrayAt(value, 'errors', path);
  for (const raw of messages) events.push(messageEvent(raw, api, metadata, field, contacts));
  const statusSchema = api === 'cloud' ? cloudMessageStatusSchema : onPremMessageStatusSchema;
  for (const raw of statuses) events.push(statusEvent(raw, statusSchema, api, metadata, field));
  for (const raw of errors) {
    const parsed = webhookErrorSchema.safeParse(raw);
    events.push(
      parsed.success
        ? { kind: 'error', name: 'error', api, metadata, error: parsed.data }
        : unknownEvent(api, metadata, 'invalid_error', field, raw, parsed.error),
    );
  }
}

/** The contact of the sender: the entry whose `wa_id` is `from`, else the only entry. */
function contactFor(contacts: readonly unknown[], from: string | undefined): EventContact | undefined {
  let match: JsonObject | undefined;
  for (const contact of contacts) {
    if (isObject(contact) && from !== undefined && contact.wa_id === from) {
      match = contact;
      break;
    }
  }
  // Cloud sends one contact per message notification; use it when `from` is withheld or formatted apart.
  if (match === undefined && contacts.length === 1 && isObject(contacts[0])) match = contacts[0];
  if (match === undefined) return undefined;
  // The same checks as webhookContactSchema (every field optional), without copying the object.
  const { wa_id: waId, profile } = match;
  if (waId !== undefined && typeof waId !== 'string') return undefined;
  if (profile !== undefined && !isObject(profile)) return undefined;
  const profileName = profile?.name;
  if (profileName !== undefined && typeof profileName !== 'string') return undefined;
  return { waId, profileName, raw: match as WebhookContact };
}

function messageEvent(
  raw: unknown,
  api: WebhookApi,
  metadata: WebhookMetadata,
  field: string | undefined,
  contacts: readonly unknown[],
): WebhookEvent {
  const parsed = inboundMessageSchema.safeParse(raw);
  if (!parsed.success) return unknownEvent(api, metadata, 'invalid_message', field, raw, parsed.error);
  const message = parsed.data;
  const replyType = message.type === 'interactive' ? message.interactive.type : undefined;
  return {
    kind: 'message',
    name: replyType === undefined ? `message.${message.type}` : `message.interactive.${replyType}`,
    api,
    metadata,
    type: message.type,
    message,
    messageId: message.id,
    from: message.from,
    contact: contactFor(contacts, message.from),
    replyType,
  } as MessageEvent;
}

function statusEvent(
  raw: unknown,
  schema: typeof cloudMessageStatusSchema | typeof onPremMessageStatusSchema,
  api: WebhookApi,
  metadata: WebhookMetadata,
  field: string | undefined,
): WebhookEvent {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return unknownEvent(api, metadata, 'invalid_status', field, raw, parsed.error);
  const update = parsed.data;
  return {
    kind: 'status',
    name: `status.${update.status}`,
    api,
    metadata,
    status: update.status,
    messageId: update.id,
    recipientId: update.recipient_id,
    update,
  } as StatusEvent;
}

function unknownEvent(
  api: WebhookApi,
  metadata: WebhookMetadata,
  reason: UnknownEventReason,
  field: string | undefined,
  raw: unknown,
  error?: z.ZodError,
): UnknownEvent {
  const issues = error === undefined ? undefined : toValidationIssues(error.issues);
  return { kind: 'unknown', name: 'unknown', api, metadata, reason, field, raw, issues };
}
