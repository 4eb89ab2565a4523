/**
 * Character classes shared by the parser, the renderer and the escaping functions. Internal: not
 * exported from the package entry.
 */

/** U+2060 WORD JOINER: invisible, never a line-break opportunity; the escape character of this package. */
export const WORD_JOINER = '\u2060';

/** The inline markers WhatsApp reacts to: bold, italic, strikethrough and code. */
export const INLINE_MARKERS = '*_~`';

const whitespacePattern = /\s/;
const punctuationPattern = /[\p{P}\p{S}]/u;

/** True for ASCII punctuation and symbols: `!` to `/`, `:` to `@`, `[` to `` ` ``, `{` to `~`. */
function isAsciiPunctuation(code: number): boolean {
  return (
    (code > 32 && code < 48) ||
    (code > 57 && code < 65) ||
    (code > 90 && code < 97) ||
    (code > 122 && code < 127)
  );
}

/** True for whitespace (space, tab, line breaks, no-break space, …). */
export function isWhitespace(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 128 ? code === 32 || (code > 8 && code < 14) : whitespacePattern.test(character);
}

/**
 * True where a marker may stand next to `character` and still count as a formatting marker: the edge
 * of the line (`''`), whitespace, punctuation or a symbol (emoji included). Letters, digits, combining
 * marks and invisible format characters such as the word joiner are word characters: `2*3*4` stays
 * plain.
 */
export function isBoundary(character: string): boolean {
  if (character === '') return true;
  const code = character.charCodeAt(0);
  if (code < 128) return code === 32 || (code > 8 && code < 14) || isAsciiPunctuation(code);
  return whitespacePattern.test(character) || punctuationPattern.test(character);
}

/** The code point that ends just before `index` (a surrogate pair counts as one), or `''` at 0. */
export function characterBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.charAt(index - 1);
}

/** The code point that starts at `index` (a surrogate pair counts as one), or `''` at the end. */
export function characterAt(text: string, index: number): string {
  if (index >= text.length) return '';
  const code = text.codePointAt(index) ?? 0;
  return code > 0xffff ? text.slice(index, index + 2) : text.charAt(index);
}
