import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bumpVersion, pendingBumps } from './changeset-versions.ts';

describe('bumpVersion', () => {
  it.each([
    ['0.0.0', 'patch', '0.0.1'],
    ['0.0.0', 'minor', '0.1.0'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'major', '2.0.0'],
    ['1.2.3-next.1', 'patch', '1.2.4'],
  ] as const)('%s + %s = %s', (version, bump, expected) => {
    expect(bumpVersion(version, bump)).toBe(expected);
  });
});

describe('pendingBumps', () => {
  let folder = '';
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('takes the largest bump per package over every changeset, ignoring README.md', () => {
    folder = mkdtempSync(join(tmpdir(), 'changesets-'));
    writeFileSync(join(folder, 'README.md'), "---\n'@wa/format': major\n---\n");
    writeFileSync(join(folder, 'a.md'), '---\n\'@wa/format\': patch\n"@wa/schema": minor\n---\n\nText.\n');
    writeFileSync(
      join(folder, 'b.md'),
      "---\n'@wa/format': minor\n'@wa/schema': patch\n---\n\nText: 'x': major\n",
    );
    expect(Object.fromEntries(pendingBumps(folder))).toEqual({
      '@wa/format': 'minor',
      '@wa/schema': 'minor',
    });
  });
});
