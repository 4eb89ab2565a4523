const markerPattern = /[*_~`]/g;
const escapedMarkerPattern = /\u2060([*_~`])\u2060/g;

/** Escapes every marker inside a code span or block, so the closing backticks cannot come early. */
export function escapeCode(text: string): string {
  return text.replace(markerPattern, '\u2060$&\u2060');
}

/** Reverses {@link escapeCode}: the text a code span or block shows. */
export function unescapeCode(text: string): string {
  return text.replace(escapedMarkerPattern, '$1');
}
