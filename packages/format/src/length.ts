/**
 * Counts the characters of `text` the way the `@wa/*` packages count them against WhatsApp's
 * length limits (4096 for a text body, 1024 for a caption, 60 for a header, …): as Unicode code points.
 *
 * JavaScript's `string.length` counts UTF-16 code units, so an emoji such as 😀 counts 2 there and 1
 * here. A lone surrogate (malformed UTF-16) counts as one character. Grapheme clusters are not merged:
 * 👍🏽 (thumbs up + skin tone) is 2 code points, which is the conservative reading of a limit.
 *
 * @example
 * ```ts
 * length('Hi 😀'); // 4
 * ```
 */
export function length(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length - 1; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        index++;
      }
    }
  }
  return count;
}

/**
 * True when `text` has at most `limit` characters as {@link length} counts them. Cheaper than
 * `length(text) <= limit`: a string of at most `limit` UTF-16 units is accepted without counting.
 */
export function isWithinLength(text: string, limit: number): boolean {
  if (text.length <= limit) return true;
  if (text.length > limit * 2) return false;
  return length(text) <= limit;
}
