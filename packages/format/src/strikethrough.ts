import type { FormattedText } from './formatted-text.ts';
import { apply } from './internal/apply.ts';
import { wrapLines } from './internal/wrap-lines.ts';

/**
 * Makes `markup` struck through (R-FMT-3): wraps it in `~`, line by line, with edge whitespace moved outside
 * the markers and blank input left without markers, so WhatsApp renders what you meant. `markup` is
 * WhatsApp text and is not escaped, so helpers nest (`bold(italic('x'))` is `'*_x_*'`); pass user
 * text through `escape` first. A {@link FormattedText} in gives a `FormattedText` out.
 *
 * Put whitespace or punctuation next to the result: WhatsApp ignores markers inside a word.
 *
 * @example
 * ```ts
 * strikethrough('x'); // '~x~'
 * ```
 */
export function strikethrough(markup: string): string;
export function strikethrough(markup: FormattedText): FormattedText;
export function strikethrough(markup: string | FormattedText): string | FormattedText;
export function strikethrough(markup: string | FormattedText): string | FormattedText {
  return apply(markup, (text) => wrapLines(text, '~'));
}
