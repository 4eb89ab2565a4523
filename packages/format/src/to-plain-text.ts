import type { FormatNode } from './format-node.ts';
import { parse } from './parse.ts';

/** The visible text of a tree: markers and escapes removed, list bullets and numbers kept. */
export function plainTextOf(nodes: readonly FormatNode[]): string {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'monospace':
      case 'inlineCode':
        text += node.text;
        break;
      case 'bulletItem':
        text += `${node.marker} ${plainTextOf(node.children)}`;
        break;
      case 'numberedItem':
        text += `${node.number}. ${plainTextOf(node.children)}`;
        break;
      default:
        text += plainTextOf(node.children);
    }
  }
  return text;
}

/**
 * The text a reader sees, without formatting: bold, italic, strikethrough, code and quote markers are
 * removed, escapes made by `escape` are undone, bullets (`- `) and numbers (`1. `) stay. Accepts
 * WhatsApp text or a tree from `parse`. `toPlainText(escape(text)) === text` for any text.
 *
 * @example
 * ```ts
 * toPlainText('Your total is *$10.50*.'); // 'Your total is $10.50.'
 * ```
 */
export function toPlainText(input: string | readonly FormatNode[]): string {
  return plainTextOf(typeof input === 'string' ? parse(input) : input);
}
