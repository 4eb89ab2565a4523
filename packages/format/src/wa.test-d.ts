import { describe, expectTypeOf, it } from 'vitest';
import {
  bold,
  bulletList,
  type FormatNode,
  type FormattedText,
  type InlineNode,
  inlineCode,
  italic,
  monospace,
  numberedList,
  parse,
  quote,
  strikethrough,
  toHtml,
  toPlainText,
  wa,
} from './index.ts';

describe('types', () => {
  it('helpers keep the kind of their input: string in, string out; FormattedText in, FormattedText out', () => {
    for (const helper of [bold, italic, strikethrough, monospace, inlineCode, quote]) {
      expectTypeOf(helper('x')).toEqualTypeOf<string>();
      expectTypeOf(helper(wa`x`)).toEqualTypeOf<FormattedText>();
      expectTypeOf(helper('x' as string | FormattedText)).toEqualTypeOf<string | FormattedText>();
    }
    expectTypeOf(bulletList(['a'])).toEqualTypeOf<string>();
    expectTypeOf(numberedList(['a', wa`b`])).toEqualTypeOf<string | FormattedText>();
  });

  it('the wa tag accepts text-like values and FormattedText, and returns FormattedText', () => {
    expectTypeOf(wa`${'a'} ${1} ${2n} ${true} ${wa`b`}`).toEqualTypeOf<FormattedText>();
    // @ts-expect-error objects would print as [object Object]
    wa`${{ name: 'x' }}`;
    // @ts-expect-error undefined is almost always a bug in a message
    wa`${undefined}`;
  });

  it('the tree is a discriminated union', () => {
    const [node] = parse('*x*');
    if (node?.type === 'bold') expectTypeOf(node.children).toEqualTypeOf<InlineNode[]>();
    if (node?.type === 'numberedItem') expectTypeOf(node.number).toEqualTypeOf<number>();
    if (node?.type === 'monospace') expectTypeOf(node.text).toEqualTypeOf<string>();
    expectTypeOf(toHtml).parameter(0).toEqualTypeOf<string | readonly FormatNode[]>();
    expectTypeOf(toPlainText).returns.toEqualTypeOf<string>();
  });

  it('bulletList only takes the bullets WhatsApp knows', () => {
    // @ts-expect-error only '-' and '*' make a bullet
    bulletList(['a'], { marker: '+' });
  });
});
