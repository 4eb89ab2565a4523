import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { toValidationIssues } from '../validation/to-validation-issues.ts';
import {
  CloudWebhookPayload,
  cloudMessagesChangeEnvelopeSchema,
  cloudMessagesValueEnvelopeSchema,
  cloudMessagesValueSchema,
  cloudWebhookChangeEnvelopeSchema,
  cloudWebhookEntryEnvelopeSchema,
  cloudWebhookPayloadEnvelopeSchema,
} from './cloud/cloud-webhook-payload.ts';
import { OnPremWebhookPayload, onPremWebhookPayloadEnvelopeSchema } from './onprem/onprem-webhook-payload.ts';

const fixtureDirectory = join(import.meta.dirname, '__fixtures__');
const fixtures = readdirSync(fixtureDirectory)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(join(fixtureDirectory, name), 'utf8'))] as const);

/** The keys of an object schema, sorted. */
function keysOf(schema: z.ZodMiniObject): string[] {
  return Object.keys(schema.shape).sort();
}

/** Paths of the issues of `input` against `schema`, in the same JSON path form as everywhere. */
function issuePaths(schema: z.ZodMiniType, input: unknown): string[] {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? [] : toValidationIssues(result.error.issues).map((issue) => issue.path);
}

describe('webhook envelope schemas (the parts of CloudWebhookPayload, children unparsed)', () => {
  it('R-WH-1 R-WH-2 have exactly the keys of the full schemas at every level', () => {
    const entry = CloudWebhookPayload.shape.entry.def.element;
    expect(keysOf(cloudWebhookPayloadEnvelopeSchema)).toEqual(keysOf(CloudWebhookPayload));
    expect(keysOf(cloudWebhookEntryEnvelopeSchema)).toEqual(keysOf(entry));
    expect(keysOf(cloudMessagesValueEnvelopeSchema)).toEqual(keysOf(cloudMessagesValueSchema));
    expect(keysOf(cloudMessagesChangeEnvelopeSchema)).toEqual(['field', 'value']);
  });

  it.each(fixtures)(
    'R-WH-1 read level by level, %s gives the same parts as the full schema',
    (_name, body) => {
      if (!('object' in body)) {
        // On-Premises: one level.
        const envelope = onPremWebhookPayloadEnvelopeSchema.parse(body);
        const full = OnPremWebhookPayload.parse(body);
        expect(envelope.messages?.length).toBe(full.messages?.length);
        expect(envelope.statuses?.length).toBe(full.statuses?.length);
        expect(envelope.errors?.length).toBe(full.errors?.length);
        return;
      }
      const full = CloudWebhookPayload.parse(body);
      const envelope = cloudWebhookPayloadEnvelopeSchema.parse(body);
      expect(envelope.entry).toHaveLength(full.entry.length);
      envelope.entry.forEach((rawEntry, entryIndex) => {
        const entry = cloudWebhookEntryEnvelopeSchema.parse(rawEntry);
        const fullEntry = full.entry[entryIndex];
        expect(entry.id).toBe(fullEntry?.id);
        entry.changes.forEach((rawChange, changeIndex) => {
          const change = cloudWebhookChangeEnvelopeSchema.parse(rawChange);
          const fullChange = fullEntry?.changes[changeIndex];
          expect(change.field).toBe(fullChange?.field);
          if (change.field !== 'messages' || fullChange?.field !== 'messages') return;
          expect(cloudMessagesChangeEnvelopeSchema.parse(rawChange)).toEqual(change);
          expect(change.value.metadata).toEqual(fullChange.value.metadata);
          for (const key of ['contacts', 'messages', 'statuses', 'errors'] as const) {
            expect(change.value[key]?.length, key).toBe(fullChange.value[key]?.length);
          }
        });
      });
    },
  );

  it.each([
    ['a wrong object', { object: 'page', entry: [] }],
    ['an entry that is not an array', { object: 'whatsapp_business_account', entry: {} }],
    ['no entry', { object: 'whatsapp_business_account' }],
  ])('R-WH-1 the payload envelope rejects %s at the same paths as the full schema', (_label, body) => {
    const paths = issuePaths(CloudWebhookPayload, body);
    expect(paths.length).toBeGreaterThan(0);
    expect(issuePaths(cloudWebhookPayloadEnvelopeSchema, body)).toEqual(paths);
  });

  const entryOf = (entry: unknown) => ({ object: 'whatsapp_business_account', entry: [entry] });
  const metadata = { display_phone_number: '15550001111', phone_number_id: '106540352242922' };
  const changeOf = (value: unknown) => entryOf({ id: '1', changes: [{ field: 'messages', value }] });

  it.each([
    ['an entry without id', entryOf({ changes: [] }), cloudWebhookEntryEnvelopeSchema, ['entry', 0]],
    [
      'changes that are not an array',
      entryOf({ id: '1', changes: 'x' }),
      cloudWebhookEntryEnvelopeSchema,
      ['entry', 0],
    ],
    [
      'a change without field',
      entryOf({ id: '1', changes: [{ value: {} }] }),
      cloudWebhookChangeEnvelopeSchema,
      ['entry', 0, 'changes', 0],
    ],
    [
      'a value without metadata',
      changeOf({ messaging_product: 'whatsapp' }),
      cloudMessagesChangeEnvelopeSchema,
      ['entry', 0, 'changes', 0],
    ],
    [
      'another messaging_product',
      changeOf({ messaging_product: 'instagram', metadata }),
      cloudMessagesChangeEnvelopeSchema,
      ['entry', 0, 'changes', 0],
    ],
    [
      'messages that are not an array',
      changeOf({ messaging_product: 'whatsapp', metadata, messages: {} }),
      cloudMessagesChangeEnvelopeSchema,
      ['entry', 0, 'changes', 0],
    ],
  ])(
    'R-WH-1 R-WH-2 the part envelope rejects %s at the same paths as the full schema',
    (_label, body, schema, at) => {
      const paths = issuePaths(CloudWebhookPayload, body);
      expect(paths.length).toBeGreaterThan(0);
      const part = at.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], body);
      const prefix = `$${at.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')}`;
      expect(issuePaths(schema, part).map((path) => `${prefix}${path.slice(1)}`)).toEqual(paths);
    },
  );

  it('leaves the items of every array unparsed', () => {
    const value = {
      messaging_product: 'whatsapp',
      metadata,
      messages: [42],
      statuses: [null],
      errors: ['x'],
    };
    expect(cloudMessagesValueEnvelopeSchema.parse(value)).toEqual(value);
    expect(cloudMessagesValueSchema.safeParse(value).success).toBe(false);
    expect(onPremWebhookPayloadEnvelopeSchema.parse({ messages: [42] })).toEqual({ messages: [42] });
  });

  it('R-WH-3 the On-Premises envelope keeps the rule that one of messages, statuses and errors is present', () => {
    expect(issuePaths(onPremWebhookPayloadEnvelopeSchema, { contacts: [] })).toEqual(
      issuePaths(OnPremWebhookPayload, { contacts: [] }),
    );
    expect(issuePaths(onPremWebhookPayloadEnvelopeSchema, { contacts: [] })).toEqual(['$']);
  });

  it('keeps a change of another field as the unknown variant, with the original', () => {
    const change = { field: 'account_update', value: { event: 'VERIFIED_ACCOUNT' } };
    expect(cloudWebhookChangeEnvelopeSchema.parse(change)).toEqual({
      ...change,
      field: 'unknown',
      raw: change,
    });
  });
});
