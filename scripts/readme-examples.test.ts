import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReadmeExamples, extractExamples, formatDiagnostic, isSkipped } from './readme-examples.ts';

const root = join(import.meta.dirname, '..');
const fixtureDirectory = join(root, 'node_modules', '.cache', 'readme-examples-fixture');

afterAll(() => {
  rmSync(fixtureDirectory, { recursive: true, force: true });
});

describe('extractExamples', () => {
  it('takes ts and typescript blocks with the README line of their first code line', () => {
    const markdown = [
      '# Title', // 1
      '```sh', // 2
      'pnpm add x', // 3
      '```', // 4
      '```ts', // 5
      "const a = 'x';", // 6
      '```', // 7
      '````typescript', // 8
      '```', // 9: a shorter fence does not close a longer one
      'const b = 1;', // 10
      '````', // 11
    ].join('\n');
    expect(extractExamples(markdown, 'packages/x/README.md')).toEqual([
      { readme: 'packages/x/README.md', line: 6, code: "const a = 'x';" },
      { readme: 'packages/x/README.md', line: 9, code: '```\nconst b = 1;' },
    ]);
  });

  it('skips only blocks that give a reason on their first line', () => {
    const [reasoned, bare] = extractExamples(
      '```ts\n// not checked: a type signature excerpt\nf(x)\n```\n```ts\n// not checked:\nf(x)\n```\n',
      'README.md',
    );
    expect(reasoned && isSkipped(reasoned)).toBe(true);
    expect(bare && isSkipped(bare)).toBe(false);
  });
});

describe('checkReadmeExamples', () => {
  it('typechecks every package README example without a diagnostic', () => {
    const result = checkReadmeExamples({ root });
    expect(result.examples.length).toBeGreaterThan(20);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
  }, 60_000);

  it('fails on a broken example and names its README line', () => {
    const readme = join(fixtureDirectory, 'README.md');
    mkdirSync(fixtureDirectory, { recursive: true });
    writeFileSync(
      readme,
      [
        '# Fixture', // 1
        '', // 2
        '```ts', // 3
        "import { bold } from '@wa/format';", // 4
        '', // 5
        "bold('fine');", // 6
        '```', // 7
        '', // 8
        '```ts', // 9
        "import { boldly } from '@wa/format';", // 10
        '', // 11
        "const count: number = 'three';", // 12
        '```', // 13
        '', // 14
        '```ts', // 15
        '// not checked: a fragment that cannot stand alone', // 16
        'this is not TypeScript', // 17
        '```', // 18
      ].join('\n'),
    );
    const result = checkReadmeExamples({
      root,
      readmes: [readme],
      workDirectory: join(fixtureDirectory, 'work'),
    });
    expect(result.examples).toHaveLength(2);
    expect(result.skipped).toHaveLength(1);
    const lines = result.diagnostics.map(formatDiagnostic);
    const file = 'node_modules/.cache/readme-examples-fixture/README.md';
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${file}:10: TS2724: .*'boldly'`)),
      expect.stringMatching(new RegExp(`^${file}:12: TS2322: .*not assignable to type 'number'`)),
    ]);
  }, 60_000);
});
