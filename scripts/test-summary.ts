/**
 * Prints one line for the whole test run, `tests: N passed, N failed, N skipped`, from the JSON results
 * every workspace's vitest writes to `.vitest/results.json`, with a line per workspace above it.
 * Fails when a test failed, when a workspace with a `test` script left no results, or when nothing ran.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

interface VitestJsonResults {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const root = join(import.meta.dirname, '..');
const workspaces = [
  root,
  ...['packages', 'apps'].flatMap((folder) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder)).map((entry) => join(root, folder, entry))
      : [],
  ),
];

let passed = 0;
let failed = 0;
let skipped = 0;
const missing: string[] = [];
for (const directory of workspaces) {
  const manifest = join(directory, 'package.json');
  if (!existsSync(manifest)) continue;
  const scripts =
    (JSON.parse(readFileSync(manifest, 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const name = relative(root, directory) || '(root scripts)';
  const file = join(directory, '.vitest', 'results.json');
  if (!existsSync(file)) {
    if (scripts.test !== undefined || directory === root) missing.push(name);
    continue;
  }
  const results = JSON.parse(readFileSync(file, 'utf8')) as VitestJsonResults;
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
  console.log(`  ${name.padEnd(28)} ${results.numPassedTests} passed, ${results.numFailedTests} failed`);
}
for (const name of missing)
  console.error(`test-summary: ${name} has a test script but left no .vitest/results.json`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || missing.length > 0 || passed === 0) process.exit(1);
