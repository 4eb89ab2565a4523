import type { ValidationIssue, WebhookContact } from '@wa/schema';
import { toJsonPath, toTolerantValidationIssues } from '@wa/schema/internal';
import {
  cloudMessageStatusSchema,
  cloudMessagesChangeEnvelopeSchema,
  cloudWebhookChangeEnvelopeSchema,
  cloudWebhookEntryEnvelopeSchema,
  cloudWebhookPayloadEnvelopeSchema,
  inboundMessageSchema,
  onPremMessageStatusSchema,
  onPremWebhookPayloadEnvelopeSchema,
  type TemplateChangeField,
  templateChangeValueSchemas,
  webhookContactSchema,
  webhookErrorSchema,
} from '@wa/schema/webhooks';
import type * as z from 'zod/mini';
import type {
  EventContact,
  InvalidEvent,
  InvalidPart,
  MessageEvent,
  StatusEvent,
  TemplateEvent,
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
type PathSegment = string | number;

/** The arrays of one change value (or of an On-Premises body), checked to be arrays by the schema. */
interface NotificationArrays {
  contacts?: unknown[] | undefined;
  messages?: unknown[] | undefined;
  statuses?: unknown[] | undefined;
  errors?: unknown[] | undefined;
}

const noMetadata: WebhookMetadata = Object.freeze({});

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A 400: the body is not a notification at all, so no part of it can be trusted. */
function notANotification(message: string): WebhookRequestError {
  return new WebhookRequestError({
    code: 'WA_WEBHOOK_INVALID_PAYLOAD',
    message: `Not a WhatsApp webhook notification: ${message}`,
  });
}

/** A 400: a notification of the other API. */
function wrongApi(message: string): WebhookRequestError {
  return new WebhookRequestError({ code: 'WA_WEBHOOK_INVALID_PAYLOAD', message });
}

/** A 400 naming every problem of the outer envelope: `$.entry must be an array (R-WH-1).` */
function envelopeRejection(schema: z.ZodMiniType, payload: unknown): WebhookRequestError {
  const problems = issuesOf(schema, payload, []).map(
    (issue) => `${issue.path} ${issue.message.replace(/^must be (array|object)$/, 'must be an $1')}`,
  );
  return notANotification(`${problems.join('; ')} (R-WH-1).`);
}

/**
 * Turns a webhook notification (the parsed JSON) into typed events with the schemas of `@wa/schema`.
 * Reads every entry and every change of a Cloud notification (R-WH-1, R-WH-2), or the top-level arrays
 * of an On-Premises one, and gives one event per message, per status and per error, each with its
 * metadata and the sender's contact.
 *
 * Each level is checked with the envelope schemas of `@wa/schema` (`cloudWebhookPayloadEnvelopeSchema`,
 * `cloudWebhookEntryEnvelopeSchema`, …), built from the same definitions as `CloudWebhookPayload`, and
 * each part with its own schema. A part that does not match (an entry, a change with its value, a
 * contact, a message, a status or an error) becomes an `invalid` event with its JSON path, the raw JSON
 * and the issues; every other part is still delivered. Message types and status values added to the
 * API later are typed `message.unknown` / `status.unknown` events, a change of another field an
 * `unknown` event. Nothing is dropped.
 *
 * @throws {WebhookRequestError} `WA_WEBHOOK_INVALID_PAYLOAD` only when the body is not a notification:
 * not an object, neither API's keys, a wrong `object` or an `entry` that is not an array (Cloud), or
 * top-level arrays that are not arrays (On-Premises).
 *
 * @example
 * ```ts
 * const { events } = parseWebhookPayload(JSON.parse(rawBody));
 * ```
 */
export function parseWebhookPayload(payload: unknown): ParsedWebhookPayload {
  return apiOf(payload) === 'cloud' ? readCloud(payload as JsonObject) : readOnPrem(payload as JsonObject);
}

/**
 * {@link parseWebhookPayload} for a Cloud API endpoint: an On-Premises notification is refused with a
 * `WA_WEBHOOK_INVALID_PAYLOAD` that names the On-Premises intake. Only the Cloud schemas are reached, so a
 * bundle of the Cloud handler leaves the On-Premises ones out.
 */
export function parseCloudWebhookPayload(payload: unknown): ParsedWebhookPayload {
  if (apiOf(payload) !== 'cloud') {
    throw wrongApi(
      'This endpoint takes Cloud API notifications; the body is an On-Premises one (serve those with createOnPremWebhookHandler).',
    );
  }
  return readCloud(payload as JsonObject);
}

/** {@link parseWebhookPayload} for an On-Premises endpoint: a Cloud API notification is refused. */
export function parseOnPremWebhookPayload(payload: unknown): ParsedWebhookPayload {
  if (apiOf(payload) !== 'onprem') {
    throw wrongApi(
      'This endpoint takes On-Premises notifications; the body is a Cloud API one (serve those with createWebhookHandler).',
    );
  }
  return readOnPrem(payload as JsonObject);
}

/** Which API's notification `payload` is shaped as, by its top-level keys; throws when neither. */
function apiOf(payload: unknown): WebhookApi {
  if (!isObject(payload)) throw notANotification('the body must be a JSON object.');
  if (payload.entry !== undefined || payload.object !== undefined) return 'cloud';
  if (payload.messages !== undefined || payload.statuses !== undefined || payload.errors !== undefined) {
    return 'onprem';
  }
  throw notANotification(
    'expected "object" and "entry" (Cloud API) or "messages", "statuses" or "errors" (On-Premises API).',
  );
}

function readCloud(payload: JsonObject): ParsedWebhookPayload {
  return { api: 'cloud', events: parseCloud(payload) };
}

function readOnPrem(payload: JsonObject): ParsedWebhookPayload {
  const envelope = onPremWebhookPayloadEnvelopeSchema.safeParse(payload);
  if (!envelope.success) throw envelopeRejection(onPremWebhookPayloadEnvelopeSchema, payload);
  const events: WebhookEvent[] = [];
  parseArrays(envelope.data, 'onprem', onPremMessageStatusSchema, noMetadata, undefined, [], events);
  return { api: 'onprem', events };
}

function parseCloud(payload: JsonObject): WebhookEvent[] {
  const envelope = cloudWebhookPayloadEnvelopeSchema.safeParse(payload);
  if (!envelope.success) throw envelopeRejection(cloudWebhookPayloadEnvelopeSchema, payload);
  const entries = envelope.data.entry;
  const events: WebhookEvent[] = [];
  for (let entryIndex = 0; entryIndex < entries.length; entryIndex++) {
    const rawEntry = entries[entryIndex];
    const entry = cloudWebhookEntryEnvelopeSchema.safeParse(rawEntry);
    if (!entry.success) {
      const id = isObject(rawEntry) && typeof rawEntry.id === 'string' ? rawEntry.id : undefined;
      events.push(
        invalidEvent(
          'cloud',
          { businessAccountId: id },
          'entry',
          ['entry', entryIndex],
          undefined,
          rawEntry,
          cloudWebhookEntryEnvelopeSchema,
        ),
      );
      continue;
    }
    const businessAccountId = entry.data.id;
    const changes = entry.data.changes;
    for (let changeIndex = 0; changeIndex < changes.length; changeIndex++) {
      const rawChange = changes[changeIndex];
      // The common case skips the tolerant union: a `messages` change is checked against that option alone.
      const changeSchema =
        isObject(rawChange) && rawChange.field === 'messages'
          ? cloudMessagesChangeEnvelopeSchema
          : cloudWebhookChangeEnvelopeSchema;
      const change = changeSchema.safeParse(rawChange);
      if (!change.success) {
        const field =
          isObject(rawChange) && typeof rawChange.field === 'string' ? rawChange.field : undefined;
        events.push(
          invalidEvent(
            'cloud',
            metadataOf(businessAccountId, rawChange),
            'change',
            ['entry', entryIndex, 'changes', changeIndex],
            field,
            rawChange,
            changeSchema,
          ),
        );
        continue;
      }
      if (change.data.field !== 'messages') {
        const field = change.data.raw.field;
        if (isTemplateField(field)) {
          events.push(
            templateEvent(field, rawChange, businessAccountId, ['entry', entryIndex, 'changes', changeIndex]),
          );
          continue;
        }
        events.push({
          kind: 'unknown',
          name: 'unknown',
          api: 'cloud',
          metadata: { businessAccountId },
          reason: 'unknown_field',
          field: typeof field === 'string' ? field : undefined,
          raw: rawChange,
        });
        continue;
      }
      const value = change.data.value;
      const { metadata } = value;
      parseArrays(
        value,
        'cloud',
        cloudMessageStatusSchema,
        {
          businessAccountId,
          phoneNumberId: metadata.phone_number_id,
          displayPhoneNumber: metadata.display_phone_number,
        },
        'messages',
        ['entry', entryIndex, 'changes', changeIndex, 'value'],
        events,
      );
    }
  }
  return events;
}

function isTemplateField(field: unknown): field is TemplateChangeField {
  return typeof field === 'string' && Object.hasOwn(templateChangeValueSchemas, field);
}

type TemplateValue<F extends TemplateChangeField> = z.output<(typeof templateChangeValueSchemas)[F]>;

/** What each template change adds to the fields every template event has: its name and its own fields. */
const templateEventFields: {
  [F in TemplateChangeField]: (value: TemplateValue<F>) => Partial<TemplateEvent>;
} = {
  message_template_status_update: (value) => ({
    name: 'template.status',
    status: value.event,
    reason: value.reason ?? undefined,
    category: value.message_template_category,
  }),
  message_template_quality_update: (value) => ({
    name: 'template.quality',
    score: value.new_quality_score,
    previousScore: value.previous_quality_score,
  }),
  template_category_update: (value) => {
    const seconds = Number(value.category_update_timestamp);
    return {
      name: 'template.category',
      category: value.new_category,
      previousCategory: value.previous_category,
      correctCategory: value.correct_category,
      effectiveAt:
        value.category_update_timestamp === undefined || !Number.isFinite(seconds)
          ? undefined
          : new Date(seconds * 1000),
    };
  },
};

/**
 * A template change (`message_template_status_update`, `message_template_quality_update`,
 * `template_category_update`) as a typed event, or an `invalid` event when its value does not match.
 */
function templateEvent(
  field: TemplateChangeField,
  rawChange: unknown,
  businessAccountId: string,
  path: readonly PathSegment[],
): TemplateEvent | InvalidEvent {
  const metadata: WebhookMetadata = { businessAccountId };
  const rawValue = isObject(rawChange) ? rawChange.value : undefined;
  const schema: z.ZodMiniType<TemplateValue<TemplateChangeField>> = templateChangeValueSchemas[field];
  const parsed = schema.safeParse(rawValue);
  if (!parsed.success) {
    return invalidEvent('cloud', metadata, 'change', path, field, rawChange, schema, rawValue, [
      ...path,
      'value',
    ]);
  }
  const value = parsed.data;
  return {
    kind: 'template',
    api: 'cloud',
    metadata,
    templateId: String(value.message_template_id),
    templateName: value.message_template_name,
    language: value.message_template_language,
    ...(templateEventFields[field] as (value: TemplateValue<TemplateChangeField>) => Partial<TemplateEvent>)(
      value,
    ),
    value,
  } as TemplateEvent;
}

/** The metadata of a change that failed its schema: whatever of `value.metadata` is readable. */
function metadataOf(businessAccountId: string, rawChange: unknown): WebhookMetadata {
  const value = isObject(rawChange) ? rawChange.value : undefined;
  const metadata = isObject(value) && isObject(value.metadata) ? value.metadata : {};
  const { phone_number_id: phoneNumberId, display_phone_number: displayPhoneNumber } = metadata;
  return {
    businessAccountId,
    phoneNumberId: typeof phoneNumberId === 'string' ? phoneNumberId : undefined,
    displayPhoneNumber: typeof displayPhoneNumber === 'string' ? displayPhoneNumber : undefined,
  };
}

/** Reads the contacts, messages, statuses and errors of one change value (or of an On-Premises body). */
function parseArrays(
  value: NotificationArrays,
  api: WebhookApi,
  statusSchema: z.ZodMiniType<StatusUpdate>,
  metadata: WebhookMetadata,
  field: string | undefined,
  base: readonly PathSegment[],
  events: WebhookEvent[],
): void {
  const contacts: WebhookContact[] = [];
  /** Parses each item of `items` with `schema`: `read` takes a match, an `invalid` event is added for the rest. */
  const parts = <T>(
    items: unknown[] | undefined,
    key: keyof NotificationArrays,
    part: InvalidPart,
    schema: z.ZodMiniType<T>,
    read: (data: T) => unknown,
  ): void => {
    if (items === undefined) return;
    for (let index = 0; index < items.length; index++) {
      const raw = items[index];
      const parsed = schema.safeParse(raw);
      if (parsed.success) read(parsed.data);
      else events.push(invalidEvent(api, metadata, part, [...base, key, index], field, raw, schema));
    }
  };
  parts(value.contacts, 'contacts', 'contact', webhookContactSchema, (contact) => contacts.push(contact));
  parts(value.messages, 'messages', 'message', inboundMessageSchema, (message) =>
    events.push(messageEvent(message, api, metadata, contacts)),
  );
  parts<StatusUpdate>(value.statuses, 'statuses', 'status', statusSchema, (update) =>
    events.push(statusEvent(update, api, metadata)),
  );
  parts(value.errors, 'errors', 'error', webhookErrorSchema, (error) =>
    events.push({ kind: 'error', name: 'error', api, metadata, error }),
  );
}

/** The contact of the sender: the entry whose `wa_id` is `from`, else the only entry. */
function contactFor(contacts: readonly WebhookContact[], from: string | undefined): EventContact | undefined {
  let match: WebhookContact | undefined;
  if (from !== undefined) {
    for (const contact of contacts) {
      if (contact.wa_id === from) {
        match = contact;
        break;
      }
    }
  }
  // Cloud sends one contact per message notification; use it when `from` is withheld or formatted apart.
  if (match === undefined && contacts.length === 1) match = contacts[0];
  if (match === undefined) return undefined;
  return { waId: match.wa_id, profileName: match.profile?.name, raw: match };
}

type InboundMessage = z.output<typeof inboundMessageSchema>;
type StatusUpdate = z.output<typeof cloudMessageStatusSchema> | z.output<typeof onPremMessageStatusSchema>;

function messageEvent(
  message: InboundMessage,
  api: WebhookApi,
  metadata: WebhookMetadata,
  contacts: readonly WebhookContact[],
): WebhookEvent {
  // An interactive message may arrive without its reply (WhatsApp Web reconnects): plain `message.interactive`.
  const replyType = message.type === 'interactive' ? message.interactive?.type : undefined;
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

function statusEvent(update: StatusUpdate, api: WebhookApi, metadata: WebhookMetadata): WebhookEvent {
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

/**
 * The issues of `raw` against `schema`, with their paths in the whole body. Parsed again with
 * `reportInput` (only on this failure path) so that a wrong type is told apart from a missing field.
 */
function issuesOf(schema: z.ZodMiniType, raw: unknown, path: readonly PathSegment[]): ValidationIssue[] {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return [];
  return toTolerantValidationIssues(
    result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
  );
}

/**
 * An `invalid` event: the part at `path` as received, and what in it does not match `schema`. The issues
 * are those of `checked` (the part itself, or the value of a template change) at `checkedPath`.
 */
function invalidEvent(
  api: WebhookApi,
  metadata: WebhookMetadata,
  part: InvalidPart,
  path: readonly PathSegment[],
  field: string | undefined,
  raw: unknown,
  schema: z.ZodMiniType,
  checked: unknown = raw,
  checkedPath: readonly PathSegment[] = path,
): InvalidEvent {
  return {
    kind: 'invalid',
    name: 'invalid',
    api,
    metadata,
    part,
    path: toJsonPath(path),
    field,
    raw,
    issues: issuesOf(schema, checked, checkedPath),
  };
}
