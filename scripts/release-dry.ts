/**
 * `pnpm release:dry`: proves the release path without publishing to the real registry.
 *
 * Copies the workspace (with its built `dist/` folders) into a scratch folder, runs `changeset version`
 * there (adding a patch changeset for every package when none is pending, so versioning always runs),
 * then `pnpm pack`s every published package and checks each tarball: the version the changesets ask for,
 * no `workspace:` ranges left, and the entry points the `exports` map names are inside. Then it publishes
 * the tarballs to a throwaway local registry and installs them with npm and pnpm in scratch consumer
 * projects (see `release/registry-install-check.ts`).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { bumpVersion, pendingBumps } from './release/changeset-versions.ts';
import { checkInstallFromRegistry, type PackedPackage } from './release/registry-install-check.ts';

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  exports?: Record<string, unknown>;
  [field: string]: unknown;
}

/** The files an `exports` map points at: its string leaves (subpath keys such as `./node` are not files). */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (exports === null || typeof exports !== 'object') return [];
  return Object.values(exports).flatMap(exportTargets);
}

const root = join(import.meta.dirname, '..');
const skipped = new Set(['node_modules', '.tools', '.turbo', '.git', 'coverage']);
const scratch = mkdtempSync(join(tmpdir(), 'wa-release-dry-'));
const copy = join(scratch, 'repo');
const tarballs = join(scratch, 'tarballs');
const readManifest = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  cpSync(root, copy, { recursive: true, filter: (source) => !skipped.has(basename(source)) });

  const packageDirectories = readdirSync(join(copy, 'packages')).map((entry) =>
    join(copy, 'packages', entry),
  );
  const published = packageDirectories
    .map((directory) => ({ directory, manifest: readManifest(join(directory, 'package.json')) }))
    .filter(({ manifest }) => !manifest.private);

  const pending = readdirSync(join(copy, '.changeset')).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );
  const bumps = pendingBumps(join(copy, '.changeset'));
  if (pending.length === 0) {
    const frontMatter = published.map(({ manifest }) => `'${manifest.name}': patch`).join('\n');
    writeFileSync(
      join(copy, '.changeset', 'release-dry.md'),
      `---\n${frontMatter}\n---\n\nRelease dry run.\n`,
    );
    console.log('release:dry: no pending changesets; added a patch changeset for every package');
  }

  // Link the copy's workspace from the local store (no network), as `pnpm pack` resolves workspace: ranges.
  run('pnpm', ['install', '--offline', '--ignore-scripts', '--frozen-lockfile'], copy);
  run(process.execPath, [join(copy, 'node_modules/@changesets/cli/bin.js'), 'version'], copy);

  let failures = 0;
  const packedPackages: PackedPackage[] = [];
  for (const { directory, manifest: before } of published) {
    const after = readManifest(join(directory, 'package.json'));
    const output = run('pnpm', ['pack', '--pack-destination', tarballs], directory).trim().split('\n');
    const tarball = output.at(-1) ?? '';
    const files = run('tar', ['-tzf', tarball], scratch).split('\n').filter(Boolean);
    const packed = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], scratch)) as Manifest;
    const problems: string[] = [];
    if (packed.version === before.version) problems.push(`version was not bumped (still ${before.version})`);
    const bump = bumps.get(before.name);
    if (bump !== undefined && packed.version !== bumpVersion(before.version, bump))
      problems.push(
        `version is ${packed.version}, the changesets ask for ${bumpVersion(before.version, bump)}`,
      );
    if (JSON.stringify(packed).includes('workspace:'))
      problems.push('a workspace: range was left in package.json');
    if (!files.includes('package/CHANGELOG.md')) problems.push('CHANGELOG.md is missing');
    if (!existsSync(join(directory, 'CHANGELOG.md')))
      problems.push('changeset version wrote no CHANGELOG.md');
    for (const target of exportTargets(after.exports)) {
      const file = `package/${target.slice(2)}`;
      if (!target.startsWith('./src/') && !files.includes(file))
        problems.push(`${file} named by exports is missing`);
    }
    failures += problems.length;
    packedPackages.push({
      name: packed.name,
      version: packed.version,
      tarball,
      directory: join(root, 'packages', basename(directory)),
      entryPoints: Object.keys(after.exports ?? {}).filter((subpath) => subpath !== './package.json'),
      dependencies: packed.dependencies ?? {},
      peerDependencies: packed.peerDependencies ?? {},
      optionalPeers: Object.entries(packed.peerDependenciesMeta ?? {})
        .filter(([, meta]) => meta.optional === true)
        .map(([name]) => name),
    });
    const status = problems.length === 0 ? 'ok' : `FAILED: ${problems.join('; ')}`;
    console.log(
      `release:dry: ${before.name} ${before.version} -> ${packed.version}, ${files.length} files, ${status}`,
    );
  }
  if (failures === 0) {
    const problems = await checkInstallFromRegistry({
      scratch,
      workspaceRoot: root,
      packed: packedPackages,
      log: (line) => console.log(`release:dry: ${line}`),
    });
    for (const problem of problems) console.error(`release:dry: FAILED: ${problem}`);
    failures += problems.length;
  }
  if (failures > 0) process.exitCode = 1;
  else
    console.log(
      `release:dry: ${published.length} packages versioned, packed, published to a throwaway local registry and installed with npm and pnpm; nothing reached the real registry`,
    );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
