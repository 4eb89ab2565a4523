/**
 * Wraps each line of `markup` in `marker`, with leading and trailing whitespace moved outside the
 * markers (WhatsApp ignores `* x*`), and leaves blank lines alone (no stray `**`). Inline styles do
 * not cross line breaks in WhatsApp, so every line gets its own pair. A line-start escape made by
 * `escape` (a word joiner before `>`, `-` or `1.`) is dropped unless `dropEscapes` is false, since the
 * line now starts with the marker. (`trim` removes exactly what `\s` matches.)
 */
export function wrapLines(markup: string, marker: string, dropEscapes = true): string {
  return markup
    .split('\n')
    .map((line) => {
      const content = line.trim();
      if (content === '') return line;
      const start = line.length - line.trimStart().length;
      return (
        line.slice(0, start) +
        marker +
        (start === 0 && dropEscapes ? content.replace(/^\u2060(?=\u2060*(?:[>-]|\d+\.))/, '') : content) +
        marker +
        line.slice(start + content.length)
      );
    })
    .join('\n');
}
