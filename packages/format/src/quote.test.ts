import { describe, expect, it } from 'vitest';
import { bulletList } from './bullet-list.ts';
import { escape as escapeText } from './escape.ts';
import { FormattedText } from './formatted-text.ts';
import { numberedList } from './numbered-list.ts';
import { parse } from './parse.ts';
import { quote } from './quote.ts';
import { toPlainText } from './to-plain-text.ts';
import { wa } from './wa.ts';

describe('quote', () => {
  it.each([
    ['one line', 'Where is my order?', '> Where is my order?'],
    ['every line', 'a\nb', '> a\n> b'],
    ['an empty string', '', ''],
    ['blank text', ' \n ', ''],
    ['escaped text starting with a dash', escapeText('- not a list'), '> - not a list'],
  ])('quotes %s', (_name, input, expected) => {
    expect(quote(input)).toBe(expected);
  });

  it('parses back to quote lines', () => {
    expect(parse(quote('a *b*'))).toStrictEqual([
      {
        type: 'quote',
        children: [
          { type: 'text', text: 'a ' },
          { type: 'bold', children: [{ type: 'text', text: 'b' }] },
        ],
      },
    ]);
  });
});

describe('bulletList', () => {
  it.each([
    ['items', ['Tea', 'Coffee'], undefined, '- Tea\n- Coffee'],
    ['with * bullets', ['Tea'], { marker: '*' as const }, '* Tea'],
    ['without blank items', ['', 'a', '  '], undefined, '- a'],
    ['of nothing', [], undefined, ''],
  ])('lists %s', (_name, items, options, expected) => {
    expect(bulletList(items, options)).toBe(expected);
  });

  it('parses back to bullet items, escaped items staying plain', () => {
    expect(parse(bulletList([escapeText('*x*'), '_y_']))).toStrictEqual([
      { type: 'bulletItem', marker: '-', children: [{ type: 'text', text: '*x*' }] },
      { type: 'text', text: '\n' },
      {
        type: 'bulletItem',
        marker: '-',
        children: [{ type: 'italic', children: [{ type: 'text', text: 'y' }] }],
      },
    ]);
  });

  it('gives a FormattedText when an item is one', () => {
    const result = bulletList(['a', wa`${'> b'}`]);
    expect(result).toBeInstanceOf(FormattedText);
    expect(toPlainText(String(result))).toBe('- a\n- > b');
  });
});

describe('numberedList', () => {
  it.each([
    ['from 1', ['Pick', 'Pack', 'Ship'], undefined, '1. Pick\n2. Pack\n3. Ship'],
    ['from another number', ['x', 'y'], { start: 3 }, '3. x\n4. y'],
    ['without blank items, which are not counted', ['a', '', 'b'], undefined, '1. a\n2. b'],
    ['of nothing', [], undefined, ''],
  ])('numbers %s', (_name, items, options, expected) => {
    expect(numberedList(items, options)).toBe(expected);
  });

  it('parses back to numbered items', () => {
    expect(parse(numberedList(['a', 'b'], { start: 9 }))).toStrictEqual([
      { type: 'numberedItem', number: 9, children: [{ type: 'text', text: 'a' }] },
      { type: 'text', text: '\n' },
      { type: 'numberedItem', number: 10, children: [{ type: 'text', text: 'b' }] },
    ]);
  });
});
