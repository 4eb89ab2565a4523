import type { FormattedText } from './formatted-text.ts';
import { list } from './internal/list.ts';

/** Options of {@link numberedList}. */
export interface NumberedListOptions {
  /** The number of the first item; default 1. */
  start?: number;
}

/**
 * A numbered list (newer clients): `1. item`, `2. item`, … one line per item. Blank items are left
 * out (and not counted), so an empty list gives `''`. Items are WhatsApp text and are not escaped.
 * Any {@link FormattedText} item makes the result a `FormattedText`.
 *
 * @example
 * ```ts
 * numberedList(['Pick', 'Pack', 'Ship']); // '1. Pick\n2. Pack\n3. Ship'
 * ```
 */
export function numberedList(items: readonly string[], options?: NumberedListOptions): string;
export function numberedList(
  items: readonly (string | FormattedText)[],
  options?: NumberedListOptions,
): string | FormattedText;
export function numberedList(
  items: readonly (string | FormattedText)[],
  options: NumberedListOptions = {},
): string | FormattedText {
  const start = options.start ?? 1;
  return list(items, (position) => `${start + position}. `);
}
