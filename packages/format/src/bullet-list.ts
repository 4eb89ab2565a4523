import type { FormattedText } from './formatted-text.ts';
import { list } from './internal/list.ts';

/** Options of {@link bulletList}. */
export interface BulletListOptions {
  /** The bullet WhatsApp reacts to: `-` (default) or `*`. */
  marker?: '-' | '*';
}

/**
 * A bulleted list (newer clients): one `- item` line per item. Blank items are left out, so an empty
 * list gives `''`. Items are WhatsApp text and are not escaped. Any {@link FormattedText} item makes
 * the result a `FormattedText`.
 *
 * @example
 * ```ts
 * bulletList(['Tea', 'Coffee']); // '- Tea\n- Coffee'
 * ```
 */
export function bulletList(items: readonly string[], options?: BulletListOptions): string;
export function bulletList(
  items: readonly (string | FormattedText)[],
  options?: BulletListOptions,
): string | FormattedText;
export function bulletList(
  items: readonly (string | FormattedText)[],
  options: BulletListOptions = {},
): string | FormattedText {
  const prefix = `${options.marker ?? '-'} `;
  return list(items, () => prefix);
}
