/**
 * The versions the pending changesets ask for: for each package named in a changeset's front matter, its
 * current version with the largest bump any changeset gives it (major > minor > patch).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Bump = 'major' | 'minor' | 'patch';
const order: Bump[] = ['patch', 'minor', 'major'];

/** The bump per package over every pending changeset in `changesetFolder`. */
export function pendingBumps(changesetFolder: string): Map<string, Bump> {
  const bumps = new Map<string, Bump>();
  for (const file of readdirSync(changesetFolder)) {
    if (!file.endsWith('.md') || file === 'README.md') continue;
    const frontMatter =
      /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(changesetFolder, file), 'utf8'))?.[1] ?? '';
    for (const line of frontMatter.split('\n')) {
      const match = /^\s*['"]?([^'":]+)['"]?\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (!match?.[1] || !match[2]) continue;
      const [name, bump] = [match[1], match[2] as Bump];
      const before = bumps.get(name);
      if (before === undefined || order.indexOf(bump) > order.indexOf(before)) bumps.set(name, bump);
    }
  }
  return bumps;
}

/** `version` bumped by `bump` (`0.1.2` + minor = `0.2.0`). */
export function bumpVersion(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split('-')[0]?.split('.').map(Number) ?? [];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
