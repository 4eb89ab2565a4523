/**
 * Records the rule IDs that tests assert on real results: after a passing `toEqual`, `toStrictEqual`,
 * `toContainEqual`, `toMatchObject` or `toContain` (not negated), every rule ID (`R-…`) found in the
 * expected value that also occurs in the actual value was asserted. The IDs of each test file are written
 * to `.vitest/asserted-rules/`, which `scripts/rule-coverage.test.ts` reads: every rule a validator
 * reports must be asserted by some test.
 */
import { afterAll, chai, expect } from 'vitest';

const rulePattern = /R-[A-Z]+(?:-[A-Z]+)*-\d+/g;
const asserted = new Set<string>();

/** Every rule ID in the strings of `value`, however deep (asymmetric matchers included). */
function ruleIdsIn(value: unknown, found = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (typeof value === 'string') {
    for (const match of value.matchAll(rulePattern)) found.add(match[0]);
  } else if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    const sample = (value as { sample?: unknown }).sample;
    if (sample !== undefined) ruleIdsIn(sample, found, seen);
    for (const item of Object.values(value)) ruleIdsIn(item, found, seen);
  }
  return found;
}

for (const name of ['toEqual', 'toStrictEqual', 'toContainEqual', 'toMatchObject', 'toContain']) {
  chai.util.overwriteMethod(
    chai.Assertion.prototype,
    name,
    (original: (...args: unknown[]) => unknown) =>
      function (this: object, ...args: unknown[]) {
        const result = original.apply(this, args);
        if (!chai.util.flag(this, 'negate')) {
          const actual = ruleIdsIn(chai.util.flag(this, 'object'));
          for (const id of ruleIdsIn(args[0])) if (actual.has(id)) asserted.add(id);
        }
        return result;
      },
  );
}

afterAll(async () => {
  // The edge project runs without Node's globals and file system; its tests are smoke tests.
  if (asserted.size === 0 || typeof process === 'undefined') return;
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const directory = join(process.cwd(), '.vitest', 'asserted-rules');
  mkdirSync(directory, { recursive: true });
  const file = (expect.getState().testPath ?? 'unknown').replace(/[^\w.-]+/g, '_');
  writeFileSync(join(directory, `${file}.json`), `${JSON.stringify([...asserted].sort())}\n`);
});
