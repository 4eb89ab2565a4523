// Validation never throws on hostile input: it returns or throws a ValidationError, nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { safeValidate } from '../validation/validate.ts';
import { cloudSendRequestSchema } from './cloud-send-request.ts';
import { onPremSendRequestSchema } from './onprem-send-request.ts';
import { type OutgoingMessage, outgoingMessageSchema } from './outgoing-message.ts';
import { toCloudSendRequest } from './to-cloud-send-request.ts';
import { toOnPremSendRequest } from './to-onprem-send-request.ts';

const schemas = [
  ['Cloud send request', cloudSendRequestSchema],
  ['On-Premises send request', onPremSendRequestSchema],
  ['OutgoingMessage', outgoingMessageSchema],
] as const;

function deeplyNested(depth: number): unknown {
  let value: unknown = { body: 'x' };
  for (let level = 0; level < depth; level++) value = { text: value, contacts: [value] };
  return value;
}

const hostileInputs: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['a string', 'text'],
  ['an array', [{ to: '1', text: { body: 'x' } }]],
  ['a function', () => 1],
  ['a Date', new Date(0)],
  ['an object without prototype', Object.assign(Object.create(null), { to: '1', text: { body: '' } })],
  ['deep nesting', { to: '1', ...(deeplyNested(200) as object) }],
  ['a huge text body', { to: '1', text: { body: '😀'.repeat(1_000_000) } }],
  ['a huge caption', { to: '1', type: 'image', image: { id: '1', caption: 'x'.repeat(2_000_000) } }],
  ['a __proto__ key', JSON.parse('{"to":"1","text":{"body":"x"},"__proto__":{"polluted":true}}')],
  ['numbers everywhere', { to: 1, type: 2, text: 3, image: 4 }],
  ['arrays everywhere', { to: [], type: [], text: [], contacts: [[]] }],
];

describe('never throws', () => {
  it.each(
    schemas.flatMap(([name, schema]) =>
      hostileInputs.map(([what, input]) => [name, what, schema, input] as const),
    ),
  )('%s: rejects %s with a ValidationError result', (_, __, schema, input) => {
    const result = safeValidate(schema, input, 'message');
    if (result.success) throw new Error('hostile input was accepted');
    expect(result.error).toBeInstanceOf(ValidationError);
    expect(result.error.issues.length).toBeGreaterThan(0);
  });

  it.each(hostileInputs)('the converters throw only ValidationError for %s', (_, input) => {
    expect(() => toCloudSendRequest(input as OutgoingMessage)).toThrow(ValidationError);
    expect(() => toOnPremSendRequest(input as OutgoingMessage)).toThrow(ValidationError);
  });

  it('never throws on arbitrary JSON values (property-based)', () => {
    const messageLike = fc.record(
      {
        to: fc.oneof(fc.string(), fc.integer()),
        type: fc.constantFrom(
          'text',
          'image',
          'audio',
          'document',
          'sticker',
          'video',
          'contacts',
          'location',
          'reaction',
          'hsm',
          'x',
        ),
        text: fc.anything(),
        image: fc.anything(),
        contacts: fc.anything(),
        location: fc.anything(),
        context: fc.anything(),
        preview_url: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), messageLike), (input) => {
        for (const [, schema] of schemas) {
          const result = safeValidate(schema, input, 'message');
          if (!result.success && !(result.error instanceof ValidationError)) return false;
        }
        for (const convert of [
          toCloudSendRequest,
          (message: OutgoingMessage) => toOnPremSendRequest(message),
        ]) {
          try {
            convert(input as OutgoingMessage);
          } catch (error) {
            if (!(error instanceof ValidationError)) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('validates any text body up to 4096 code points and rejects any longer one (property-based, R-TEXT-2)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: 1, max: 5000 }),
        (unit, count) => {
          const body =
            [...unit].length === 0 ? 'a'.repeat(count) : [...unit.repeat(count)].slice(0, count).join('');
          const codePoints = [...body].length;
          const result = safeValidate(outgoingMessageSchema, { to: '1', text: { body } }, 'message');
          return result.success === (codePoints >= 1 && codePoints <= 4096);
        },
      ),
      { numRuns: 200 },
    );
  });
});
