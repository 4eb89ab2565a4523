/**
 * Puts a word joiner on both sides of every backtick (keeping ones already escaped as they are), so
 * text inside a code span or block cannot close it early. Parsing removes the joiners again.
 */
export function escapeBackticks(markup: string): string {
  return markup.replace(/\u2060?`\u2060?/g, '\u2060`\u2060');
}
