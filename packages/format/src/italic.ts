import type { FormattedText } from './formatted-text.ts';
import { apply } from './internal/apply.ts';
import { wrapLines } from './internal/wrap-lines.ts';

/**
 * Makes `markup` italic (R-FMT-2): wraps it in `_`, line by line, with edge whitespace moved outside
 * the markers and blank input left without markers, so WhatsApp renders what you meant. `markup` is
 * WhatsApp text and is not escaped, so helpers nest (`bold(italic('x'))` is `'*_x_*'`); pass user
 * text through `escape` first. A {@link FormattedText} in gives a `FormattedText` out.
 *
 * Put whitespace or punctuation next to the result: WhatsApp ignores markers inside a word.
 *
 * @example
 * ```ts
 * italic('x'); // '_x_'
 * ```
 */
export function italic(markup: string): string;
export function italic(markup: FormattedText): FormattedText;
export function italic(markup: string | FormattedText): string | FormattedText;
export function italic(markup: string | FormattedText): string | FormattedText {
  return apply(markup, (text) => wrapLines(text, '_'));
}
