const nonWhitespace = /\S/;
const whitespace = /\s/;

/**
 * Wraps each line of `markup` in `marker`, with leading and trailing whitespace moved outside the
 * markers (WhatsApp ignores `* x*`), and leaves blank lines alone (no stray `**`). Inline styles do
 * not cross line breaks in WhatsApp, so every line gets its own pair.
 */
export function wrapLines(markup: string, marker: string): string {
  return markup
    .split('\n')
    .map((line) => {
      const start = line.search(nonWhitespace);
      if (start < 0) return line;
      let end = line.length;
      while (whitespace.test(line.charAt(end - 1))) end--;
      return line.slice(0, start) + marker + line.slice(start, end) + marker + line.slice(end);
    })
    .join('\n');
}
