/**
 * The rules table of `@wa/schema` is complete, and every rule is upheld somewhere we can see:
 * - the table holds exactly the rule IDs of the API digest (per area, numbered 1…n with no gaps), so the
 *   count cannot quietly fall;
 * - every rule a validator of `@wa/schema` reports as an issue is asserted by a test on a real result:
 *   `packages/schema/test/record-asserted-rules.ts` records, during the package's tests, each rule ID
 *   that a passing assertion expects and the actual value carries (run the package tests first; the
 *   test command does);
 * - every other enforced rule (transports, webhooks, shape rules no issue carries) is named by a test;
 * - every rule that is guidance only ('documented') is named in at least one README.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../packages/schema/src/rules/index.ts';

/** How many rules each area of the digest has (IDs run from 1 to the count). */
const rulesPerArea: Record<string, number> = {
  'R-HTTP': 7,
  'R-REQ': 22,
  'R-TEXT': 4,
  'R-FMT': 5,
  'R-MEDIA': 15,
  'R-STK': 5,
  'R-CONT': 12,
  'R-LOC': 4,
  'R-TPL': 11,
  'R-TPL-PARAM': 9,
  'R-TPL-BTN': 10,
  'R-TPL-AUTH': 1,
  'R-TPL-MKT': 5,
  'R-HSM': 5,
  'R-INT': 12,
  'R-INT-ACT': 1,
  'R-INT-HDR': 5,
  'R-INT-LIST': 9,
  'R-INT-BTN': 8,
  'R-INT-PROD': 3,
  'R-INT-PL': 8,
  'R-INT-CAT': 3,
  'R-INT-FLOW': 11,
  'R-INT-LOCREQ': 4,
  'R-RESP': 6,
  'R-WH': 8,
  'R-DLV': 12,
  'R-ERR': 5,
  'R-PERF': 3,
  'R-VER': 11,
};

const expectedIds = Object.entries(rulesPerArea).flatMap(([area, count]) =>
  Array.from({ length: count }, (_, index) => `${area}-${index + 1}`),
);

const root = join(import.meta.dirname, '..');

function filesUnder(directory: string, accept: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, accept));
    else if (accept(entry)) found.push(path);
  }
  return found;
}

function corpus(accept: (name: string) => boolean): string {
  return ['packages', 'apps', 'bench']
    .map((folder) => join(root, folder))
    .filter((folder) => statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    .flatMap((folder) => filesUnder(folder, accept))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

const mentions = (text: string, id: string) => new RegExp(`${id.replaceAll('-', '\\-')}(?![0-9])`).test(text);

describe('rules table', () => {
  it(`holds exactly the ${expectedIds.length} rule IDs of the API digest`, () => {
    expect(expectedIds).toHaveLength(224);
    expect(Object.keys(rules).sort()).toEqual([...expectedIds].sort());
  });

  it('asserts, on a real result, every rule a validator of @wa/schema reports', () => {
    const schemaSource = join(root, 'packages', 'schema', 'src');
    const sources = filesUnder(schemaSource, (name) => name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(name))
      .filter((file) => !file.startsWith(join(schemaSource, 'rules')))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const reported = Object.keys(rules).filter((id) => sources.includes(`'${id}'`));
    expect(reported.length).toBeGreaterThan(100);
    const recorded = join(root, 'packages', 'schema', '.vitest', 'asserted-rules');
    expect(existsSync(recorded), 'run the @wa/schema tests first: they record the asserted rule IDs').toBe(
      true,
    );
    const asserted = new Set(
      readdirSync(recorded).flatMap(
        (file) => JSON.parse(readFileSync(join(recorded, file), 'utf8')) as string[],
      ),
    );
    expect(reported.filter((id) => !asserted.has(id))).toEqual([]);
  });

  it('names an enforced rule in at least one test', () => {
    const tests = corpus((name) => /\.test(-d)?\.ts$/.test(name));
    const untested = Object.entries(rules)
      .filter(([, rule]) => rule.enforcement !== 'documented')
      .map(([id]) => id)
      .filter((id) => !mentions(tests, id));
    expect(untested).toEqual([]);
  });

  it('names a guidance-only rule in at least one README', () => {
    const readmes = corpus((name) => name === 'README.md');
    const undocumented = Object.entries(rules)
      .filter(([, rule]) => rule.enforcement === 'documented')
      .map(([id]) => id)
      .filter((id) => !mentions(readmes, id));
    expect(undocumented).toEqual([]);
  });
});
