const markerPattern = /[*_~`]/g;
const linePrefixPattern = /(^|\n)(?=\u2060*(?:[>-]|\d+\.))/g;
const escapedMarker = '\u2060$&\u2060';

/**
 * Escapes `text` written at a position that may or may not start a line. Internal to the package:
 * the tag `wa` and `render` know where the text lands; {@link escape} assumes a line start.
 *
 * @param atLineStart - whether the text begins a line
 * @param newlinesStartLines - whether a line that starts inside the text starts a real line (false
 *   inside a bold/italic/strikethrough span, whose every line begins with its marker)
 */
export function escapeText(text: string, atLineStart: boolean, newlinesStartLines = true): string {
  return text
    .replace(markerPattern, escapedMarker)
    .replace(linePrefixPattern, (match, newline: string) =>
      (newline === '' ? atLineStart : newlinesStartLines) ? `${newline}\u2060` : match,
    );
}

/**
 * Escapes `text` so that WhatsApp shows it exactly as written: no part of it can become bold,
 * italic, strikethrough, code, a quote or a list item, and it cannot pair with markers around it.
 *
 * WhatsApp has no escape character. This function puts an invisible U+2060 WORD JOINER on both sides
 * of every marker (`*`, `_`, `~`, `` ` ``) and before a `>`, `-` or `1.` that starts a line. A marker
 * with a word joiner next to it is not at a word boundary, so clients do not treat it as formatting;
 * the text looks the same. `toPlainText` and `parse` remove exactly these joiners again, so
 * `toPlainText(escape(text)) === text`. Each escaped marker adds 2 characters to the length that
 * counts against WhatsApp's limits.
 *
 * @example
 * ```ts
 * escape('*_Tom_*'); // '\u2060*\u2060\u2060_\u2060Tom\u2060_\u2060\u2060*\u2060' (shows *_Tom_*)
 * ```
 */
// biome-ignore lint/suspicious/noShadowRestrictedNames: `escape` is this package's public name; the global of that name is deprecated.
export function escape(text: string): string {
  return escapeText(text, true);
}
