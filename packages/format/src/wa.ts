import { escapeText } from './escape.ts';
import { FormattedText } from './formatted-text.ts';

/** A value the {@link wa} tag accepts: escaped as plain text, or a {@link FormattedText} kept as-is. */
export type TemplateValue = FormattedText | string | number | bigint | boolean;

/**
 * Tagged template for message text with safe interpolation. The template's own text is WhatsApp
 * markup you wrote. Every interpolated value is plain text and gets escaped (see `escape`), so a name
 * such as `*_Tom_*` shows as typed and cannot pair with markers around it, unless it is a
 * {@link FormattedText}: the result of `wa`, of `raw`, or of a helper applied to one of those, which
 * is inserted unchanged. Escaping knows whether the value starts a line, so `- x` or `> x` from a
 * user never becomes a list item or a quote.
 *
 * Helpers given a plain string return a plain string (`bold('x') === '*x*'`), and a plain string in
 * `${}` is always escaped: to format a value inside the template, format a `FormattedText`, e.g.
 * `${bold(wa`${total}`)}`.
 *
 * @returns a {@link FormattedText}; use `.text`, `String(…)` or a template literal for the string.
 * @example
 * ```ts
 * const name = '*_Tom_*';
 * const total = '€12.50';
 * const message = wa`Hello ${name}, your total is ${bold(wa`${total}`)}`;
 * message.text; // 'Hello \u2060*\u2060…, your total is *€12.50*'
 * ```
 */
export function wa(strings: TemplateStringsArray, ...values: readonly TemplateValue[]): FormattedText {
  let text = strings[0] ?? strings.raw[0] ?? '';
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    text += FormattedText.isInstance(value)
      ? value.text
      : escapeText(String(value), text === '' || text.endsWith('\n'));
    text += strings[index + 1] ?? strings.raw[index + 1] ?? '';
  }
  return new FormattedText(text);
}
