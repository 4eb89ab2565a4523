import type { FormattedText } from './formatted-text.ts';
import { apply } from './internal/apply.ts';
import { escapeBackticks } from './internal/escape-backticks.ts';
import { wrapLines } from './internal/wrap-lines.ts';

/**
 * Shows `text` as inline code (newer clients): wraps each line in single backticks, with edge
 * whitespace moved outside. WhatsApp parses nothing inside; backticks inside are escaped with
 * invisible word joiners. Blank input gives no markers. A {@link FormattedText} in gives a
 * `FormattedText` out.
 *
 * @example
 * ```ts
 * inlineCode('ORDER-42'); // '`ORDER-42`'
 * ```
 */
export function inlineCode(text: string): string;
export function inlineCode(text: FormattedText): FormattedText;
export function inlineCode(text: string | FormattedText): string | FormattedText;
export function inlineCode(text: string | FormattedText): string | FormattedText {
  return apply(text, (markup) => wrapLines(escapeBackticks(markup), '`'));
}
