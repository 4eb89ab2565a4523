import { describe, expect, it } from 'vitest';
import type { FormatNode, InlineNode } from './format-node.ts';
import { parse } from './parse.ts';

const t = (text: string): InlineNode => ({ type: 'text', text });
const b = (...children: InlineNode[]): InlineNode => ({ type: 'bold', children });
const i = (...children: InlineNode[]): InlineNode => ({ type: 'italic', children });
const s = (...children: InlineNode[]): InlineNode => ({ type: 'strikethrough', children });

describe('parse: inline styles', () => {
  it.each<[string, string, FormatNode[]]>([
    ['R-FMT-1 bold (seed example)', 'Your total is *$10.50*.', [t('Your total is '), b(t('$10.50')), t('.')]],
    ['R-FMT-2 italic (seed example)', 'Welcome to _WhatsApp_!', [t('Welcome to '), i(t('WhatsApp')), t('!')]],
    [
      'R-FMT-3 strikethrough (seed example)',
      'This is ~better~ best!',
      [t('This is '), s(t('better')), t(' best!')],
    ],
    ['R-FMT-1 opening marker followed by whitespace is plain', 'a * x*', [t('a * x*')]],
    ['R-FMT-1 closing marker preceded by whitespace is plain', '*x *', [t('*x *')]],
    ['R-FMT-1 markers inside a word are plain', '2*3*4', [t('2*3*4')]],
    ['R-FMT-2 snake_case_names stay plain', 'a snake_case_name', [t('a snake_case_name')]],
    ['R-FMT-1 empty content is plain', '** and __', [t('** and __')]],
    [
      'R-FMT-1 punctuation may surround markers',
      '(*x*), "_y_"',
      [t('('), b(t('x')), t('), "'), i(t('y')), t('"')],
    ],
    ['R-FMT-1 an emoji counts as punctuation', '😀*x*😀', [t('😀'), b(t('x')), t('😀')]],
    ['R-FMT-1 styles do not cross line breaks', '*a\nb*', [t('*a\nb*')]],
    ['R-FMT-1..3 different styles nest', '*_~x~_*', [b(i(s(t('x'))))]],
    ['R-FMT-1..3 nested styles with text around', '*a _b_ c*', [b(t('a '), i(t('b')), t(' c'))]],
    ['R-FMT-1 the first closer wins', '*a* b*', [b(t('a')), t(' b*')]],
    ['R-FMT-1 an unclosed inner style is plain inside the outer one', '*a _b*', [b(t('a _b'))]],
    ['R-FMT-1 escaped markers are text', '\u2060*\u2060x\u2060*\u2060', [t('*x*')]],
    ['R-FMT-1 a lone word joiner stays', 'a\u2060b', [t('a\u2060b')]],
  ])('%s: %j', (_name, input, expected) => {
    expect(parse(input)).toStrictEqual(expected);
  });
});

describe('parse: code', () => {
  it.each<[string, string, FormatNode[]]>([
    [
      'R-FMT-4 monospace (seed example)',
      "```print 'Hello World';```",
      [{ type: 'monospace', text: "print 'Hello World';" }],
    ],
    ['R-FMT-4 monospace spans lines', '```a\n*b*```', [{ type: 'monospace', text: 'a\n*b*' }]],
    [
      'R-FMT-4 monospace may sit inside a word',
      'x```y```z',
      [t('x'), { type: 'monospace', text: 'y' }, t('z')],
    ],
    ['R-FMT-4 nothing is parsed inside monospace', '```*a* _b_```', [{ type: 'monospace', text: '*a* _b_' }]],
    ['R-FMT-4 unclosed monospace is plain', '```a', [t('```a')]],
    ['R-FMT-4 empty monospace is plain', '``````', [t('``````')]],
    ['inline code', 'run `npm i` now', [t('run '), { type: 'inlineCode', text: 'npm i' }, t(' now')]],
    ['inline code: nothing parsed inside', '`*a*`', [{ type: 'inlineCode', text: '*a*' }]],
    ['inline code stays on one line', '`a\nb`', [t('`a\nb`')]],
    ['inline code inside bold', '*see `x`*', [b(t('see '), { type: 'inlineCode', text: 'x' })]],
    [
      'R-FMT-4 a monospace block across lines ends open styles',
      '*a ```b\nc``` d*',
      [t('*a '), { type: 'monospace', text: 'b\nc' }, t(' d*')],
    ],
  ])('%s: %j', (_name, input, expected) => {
    expect(parse(input)).toStrictEqual(expected);
  });
});

describe('parse: lines', () => {
  it.each<[string, string, FormatNode[]]>([
    ['quote', '> hi *there*', [{ type: 'quote', children: [t('hi '), b(t('there'))] }]],
    ['bullet with -', '- a', [{ type: 'bulletItem', marker: '-', children: [t('a')] }]],
    ['bullet with *', '* a', [{ type: 'bulletItem', marker: '*', children: [t('a')] }]],
    ['numbered item', '12. a', [{ type: 'numberedItem', number: 12, children: [t('a')] }]],
    ['a number with leading zeros is text', '01. a', [t('01. a')]],
    ['no space after the prefix is text', '-a\n>b\n1.b', [t('-a\n>b\n1.b')]],
    ['prefixes only count at the start of a line', 'a - b > c', [t('a - b > c')]],
    [
      'lines follow each other',
      '- a\n- b\ntext',
      [
        { type: 'bulletItem', marker: '-', children: [t('a')] },
        t('\n'),
        { type: 'bulletItem', marker: '-', children: [t('b')] },
        t('\ntext'),
      ],
    ],
    [
      'an escaped prefix is text without its word joiner',
      '\u2060- a\n\u2060\u20601. b',
      [t('- a\n\u20601. b')],
    ],
  ])('%s: %j', (_name, input, expected) => {
    expect(parse(input)).toStrictEqual(expected);
  });

  it('gives an empty tree for empty text', () => {
    expect(parse('')).toStrictEqual([]);
  });
});
