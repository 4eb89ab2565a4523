const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * Compares two strings in time that depends only on the length of `expected`, not on where they
 * differ, so a caller cannot guess a secret one character at a time. Runtime-neutral (no `node:crypto`).
 */
export function constantTimeEqual(actual: string, expected: string): boolean {
  const a = encoder.encode(actual);
  const b = encoder.encode(expected);
  let difference = a.length ^ b.length;
  for (let index = 0; index < b.length; index++) {
    difference |= (a[index % Math.max(1, a.length)] ?? 0) ^ (b[index] as number);
  }
  return difference === 0;
}
