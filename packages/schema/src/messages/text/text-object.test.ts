import { describe, expect, it } from 'vitest';
import { issuesOf, rulesOf } from '../__fixtures__/issues-of.ts';
import { onPremTextObjectSchema } from './onprem-text-object.ts';
import { MAX_TEXT_BODY_LENGTH, textObjectSchema } from './text-object.ts';

const schemas = [
  ['text (Cloud, OutgoingMessage)', textObjectSchema],
  ['text (On-Premises)', onPremTextObjectSchema],
] as const;

describe('text object', () => {
  it.each(schemas)(
    'R-TEXT-2 accepts a body of exactly 4096 emoji (code points, not UTF-16 units): %s',
    (_, schema) => {
      const body = '👋'.repeat(MAX_TEXT_BODY_LENGTH);
      expect(body.length).toBe(8192);
      expect(issuesOf(schema, { body })).toEqual([]);
    },
  );

  it.each(schemas)('R-TEXT-2 rejects a body of 4097 characters: %s', (_, schema) => {
    expect(issuesOf(schema, { body: `${'👋'.repeat(4096)}!` })).toEqual([
      {
        path: '$.body',
        rule: 'R-TEXT-2',
        limit: 4096,
        message: 'is 4097 characters long; at most 4096 are allowed',
      },
    ]);
    expect(rulesOf(schema, { body: 'a'.repeat(4097) })).toEqual(['$.body [R-TEXT-2]']);
  });

  it.each(schemas)('R-TEXT-1 rejects a missing or empty body: %s', (_, schema) => {
    expect(rulesOf(schema, {})).toEqual(['$.body [R-TEXT-1]']);
    expect(rulesOf(schema, { body: '' })).toEqual(['$.body [R-TEXT-1]']);
    expect(issuesOf(schema, { body: 'x' })).toEqual([]);
  });

  it('R-TEXT-3 accepts URLs and formatting markup in the body', () => {
    expect(issuesOf(textObjectSchema, { body: '*Bold* _it_ ~st~ ```mono``` https://example.com' })).toEqual(
      [],
    );
  });

  it('R-TEXT-4 accepts text.preview_url on the Cloud API and in an OutgoingMessage', () => {
    expect(issuesOf(textObjectSchema, { body: 'https://example.com', preview_url: true })).toEqual([]);
    expect(issuesOf(textObjectSchema, { body: 'x', preview_url: 'yes' })).toHaveLength(1);
  });

  it('R-REQ-20 rejects text.preview_url on the On-Premises API (it is top-level there)', () => {
    expect(rulesOf(onPremTextObjectSchema, { body: 'x', preview_url: true })).toEqual([
      '$.preview_url [R-REQ-20]',
    ]);
  });
});
