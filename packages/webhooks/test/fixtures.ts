import { readdirSync, readFileSync } from 'node:fs';

const directory = new URL('../../schema/src/webhooks/__fixtures__/', import.meta.url);

/** The recorded webhook payloads shared by every package (in @wa/schema), by file name without `.json`. */
export function loadFixtures(): Map<string, unknown> {
  const fixtures = new Map<string, unknown>();
  for (const file of readdirSync(directory).sort()) {
    if (!file.endsWith('.json')) continue;
    fixtures.set(file.slice(0, -'.json'.length), JSON.parse(readFileSync(new URL(file, directory), 'utf8')));
  }
  return fixtures;
}

/** One fixture, as the exact text on disk (a real body, with its own whitespace). */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`${name}.json`, directory), 'utf8');
}

/** One fixture, parsed. */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(fixtureText(name)) as Record<string, unknown>;
}
