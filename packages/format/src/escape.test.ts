import { describe, expect, it } from 'vitest';
import { escape as escapeText } from './escape.ts';
import { parse } from './parse.ts';
import { toPlainText } from './to-plain-text.ts';

const J = '\u2060';

describe('escape', () => {
  it.each([
    ['a name with markers', '*_Tom_*', `${J}*${J}${J}_${J}Tom${J}_${J}${J}*${J}`],
    ['arithmetic', '2*3*4', `2${J}*${J}3${J}*${J}4`],
    ['a strikethrough look-alike', '~50% off~', `${J}~${J}50% off${J}~${J}`],
    ['code markers', '```x```', `${J}\`${J}${J}\`${J}${J}\`${J}x${J}\`${J}${J}\`${J}${J}\`${J}`],
    ['a line that looks like a quote', '> hi', `${J}> hi`],
    ['a line that looks like a bullet', '- hi', `${J}- hi`],
    ['a line that looks like a numbered item', '1. hi', `${J}1. hi`],
    ['such lines after a line break', 'a\n> b\n2. c', `a\n${J}> b\n${J}2. c`],
    ['a dash inside a line (left alone)', 'a - b', 'a - b'],
    ['text without markers (left alone)', 'Hello, world!', 'Hello, world!'],
    ['an empty string', '', ''],
  ])('R-FMT-1..4 escapes %s', (_name, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it.each(['*_Tom_*', '2*3*4', '_a_ ~b~ `c`', '> q\n- b\n1. n', `${J}*${J}`, `${J}- x`, '\ud800*\udc00*'])(
    'is undone by toPlainText and parses as plain text only: %j',
    (input) => {
      const escaped = escapeText(input);
      expect(toPlainText(escaped)).toBe(input);
      expect(parse(escaped)).toStrictEqual([{ type: 'text', text: input }]);
    },
  );
});
