import { describe, expect, it } from 'vitest';
import { bold } from './bold.ts';
import { FormattedText } from './formatted-text.ts';
import { italic } from './italic.ts';
import { parse } from './parse.ts';
import { strikethrough } from './strikethrough.ts';
import { wa } from './wa.ts';

describe('bold, italic, strikethrough', () => {
  it.each([
    ['R-FMT-1 bold', bold, 'x', '*x*'],
    ['R-FMT-2 italic', italic, 'x', '_x_'],
    ['R-FMT-3 strikethrough', strikethrough, 'x', '~x~'],
    ['R-FMT-1 bold moves edge whitespace outside', bold, '  total ', '  *total* '],
    ['R-FMT-2 italic moves edge whitespace outside', italic, '\tx\t', '\t_x_\t'],
    ['R-FMT-1 bold leaves an empty string empty', bold, '', ''],
    ['R-FMT-3 strikethrough leaves blank text without markers', strikethrough, '   ', '   '],
    ['R-FMT-1 bold wraps every line (styles do not cross line breaks)', bold, 'a\nb', '*a*\n*b*'],
    ['R-FMT-1 bold skips blank lines', bold, 'a\n\n  \nb', '*a*\n\n  \n*b*'],
    ['R-FMT-1 bold keeps markers already in the markup', bold, 'x*y', '*x*y*'],
  ])('%s', (_name, helper, input, expected) => {
    expect(helper(input)).toBe(expected);
  });

  it('returns primitive strings, so results compare with ===', () => {
    expect(bold('x') === '*x*').toBe(true);
    expect(italic('x') === '_x_').toBe(true);
    expect(strikethrough('x') === '~x~').toBe(true);
  });

  it.each([
    ['bold(italic(x))', bold(italic('x')), '*_x_*', ['bold', 'italic']],
    ['italic(bold(x))', italic(bold('x')), '_*x*_', ['italic', 'bold']],
    [
      'strikethrough(bold(italic(x)))',
      strikethrough(bold(italic('x'))),
      '~*_x_*~',
      ['strikethrough', 'bold', 'italic'],
    ],
  ])('R-FMT-1..3 nest the way WhatsApp renders them: %s', (_name, markup, expected, types) => {
    expect(markup).toBe(expected);
    let nodes = parse(markup);
    for (const type of types) {
      expect(nodes).toHaveLength(1);
      const [node] = nodes;
      expect(node?.type).toBe(type);
      nodes = node && 'children' in node ? node.children : [];
    }
    expect(nodes).toStrictEqual([{ type: 'text', text: 'x' }]);
  });

  it('R-FMT-1 output renders as bold even with whitespace at the edges (`* x*` would not)', () => {
    expect(parse('a * x*').some((node) => node.type === 'bold')).toBe(false);
    expect(parse(bold(' x'))).toStrictEqual([
      { type: 'text', text: ' ' },
      { type: 'bold', children: [{ type: 'text', text: 'x' }] },
    ]);
  });

  it('drops the line-start escape of escaped text, which no longer starts the line', () => {
    expect(bold(wa`${'- 1'}`.text)).toBe('*- 1*');
    expect(parse(bold(wa`${'- 1'}`.text))).toStrictEqual([
      { type: 'bold', children: [{ type: 'text', text: '- 1' }] },
    ]);
  });

  it('gives a FormattedText for a FormattedText', () => {
    const result = bold(wa`${'*x*'}`);
    expect(result).toBeInstanceOf(FormattedText);
    expect(result.text).toBe('*\u2060*\u2060x\u2060*\u2060*');
  });
});
