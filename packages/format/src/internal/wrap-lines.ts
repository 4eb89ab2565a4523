import { dropLineStartEscape } from './line-start.ts';

const nonWhitespace = /\S/;
const whitespace = /\s/;

/**
 * Wraps each line of `markup` in `marker`, with leading and trailing whitespace moved outside the
 * markers (WhatsApp ignores `* x*`), and leaves blank lines alone (no stray `**`). Inline styles do
 * not cross line breaks in WhatsApp, so every line gets its own pair. A line-start escape made by
 * `escape` is dropped (unless `dropEscapes` is false), since the line now starts with the marker.
 */
export function wrapLines(markup: string, marker: string, dropEscapes = true): string {
  return markup
    .split('\n')
    .map((line) => {
      const start = line.search(nonWhitespace);
      if (start < 0) return line;
      let end = line.length;
      while (whitespace.test(line.charAt(end - 1))) end--;
      const content = line.slice(start, end);
      return (
        line.slice(0, start) +
        marker +
        (start === 0 && dropEscapes ? dropLineStartEscape(content) : content) +
        marker +
        line.slice(end)
      );
    })
    .join('\n');
}
