import type { FormatNode, InlineNode, StyleNode } from './format-node.ts';
import {
  characterAt,
  characterBefore,
  INLINE_MARKERS,
  isBoundary,
  isWhitespace,
  WORD_JOINER,
} from './internal/characters.ts';
import { unescapeCode } from './internal/code-escape.ts';

const styles: Record<string, StyleNode['type']> = { '*': 'bold', _: 'italic', '~': 'strikethrough' };
const special = /[\n\u2060`*_~]/g;
const numberedPrefix = /(0|[1-9]\d{0,8})\. /y;
const escapedPrefix = /\u2060+(?:[>-]|\d+\.)/y;

interface Frame {
  marker: string;
  children: InlineNode[];
}

/** Appends a node, merging text with the text before it. */
export function appendNode(nodes: FormatNode[], node: FormatNode): void {
  const last = nodes[nodes.length - 1];
  if (node.type === 'text') {
    if (node.text === '') return;
    if (last?.type === 'text') {
      nodes[nodes.length - 1] = { type: 'text', text: last.text + node.text };
      return;
    }
  }
  nodes.push(node);
}

/**
 * Parses WhatsApp text into a formatting tree, following the clients' rules:
 *
 * - `*bold*`, `_italic_`, `~strikethrough~` and `` `inline code` ``: the opening marker follows the
 *   start of the line, whitespace or punctuation and is not followed by whitespace; the closing
 *   marker is not preceded by whitespace and is followed by the end of the line, whitespace or
 *   punctuation; the content is not empty and stays on one line. Different styles nest
 *   (`*_x_*`); a marker inside a word (`2*3*4`) is plain text.
 * - ```` ```monospace``` ```` may start anywhere and span lines; nothing inside is parsed.
 * - `> ` at the start of a line is a quote, `- ` or `* ` a bullet item, `1. ` a numbered item.
 * - Markers escaped by `escape` are plain text, and the escaping word joiners are removed.
 *
 * Never throws; runs in time linear in the length of `text`.
 *
 * @example
 * ```ts
 * parse('Hi *there*'); // [{ type: 'text', text: 'Hi ' }, { type: 'bold', children: [{ type: 'text', text: 'there' }] }]
 * ```
 */
export function parse(text: string): FormatNode[] {
  const nodes: FormatNode[] = [];
  const length = text.length;
  let position = 0;
  let lineEnd = -1;
  let codeClose = -1;
  let codeScanned = 0;
  let tripleMissing = false;

  const findTriple = (from: number): number => {
    if (tripleMissing) return -1;
    const found = text.indexOf('```', from);
    if (found < 0) tripleMissing = true;
    return found;
  };

  const canOpen = (index: number): boolean =>
    isBoundary(characterBefore(text, index)) && index + 1 < length && !isWhitespace(text.charAt(index + 1));

  const canClose = (index: number): boolean => {
    const before = characterBefore(text, index);
    return before !== '' && !isWhitespace(before) && isBoundary(characterAt(text, index + 1));
  };

  /** The first backtick in [from, end) that can close inline code; scans each character once. */
  const findCodeClose = (from: number, end: number): number => {
    if (codeClose >= from && codeClose < end) return codeClose;
    for (let index = Math.max(from, codeScanned); index < end; index++) {
      index = text.indexOf('`', index);
      if (index < 0 || index >= end) break;
      if (canClose(index)) {
        codeClose = index;
        codeScanned = index + 1;
        return index;
      }
    }
    codeScanned = end;
    return -1;
  };

  const parseInline = (start: number, container: InlineNode[]): number => {
    const frames: Frame[] = [{ marker: '', children: container }];
    let buffer = '';
    let index = start;
    const top = (): Frame => frames[frames.length - 1] as Frame;
    const flush = (): void => {
      if (buffer !== '') appendNode(top().children, { type: 'text', text: buffer });
      buffer = '';
    };
    const collapseTop = (): void => {
      const frame = frames.pop() as Frame;
      const parent = top().children;
      appendNode(parent, { type: 'text', text: frame.marker });
      for (const child of frame.children) appendNode(parent, child);
    };
    const collapseAll = (): void => {
      flush();
      while (frames.length > 1) collapseTop();
    };
    const isOpen = (marker: string): boolean => frames.some((frame) => frame.marker === marker);

    while (index < length) {
      if (index > lineEnd) {
        lineEnd = text.indexOf('\n', index);
        if (lineEnd < 0) lineEnd = length;
      }
      special.lastIndex = index;
      const next = special.exec(text)?.index ?? length;
      if (next > index) {
        buffer += text.slice(index, next);
        index = next;
        continue;
      }
      const character = text.charAt(index);
      if (character === '\n') break;
      if (character === WORD_JOINER) {
        const marker = text.charAt(index + 1);
        if (marker !== '' && INLINE_MARKERS.includes(marker) && text.charAt(index + 2) === WORD_JOINER) {
          buffer += marker;
          index += 3;
        } else {
          buffer += character;
          index++;
        }
        continue;
      }
      if (character === '`') {
        if (text.startsWith('```', index)) {
          const close = findTriple(index + 3);
          if (close > index + 3) {
            const content = text.slice(index + 3, close);
            if (content.includes('\n')) collapseAll();
            flush();
            top().children.push({ type: 'monospace', text: unescapeCode(content) });
            index = close + 3;
          } else {
            buffer += '```';
            index += 3;
          }
          continue;
        }
        const close = canOpen(index) ? findCodeClose(index + 2, lineEnd) : -1;
        if (close > 0) {
          flush();
          top().children.push({ type: 'inlineCode', text: unescapeCode(text.slice(index + 1, close)) });
          index = close + 1;
        } else {
          buffer += character;
          index++;
        }
        continue;
      }
      // '*', '_' or '~'
      index++;
      if (canClose(index - 1) && isOpen(character)) {
        flush();
        let depth = frames.length - 1;
        while ((frames[depth] as Frame).marker !== character) depth--;
        if (depth < frames.length - 1 || top().children.length > 0) {
          while (frames.length - 1 > depth) collapseTop();
          const frame = frames.pop() as Frame;
          appendNode(top().children, {
            type: styles[character] as StyleNode['type'],
            children: frame.children,
          });
          continue;
        }
      }
      if (canOpen(index - 1) && !isOpen(character)) {
        flush();
        frames.push({ marker: character, children: [] });
      } else {
        buffer += character;
      }
    }
    collapseAll();
    return index;
  };

  for (;;) {
    let container: InlineNode[] | undefined;
    let start = position;
    const first = text.charAt(position);
    const second = text.charAt(position + 1);
    if (second === ' ' && first === '>') {
      const node: FormatNode = { type: 'quote', children: [] };
      nodes.push(node);
      container = node.children;
      start += 2;
    } else if (second === ' ' && (first === '-' || first === '*')) {
      const node: FormatNode = { type: 'bulletItem', marker: first, children: [] };
      nodes.push(node);
      container = node.children;
      start += 2;
    } else {
      numberedPrefix.lastIndex = position;
      const numbered = numberedPrefix.exec(text);
      if (numbered) {
        const node: FormatNode = { type: 'numberedItem', number: Number(numbered[1]), children: [] };
        nodes.push(node);
        container = node.children;
        start = numberedPrefix.lastIndex;
      } else {
        escapedPrefix.lastIndex = position;
        if (escapedPrefix.test(text)) start++;
      }
    }
    const inline: InlineNode[] = container ?? [];
    position = parseInline(start, inline);
    if (!container) for (const node of inline) appendNode(nodes, node);
    if (position >= length) break;
    appendNode(nodes, { type: 'text', text: '\n' });
    position++;
  }
  return nodes;
}
