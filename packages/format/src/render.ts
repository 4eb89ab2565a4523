import { escapeText } from './escape.ts';
import type { FormatNode, InlineNode, LineNode } from './format-node.ts';
import { characterAt, characterBefore, isBoundary, isWhitespace } from './internal/characters.ts';
import { escapeCode } from './internal/code-escape.ts';
import { wrapLines } from './internal/wrap-lines.ts';
import { appendNode } from './parse.ts';
import { plainTextOf } from './to-plain-text.ts';

const markers = { bold: '*', italic: '_', strikethrough: '~' } as const;
const numberPattern = /^(0|[1-9]\d{0,8})$/;

interface Context {
  /** Whether the first node starts a line. */
  atLineStart: boolean;
  /** Whether text after a line break inside the sequence starts a real line. */
  newlinesStartLines: boolean;
  /** The character before and after the sequence (`''` for the edge of the text). */
  before: string;
  after: string;
  /** Markers of the styles around the sequence. */
  active: string;
}

function hasMultilineMonospace(nodes: readonly FormatNode[]): boolean {
  return nodes.some((node) =>
    node.type === 'monospace'
      ? node.text.includes('\n')
      : 'children' in node && hasMultilineMonospace(node.children),
  );
}

/**
 * Drops empty nodes, unwraps a style already active around it, merges text and gives a line node the
 * rest of its line, so that the sequence reads the way `parse` would read it back.
 */
function normalize(nodes: readonly FormatNode[], active: string): FormatNode[] {
  const result: FormatNode[] = [];
  let openLine: LineNode | undefined;
  for (const node of nodes) {
    if (node.type === 'bold' || node.type === 'italic' || node.type === 'strikethrough') {
      if (active.includes(markers[node.type])) {
        for (const child of normalize(node.children, active)) add(child);
        continue;
      }
    }
    if (plainTextOf([node]) === '') continue;
    add(node);
  }
  return result;

  function add(node: FormatNode): void {
    if (node.type === 'quote' || node.type === 'bulletItem' || node.type === 'numberedItem') {
      const copy = { ...node, children: [...node.children] };
      result.push(copy);
      openLine = copy;
      return;
    }
    if (openLine) {
      if (node.type !== 'text' || !node.text.includes('\n')) {
        appendNode(openLine.children, node);
        return;
      }
      const lineBreak = node.text.indexOf('\n');
      appendNode(openLine.children, { type: 'text', text: node.text.slice(0, lineBreak) });
      openLine = undefined;
      appendNode(result, { type: 'text', text: node.text.slice(lineBreak) });
      return;
    }
    appendNode(result, node);
  }
}

/** The markup of one node, or `undefined` when it cannot be written as formatting here. */
function renderNode(node: FormatNode, atLineStart: boolean, context: Context): string | undefined {
  switch (node.type) {
    case 'text':
      return escapeText(node.text, atLineStart, context.newlinesStartLines);
    case 'monospace':
      return `\`\`\`${escapeCode(node.text)}\`\`\``;
    case 'inlineCode':
      return wrapLines(escapeCode(node.text), '`', false);
    case 'bold':
    case 'italic':
    case 'strikethrough': {
      if (hasMultilineMonospace(node.children)) return undefined;
      const marker = markers[node.type];
      const content = renderSequence(node.children, {
        atLineStart: false,
        newlinesStartLines: false,
        before: marker,
        after: marker,
        active: context.active + marker,
      });
      return wrapLines(content, marker, false);
    }
    default: {
      if (!atLineStart || context.active !== '') return undefined;
      let prefix: string;
      if (node.type === 'quote') prefix = '> ';
      else if (node.type === 'bulletItem') {
        if (node.marker !== '-' && node.marker !== '*') return undefined;
        prefix = `${node.marker} `;
      } else {
        const number = String(node.number);
        if (!numberPattern.test(number)) return undefined;
        prefix = `${number}. `;
      }
      return (
        prefix +
        renderSequence(node.children as InlineNode[], {
          atLineStart: false,
          newlinesStartLines: context.newlinesStartLines,
          before: ' ',
          after: '\n',
          active: '',
        })
      );
    }
  }
}

function renderSequence(input: readonly FormatNode[], context: Context): string {
  let nodes = normalize(input, context.active);
  for (;;) {
    const pieces: (string | undefined)[] = [];
    let previous = context.before;
    nodes.forEach((node, index) => {
      const atLineStart =
        index === 0 ? context.atLineStart : context.newlinesStartLines && previous.endsWith('\n');
      const piece = renderNode(node, atLineStart, context);
      pieces.push(piece);
      previous = piece ?? plainTextOf([node]);
    });
    // A style or code span only renders with a boundary on each side (see `parse`). A span written as
    // plain text changes its neighbours' neighbours, so sweep both ways until nothing changes.
    const written = (index: number): string =>
      pieces[index] ?? escapeText(plainTextOf(nodes.slice(index, index + 1)), false);
    const flanked = (index: number): boolean => {
      const node = nodes[index] as FormatNode;
      const piece = pieces[index];
      if (piece === undefined || !(node.type === 'inlineCode' || ('children' in node && !isLine(node)))) {
        return true;
      }
      const previous = index === 0 ? context.before : written(index - 1);
      const next = index === nodes.length - 1 ? context.after : written(index + 1);
      return (
        (isWhitespace(piece.charAt(0)) || isBoundary(characterBefore(previous, previous.length))) &&
        (isWhitespace(piece.charAt(piece.length - 1)) || isBoundary(characterAt(next, 0)))
      );
    };
    let failed = pieces.includes(undefined);
    for (let changed = true; changed; ) {
      changed = false;
      for (let index = nodes.length - 1; index >= 0; index--) {
        if (!flanked(index)) {
          pieces[index] = undefined;
          changed = failed = true;
        }
      }
      for (let index = 0; index < nodes.length; index++) {
        if (!flanked(index)) {
          pieces[index] = undefined;
          changed = failed = true;
        }
      }
    }
    if (!failed) return pieces.join('');
    nodes = normalize(
      nodes.map((node, index) =>
        pieces[index] === undefined ? { type: 'text', text: plainTextOf([node]) } : node,
      ),
      context.active,
    );
  }
}

function isLine(node: FormatNode): node is LineNode {
  return node.type === 'quote' || node.type === 'bulletItem' || node.type === 'numberedItem';
}

/**
 * Writes a formatting tree as WhatsApp text, so that `toPlainText(render(tree))` is the tree's text
 * and `parse(render(tree))` gives the tree back wherever WhatsApp can show it. Text is escaped (see
 * `escape`); edge whitespace moves outside markers; empty nodes vanish. A node that cannot render
 * where it stands (bold glued to a letter, a list item in mid-line, a multi-line monospace block
 * inside bold) is written as plain text rather than as stray markers.
 *
 * @example
 * ```ts
 * render([{ type: 'bold', children: [{ type: 'text', text: '2*3' }] }]); // '*2\u2060*\u20603*'
 * ```
 */
export function render(nodes: readonly FormatNode[]): string {
  return renderSequence(nodes, {
    atLineStart: true,
    newlinesStartLines: true,
    before: '',
    after: '',
    active: '',
  });
}
