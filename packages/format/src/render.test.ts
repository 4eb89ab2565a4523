import { describe, expect, it } from 'vitest';
import type { FormatNode, InlineNode } from './format-node.ts';
import { parse } from './parse.ts';
import { render } from './render.ts';
import { toPlainText } from './to-plain-text.ts';

const J = '\u2060';
const t = (text: string): InlineNode => ({ type: 'text', text });
const b = (...children: InlineNode[]): InlineNode => ({ type: 'bold', children });
const i = (...children: InlineNode[]): InlineNode => ({ type: 'italic', children });

describe('render', () => {
  it.each<[string, FormatNode[], string]>([
    ['R-FMT-1 bold', [t('Total '), b(t('$10'))], 'Total *$10*'],
    ['R-FMT-1 text inside bold is escaped', [b(t('2*3'))], `*2${J}*${J}3*`],
    ['R-FMT-1..2 nested styles', [b(i(t('x')))], '*_x_*'],
    ['R-FMT-1 bold inside bold is written once', [b(t('a '), b(t('b')))], '*a b*'],
    ['R-FMT-1 edge whitespace moves outside', [b(t(' x '))], ' *x* '],
    ['R-FMT-1 an empty style vanishes', [t('a'), b(), t('b')], 'ab'],
    ['R-FMT-1 a style over two lines is wrapped per line', [b(t('a\nb'))], '*a*\n*b*'],
    ['R-FMT-1 a style glued to a letter is written as plain text', [t('a'), b(t('b'))], 'ab'],
    [
      'R-FMT-4 monospace escapes backticks',
      [{ type: 'monospace', text: 'a```b' }],
      `\`\`\`a${J}\`${J}${J}\`${J}${J}\`${J}b\`\`\``,
    ],
    [
      'R-FMT-4 bold around multi-line monospace is written as plain text',
      [b({ type: 'monospace', text: 'a\nb' })],
      'a\nb',
    ],
    ['a quote', [{ type: 'quote', children: [t('q')] }], '> q'],
    [
      'a list item in mid-line is written as plain text',
      [t('a '), { type: 'bulletItem', marker: '-', children: [t('b')] }],
      'a - b',
    ],
    ['a numbered item', [{ type: 'numberedItem', number: 3, children: [t('c')] }], '3. c'],
    ['text that looks like a list at a line start is escaped', [t('x\n- y')], `x\n${J}- y`],
  ])('%s', (_name, nodes, expected) => {
    expect(render(nodes)).toBe(expected);
  });

  it.each([
    'Your total is *$10.50*.',
    '> quoted _text_\n- one\n- two\n1. first',
    'run `npm i` then ```npm test```',
    '*bold _italic ~strike~_*',
  ])('parse then render gives the text back: %j', (text) => {
    expect(render(parse(text))).toBe(text);
  });

  it('keeps the text of a tree that cannot render as formatting', () => {
    const nodes: FormatNode[] = [t('x'), b(t('y')), { type: 'inlineCode', text: 'z' }, t('w')];
    expect(toPlainText(render(nodes))).toBe('xyzw');
  });
});
