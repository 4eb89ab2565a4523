import { FormattedText } from '../formatted-text.ts';
import { dropLineStartEscape } from './line-start.ts';

/**
 * Joins list items, one a line, each after its prefix; blank items are left out. The result is a
 * FormattedText when any item is one.
 */
export function list(
  items: readonly (string | FormattedText)[],
  prefix: (position: number) => string,
): string | FormattedText {
  let formatted = false;
  const lines: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') formatted = true;
    const markup = typeof item === 'string' ? item : item.text;
    if (markup.trim() !== '') lines.push(prefix(lines.length) + dropLineStartEscape(markup));
  }
  const text = lines.join('\n');
  return formatted ? new FormattedText(text) : text;
}
