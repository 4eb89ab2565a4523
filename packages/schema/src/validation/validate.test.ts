import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ValidationError } from '../errors/validation-error.ts';
import { boundedText } from './rule-check.ts';
import { toJsonPath, toTolerantValidationIssues, toValidationIssues } from './to-validation-issues.ts';
import { safeValidate, validate } from './validate.ts';

const example = z.strictObject({
  to: z.string(),
  text: z.strictObject({ body: boundedText({ rule: 'R-TEXT-2', max: 5, nonEmptyRule: 'R-TEXT-1' }) }),
});

describe('validate', () => {
  it('returns the typed value when valid', () => {
    expect(validate(example, { to: '1', text: { body: '😀😀😀😀😀' } }, 'example')).toEqual({
      to: '1',
      text: { body: '😀😀😀😀😀' },
    });
  });

  it('words every zod issue kind itself (zod/mini loads no locale)', () => {
    const shapes = z.strictObject({
      kind: z.literal('text'),
      mode: z.enum(['a', 'b']),
      either: z.union([z.string(), z.number()]),
      short: z.string().check(z.minLength(2)),
      few: z.array(z.string()).check(z.maxLength(1)),
      link: z.url(),
    });
    const result = safeValidate(
      shapes,
      { kind: 'txt', mode: 'c', either: true, short: 'x', few: ['a', 'b'], link: 'nope' },
      'shapes',
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map(({ path, message }) => `${path} ${message}`)).toEqual([
      '$.kind must be "text"',
      '$.mode must be one of "a", "b"',
      '$.either matches none of the allowed shapes',
      '$.short must be at least 2 characters long',
      '$.few must have at most 1 item',
      '$.link must be a valid url',
    ]);
  });

  it('lists every problem with JSON path, rule and limit', () => {
    const result = safeValidate(example, { text: { body: 'abcdef', Body: 'x' }, extra: 1 }, 'example');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(ValidationError);
    expect(result.error.issues).toEqual([
      { path: '$.to', message: 'is required (string)', rule: undefined, limit: undefined },
      {
        path: '$.text.body',
        message: 'is 6 characters long; at most 5 are allowed',
        rule: 'R-TEXT-2',
        limit: 5,
      },
      { path: '$.text.Body', message: 'is not a known field here; did you mean "body"?' },
      { path: '$.extra', message: 'is not a known field here (check its spelling)' },
    ]);
  });

  it('tells a wrongly typed field apart from a missing one', () => {
    const result = safeValidate(example, { to: 5, text: { body: 'hi' } }, 'example');
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: '$.to', message: 'must be string', rule: undefined, limit: undefined },
    ]);
  });

  it.each([null, undefined, 42, 'text', [], [1, 2], true])('never throws on %j', (input) => {
    const result = safeValidate(example, input, 'example');
    expect(result.success).toBe(false);
  });

  it('turns a throwing getter into a ValidationError', () => {
    const input = {
      get to(): string {
        throw new Error('boom');
      },
    };
    expect(() => validate(example, input, 'example')).toThrow(ValidationError);
  });
});

describe('toJsonPath', () => {
  it.each([
    [[], '$'],
    [['interactive', 'action', 'sections', 0, 'rows', 2], '$.interactive.action.sections[0].rows[2]'],
    [['odd key'], '$["odd key"]'],
  ])('%j → %s', (path, expected) => {
    expect(toJsonPath(path)).toBe(expected);
  });
});

describe('toTolerantValidationIssues', () => {
  it('words the issues of tolerant schemas exactly as toValidationIssues does', () => {
    const tolerant = z.looseObject({
      kind: z.literal('text'),
      status: z.literal(['sent', 'read']),
      id: z.string(),
      either: z.union([z.string(), z.number()]),
      note: z.looseObject({ body: z.string() }).check((context) => {
        context.issues.push({ code: 'custom', input: context.value, message: 'is not a note' });
      }),
    });
    const result = z.safeParse(
      tolerant,
      { kind: 'txt', status: 'gone', id: 1, either: true, note: { body: 'x' } },
      { reportInput: true },
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    const issues = toTolerantValidationIssues(result.error.issues);
    expect(issues).toStrictEqual(toValidationIssues(result.error.issues));
    expect(issues.map(({ path, message }) => `${path} ${message}`)).toEqual([
      '$.kind must be "text"',
      '$.status must be one of "sent", "read"',
      '$.id must be string',
      '$.either matches none of the allowed shapes',
      '$.note is not a note',
    ]);
  });

  it("leaves the checks tolerant schemas never raise with zod's own message", () => {
    const result = z.safeParse(z.string().check(z.minLength(2)), 'x');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(toTolerantValidationIssues(result.error.issues)).toEqual([
      { path: '$', message: result.error.issues[0]?.message },
    ]);
  });
});
