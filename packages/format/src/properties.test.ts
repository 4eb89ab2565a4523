import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bold,
  bulletList,
  escape as escapeText,
  type FormatNode,
  fromMarkdown,
  type InlineNode,
  inlineCode,
  italic,
  monospace,
  numberedList,
  parse,
  plainTextOf,
  quote,
  render,
  strikethrough,
  toHtml,
  toPlainText,
  wa,
} from './index.ts';

/** Strings rich in the characters WhatsApp formatting reacts to, plus any Unicode and lone surrogates. */
const tricky = fc.string({
  unit: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom('*', '_', '~', '`', '```', '\u2060', '\n', ' ', '>', '-', '1.', '<', '&'),
    },
    { weight: 2, arbitrary: fc.constantFrom('a', 'B', '7', '.', ',', '(', 'é', '日', '😀', '\t') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
  ),
  maxLength: 40,
});

const word = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', '.', '*', '_', '`', '\n', '-', '😀'),
  maxLength: 6,
});

const inlineTree: fc.Arbitrary<InlineNode[]> = fc.letrec<{ nodes: InlineNode[]; node: InlineNode }>(
  (tie) => ({
    nodes: fc.array(tie('node'), { maxLength: 4 }),
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ type: fc.constant('text' as const), text: fc.oneof(word, tricky) }),
      fc.record({
        type: fc.constantFrom('monospace' as const, 'inlineCode' as const),
        text: fc.oneof(word, tricky),
      }),
      fc.record({
        type: fc.constantFrom('bold' as const, 'italic' as const, 'strikethrough' as const),
        children: tie('nodes'),
      }),
    ),
  }),
).nodes;

const tree: fc.Arbitrary<FormatNode[]> = fc
  .array(
    fc.oneof(
      inlineTree.map((children): FormatNode[] => children),
      inlineTree.map((children): FormatNode[] => [{ type: 'quote', children }]),
      fc
        .tuple(fc.constantFrom('-' as const, '*' as const), inlineTree)
        .map(([marker, children]): FormatNode[] => [{ type: 'bulletItem', marker, children }]),
      fc
        .tuple(fc.nat({ max: 20 }), inlineTree)
        .map(([number, children]): FormatNode[] => [{ type: 'numberedItem', number, children }]),
      fc.constant<FormatNode[]>([{ type: 'text', text: '\n' }]),
    ),
    { maxLength: 6 },
  )
  .map((groups) => groups.flat());

function hasFormatting(nodes: readonly FormatNode[]): boolean {
  return nodes.some((node) => node.type !== 'text');
}

describe('escaping (property)', () => {
  it('escape(text) parses to plain text only, and toPlainText gives the text back', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const nodes = parse(escapeText(text));
        expect(hasFormatting(nodes)).toBe(false);
        expect(toPlainText(escapeText(text))).toBe(text);
      }),
    );
  });

  it('wa`…` never lets interpolated text become formatting, whatever surrounds it', () => {
    const plainTemplate = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '.', '('), maxLength: 4 });
    fc.assert(
      fc.property(plainTemplate, tricky, plainTemplate, tricky, plainTemplate, (a, first, b, second, c) => {
        const message = wa`${a}${first}${b}${second}${c}`;
        expect(hasFormatting(parse(message.text))).toBe(false);
        expect(toPlainText(message.text)).toBe(a + first + b + second + c);
      }),
    );
  });

  it('user text inside a styled template only ever shows as the content of that style', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const nodes = parse(wa`*Hi* ${text} _bye_`.text);
        expect(nodes[0]).toStrictEqual({ type: 'bold', children: [{ type: 'text', text: 'Hi' }] });
        expect(nodes.filter((node) => node.type !== 'text')).toHaveLength(2);
        expect(toPlainText(nodes)).toBe(`Hi ${text} bye`);
      }),
    );
  });

  it('helpers around escaped text keep the text: toPlainText(helper(escape(text))) is the text', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const escaped = escapeText(text);
        for (const helper of [bold, italic, strikethrough, inlineCode]) {
          expect(toPlainText(helper(escaped))).toBe(text);
        }
        expect(toPlainText(monospace(escaped))).toBe(text);
      }),
    );
  });

  it('helpers around escaped non-blank single-line text render the style they promise', () => {
    const line = tricky.map((text) => text.replaceAll('\n', ' ')).filter((text) => text.trim() !== '');
    fc.assert(
      fc.property(line, (text) => {
        const trimmed = text.trim();
        const cases = [
          [bold, 'bold'],
          [italic, 'italic'],
          [strikethrough, 'strikethrough'],
        ] as const;
        for (const [helper, type] of cases) {
          const styled = parse(helper(escapeText(trimmed)));
          expect(styled).toStrictEqual([{ type, children: [{ type: 'text', text: trimmed }] }]);
        }
        // Code helpers take the text as it is; a word joiner of its own next to a backtick is the one
        // input they cannot tell from an escape.
        if (!trimmed.includes('\u2060')) {
          expect(parse(inlineCode(trimmed))).toStrictEqual([{ type: 'inlineCode', text: trimmed }]);
          expect(parse(monospace(trimmed))).toStrictEqual([{ type: 'monospace', text: trimmed }]);
        }
      }),
    );
  });
});

describe('rendering (property)', () => {
  it('toPlainText(render(tree)) equals the text of the tree', () => {
    fc.assert(
      fc.property(tree, (nodes) => {
        expect(toPlainText(render(nodes))).toBe(plainTextOf(nodes));
      }),
      { numRuns: 300 },
    );
  });

  it('render(parse(text)) keeps what the reader sees', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(toPlainText(render(parse(text)))).toBe(toPlainText(text));
      }),
    );
  });

  it('parse(render(parse(text))) is parse(text) for text with spaces around its markers', () => {
    const spaced = fc
      .array(
        fc.constantFrom(
          '*a*',
          '_b c_',
          '~d~',
          '`e`',
          '```f\ng```',
          'plain',
          '- item',
          '> quote',
          '1. one',
          '\n',
        ),
        {
          maxLength: 8,
        },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(spaced, (text) => {
        const once = parse(text);
        expect(parse(render(once))).toStrictEqual(once);
      }),
    );
  });

  it('lists and quotes built from escaped items keep every item', () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 4 }), (items) => {
        const escaped = items.map((item) => escapeText(item.replaceAll('\n', ' ')));
        const kept = items.map((item) => item.replaceAll('\n', ' ')).filter((item) => item.trim() !== '');
        expect(parse(bulletList(escaped)).filter((node) => node.type === 'bulletItem')).toHaveLength(
          kept.length,
        );
        expect(parse(numberedList(escaped)).filter((node) => node.type === 'numberedItem')).toHaveLength(
          kept.length,
        );
        const quoted = escaped.join('\n');
        if (quoted.trim() !== '')
          expect(toPlainText(quote(quoted))).toBe(items.map((item) => item.replaceAll('\n', ' ')).join('\n'));
      }),
    );
  });
});

/** Removes the tags toHtml writes; what remains must be escaped user text. */
const ownTags =
  /<\/?(?:strong|em|s|code|blockquote|ul|li|ol)>|<br>|<code class="wa-monospace">|<ol start="\d+">/g;

function expectOnlyEscapedText(html: string): void {
  const text = html.replace(ownTags, '');
  expect(text).not.toMatch(/[<>]/);
  expect(text).not.toMatch(/&(?!(?:amp|lt|gt|quot|#39);)/);
}

describe('toHtml (property)', () => {
  it('never emits an unescaped <, > or & from user text', () => {
    fc.assert(fc.property(tricky, (text) => expectOnlyEscapedText(toHtml(text))));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => expectOnlyEscapedText(toHtml(text))));
    fc.assert(
      fc.property(tree, (nodes) => expectOnlyEscapedText(toHtml(nodes))),
      { numRuns: 200 },
    );
  });
});

describe('robustness (property)', () => {
  it('nothing throws on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' })), (text) => {
        parse(text);
        render(parse(text));
        toHtml(text);
        toPlainText(text);
        fromMarkdown(text);
        escapeText(text);
        wa`${text}`;
        for (const helper of [bold, italic, strikethrough, monospace, inlineCode, quote]) helper(text);
        bulletList([text]);
        numberedList([text]);
      }),
    );
  });

  it('nothing throws on 1 MB inputs, hostile ones included', { timeout: 180_000 }, () => {
    const megabyte = 1 << 20;
    const fill = (pattern: string): string =>
      pattern.repeat(Math.ceil(megabyte / pattern.length)).slice(0, megabyte);
    const random =
      fc.sample(
        fc.string({
          unit: fc.constantFrom(
            '*',
            '_',
            '~',
            '`',
            'a',
            ' ',
            '\n',
            '\u2060',
            '[',
            '(',
            ')',
            ']',
            '<',
            '\ud800',
          ),
          minLength: 4096,
          maxLength: 4096,
        }),
        { numRuns: 1, seed: 7 },
      )[0] ?? '';
    // Unclosed openers, code spans and links in one long line; a lone high surrogate; random markup.
    for (const input of [fill('*a _b ~c `d [e](f '), fill('\ud83d'), fill(random)]) {
      expect(input).toHaveLength(megabyte);
      const nodes = parse(input);
      expect(toPlainText(render(nodes))).toBe(plainTextOf(nodes));
      expect(toHtml(nodes)).not.toContain('<script');
      expect(typeof fromMarkdown(input)).toBe('string');
      expect(toPlainText(escapeText(input))).toBe(input);
    }
  });
});
