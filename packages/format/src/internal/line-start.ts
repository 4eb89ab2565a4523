const escapedLinePrefix = /^\u2060(?=\u2060*(?:[>-]|\d+\.))/;

/**
 * Removes the word joiner that `escape` puts before a `>`, `-` or `1.` starting a line, for text that
 * a helper is about to move off the start of its line (behind `*`, `> `, `- ` …), where it is not
 * needed and would stay behind as an invisible extra character.
 */
export function dropLineStartEscape(line: string): string {
  return line.replace(escapedLinePrefix, '');
}
