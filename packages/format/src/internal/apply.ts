import type { FormattedText } from '../formatted-text.ts';

/**
 * Applies a markup transform to a string (giving a string) or to a FormattedText (giving one). The
 * result is built with the input's own class, which keeps a `bold`-only bundle free of the class and
 * keeps a FormattedText from another installed copy of the package in that copy's class.
 */
export function apply(
  input: string | FormattedText,
  transform: (markup: string) => string,
): string | FormattedText {
  return typeof input === 'string'
    ? transform(input)
    : new (input.constructor as typeof FormattedText)(transform(input.text));
}
