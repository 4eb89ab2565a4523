import { FormattedText } from './formatted-text.ts';

/**
 * Marks `markup` as trusted WhatsApp text, so the {@link wa} tag inserts it without escaping. Use it
 * only for text your code wrote, never for anything a user typed.
 *
 * @example
 * ```ts
 * wa`${raw('*Sale*')} ends today`.text; // '*Sale* ends today'
 * ```
 */
export function raw(markup: string): FormattedText {
  return new FormattedText(markup);
}
