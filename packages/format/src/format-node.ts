/** Plain text: what the reader sees, with escapes removed. */
export interface TextNode {
  type: 'text';
  /** The visible text; may contain line breaks. */
  text: string;
}

/** `*bold*` (R-FMT-1), `_italic_` (R-FMT-2) or `~strikethrough~` (R-FMT-3). */
export interface StyleNode {
  type: 'bold' | 'italic' | 'strikethrough';
  /** The styled content; styles of other kinds may nest. */
  children: InlineNode[];
}

/** ```` ```monospace``` ```` (R-FMT-4; may span lines) or `` `inline code` ``; nothing is parsed inside. */
export interface CodeNode {
  type: 'monospace' | 'inlineCode';
  /** The text shown, exactly. */
  text: string;
}

/** Anything that can appear inside a line. */
export type InlineNode = TextNode | StyleNode | CodeNode;

/** A line starting with `> `. */
export interface QuoteNode {
  type: 'quote';
  /** The rest of the line. */
  children: InlineNode[];
}

/** A line starting with `- ` or `* `. */
export interface BulletItemNode {
  type: 'bulletItem';
  /** The bullet as written. */
  marker: '-' | '*';
  /** The rest of the line. */
  children: InlineNode[];
}

/** A line starting with a number, a dot and a space, such as `1. `. */
export interface NumberedItemNode {
  type: 'numberedItem';
  /** The number as written (0 to 999999999, no leading zeros). */
  number: number;
  /** The rest of the line. */
  children: InlineNode[];
}

/** A node that only exists at the start of a line. */
export type LineNode = QuoteNode | BulletItemNode | NumberedItemNode;

/**
 * One node of the formatting tree that `parse` returns and `render`, `toHtml` and `toPlainText`
 * accept. Line breaks are part of text nodes; a line node covers its line up to the line break.
 */
export type FormatNode = InlineNode | LineNode;
