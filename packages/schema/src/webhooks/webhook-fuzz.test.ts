import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { safeValidate } from '../validation/validate.ts';
import { CloudWebhookPayload } from './cloud/cloud-webhook-payload.ts';
import { OnPremWebhookPayload } from './onprem/onprem-webhook-payload.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function readFixture(name: string): Json {
  return JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', `${name}.json`), 'utf8')) as Json;
}

/** Every path to a value inside `value` (the root excluded). */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** A copy of `value` with the value at `path` replaced. */
function replaceAt(value: Json, path: (string | number)[], replacement: Json): Json {
  const [head, ...rest] = path;
  if (head === undefined || value === null || typeof value !== 'object') return replacement;
  if (Array.isArray(value)) {
    return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  }
  return { ...value, [head]: replaceAt(value[head as string] ?? null, rest, replacement) };
}

const cases: [fixture: string, schema: z.ZodMiniType][] = [
  ['cloud-delivery-multi-entry', CloudWebhookPayload],
  ['cloud-message-location-ex-32', CloudWebhookPayload],
  ['cloud-message-interactive-list-reply', CloudWebhookPayload],
  ['onprem-delivery-statuses', OnPremWebhookPayload],
];

describe('webhook payloads with one value replaced at random', () => {
  it.each(cases)('R-WH-1 %s: safeValidate never throws, and every issue has a JSON path', (name, schema) => {
    const fixture = readFixture(name);
    const paths = pathsOf(fixture);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, replacement) => {
        const result = safeValidate(schema, replaceAt(fixture, path, replacement as Json), name);
        if (!result.success) {
          for (const issue of result.error.issues) expect(issue.path).toMatch(/^\$/);
        }
      }),
      { numRuns: 120 },
    );
  });
});
