import { FormattedText } from '../formatted-text.ts';

/** Applies a markup transform to a string (giving a string) or to a FormattedText (giving one). */
export function apply(
  input: string | FormattedText,
  transform: (markup: string) => string,
): string | FormattedText {
  return typeof input === 'string' ? transform(input) : new FormattedText(transform(input.text));
}
