import type { FormattedText } from './formatted-text.ts';
import { apply } from './internal/apply.ts';
import { dropLineStartEscape } from './internal/line-start.ts';

/**
 * Makes `markup` a quote (newer clients): starts every line with `> `. Blank input gives `''`.
 * `markup` is WhatsApp text and is not escaped. A {@link FormattedText} in gives a `FormattedText` out.
 *
 * @example
 * ```ts
 * quote('Where is my order?'); // '> Where is my order?'
 * ```
 */
export function quote(markup: string): string;
export function quote(markup: FormattedText): FormattedText;
export function quote(markup: string | FormattedText): string | FormattedText;
export function quote(markup: string | FormattedText): string | FormattedText {
  return apply(markup, (text) =>
    text.trim() === ''
      ? ''
      : text
          .split('\n')
          .map((line) => `> ${dropLineStartEscape(line)}`)
          .join('\n'),
  );
}
