/**
 * `@wa/format`: write WhatsApp message text safely. Formatting helpers (`bold`, `italic`, …), escaping
 * and a `wa` tagged template for user content, a parser that follows WhatsApp's rendering rules, HTML
 * and plain-text rendering, Markdown conversion and the character count used by the length limits.
 *
 * @module
 */
export { bold } from './bold.ts';
export type { BulletListOptions } from './bullet-list.ts';
export { bulletList } from './bullet-list.ts';
export { escape } from './escape.ts';
export type {
  BulletItemNode,
  CodeNode,
  FormatNode,
  InlineNode,
  LineNode,
  NumberedItemNode,
  QuoteNode,
  StyleNode,
  TextNode,
} from './format-node.ts';
export { FormattedText } from './formatted-text.ts';
export { fromMarkdown } from './from-markdown.ts';
export { inlineCode } from './inline-code.ts';
export { italic } from './italic.ts';
export { isWithinLength, length } from './length.ts';
export { monospace } from './monospace.ts';
export type { NumberedListOptions } from './numbered-list.ts';
export { numberedList } from './numbered-list.ts';
export { parse } from './parse.ts';
export { quote } from './quote.ts';
export { raw } from './raw.ts';
export { render } from './render.ts';
export { strikethrough } from './strikethrough.ts';
export { toHtml } from './to-html.ts';
export { plainTextOf, toPlainText } from './to-plain-text.ts';
export { VERSION } from './version.ts';
export type { TemplateValue } from './wa.ts';
export { wa } from './wa.ts';
