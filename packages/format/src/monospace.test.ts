import { describe, expect, it } from 'vitest';
import { FormattedText } from './formatted-text.ts';
import { inlineCode } from './inline-code.ts';
import { monospace } from './monospace.ts';
import { parse } from './parse.ts';
import { wa } from './wa.ts';

describe('monospace', () => {
  it.each([
    ['wraps in triple backticks', 'print', '```print```'],
    ['keeps inner whitespace and line breaks', ' a\n  b ', '``` a\n  b ```'],
    ['leaves an empty string empty', '', ''],
    [
      'escapes backticks so they cannot end the block',
      'a```b',
      '```a\u2060`\u2060\u2060`\u2060\u2060`\u2060b```',
    ],
  ])('R-FMT-4 %s', (_name, input, expected) => {
    expect(monospace(input)).toBe(expected);
  });

  it.each([
    ['markers inside stay literal', '*not bold*'],
    ['backticks inside stay', 'x = `y` + ```z```'],
    ['several lines', 'line 1\nline 2'],
  ])('R-FMT-4 parses back to one monospace node: %s', (_name, input) => {
    expect(parse(monospace(input))).toStrictEqual([{ type: 'monospace', text: input }]);
  });

  it('gives a FormattedText for a FormattedText, with user text inside kept as typed', () => {
    const result = monospace(wa`${'- a*b*'}`);
    expect(result).toBeInstanceOf(FormattedText);
    expect(parse(result.text)).toStrictEqual([{ type: 'monospace', text: '- a*b*' }]);
  });
});

describe('inlineCode', () => {
  it.each([
    ['wraps in single backticks', 'ORDER-42', '`ORDER-42`'],
    ['moves edge whitespace outside', ' x ', ' `x` '],
    ['wraps every line', 'a\nb', '`a`\n`b`'],
    ['leaves blank text without markers', ' ', ' '],
    ['escapes backticks inside', 'a`b', '`a\u2060`\u2060b`'],
  ])('%s', (_name, input, expected) => {
    expect(inlineCode(input)).toBe(expected);
  });

  it.each(['ORDER-42', 'a`b', '*x* _y_'])('parses back to one inline code node: %s', (input) => {
    expect(parse(inlineCode(input))).toStrictEqual([{ type: 'inlineCode', text: input }]);
  });
});
