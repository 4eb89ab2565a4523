import type { FormattedText } from './formatted-text.ts';
import { apply } from './internal/apply.ts';
import { wrapLines } from './internal/wrap-lines.ts';

/**
 * Makes `markup` bold (R-FMT-1): wraps it in `*`, line by line, with edge whitespace moved outside
 * the markers and blank input left without markers, so WhatsApp renders what you meant. `markup` is
 * WhatsApp text and is not escaped, so helpers nest (`bold(italic('x'))` is `'*_x_*'`); pass user
 * text through `escape` first. A {@link FormattedText} in gives a `FormattedText` out.
 *
 * Put whitespace or punctuation next to the result: WhatsApp ignores markers inside a word.
 *
 * @example
 * ```ts
 * bold('x'); // '*x*'
 * bold(' total '); // ' *total* '
 * ```
 */
export function bold(markup: string): string;
export function bold(markup: FormattedText): FormattedText;
export function bold(markup: string | FormattedText): string | FormattedText;
export function bold(markup: string | FormattedText): string | FormattedText {
  return apply(markup, (text) => wrapLines(text, '*'));
}
