/** The spelling of a key with case, `_` and `-` ignored: `previewUrl`, `Preview_URL` → `previewurl`. */
function fold(key: string): string {
  return key.replace(/[_-]/g, '').toLowerCase();
}

/** The edit distance between `a` and `b` (insertions, deletions, substitutions), or `max + 1` past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * The known key that `key` most likely meant: one that differs only in case, `_` or `-` (`"Header"` →
 * `"header"`, `"previewUrl"` → `"preview_url"`), else the closest within one edit for short keys and two for
 * longer ones (`"catalog_idd"` → `"catalog_id"`). `undefined` when nothing is close. Runs only on the error
 * path.
 */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const folded = fold(key);
  for (const candidate of known) if (fold(candidate) === folded) return candidate;
  const max = folded.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of known) {
    const d = distance(folded, fold(candidate), max);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
