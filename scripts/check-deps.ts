/**
 * The dependency rule of the workspace, as a check that fails.
 *
 * `@wa/schema` is the hub: every package may depend on it (and on `@wa/format` where that makes sense),
 * but the transports never depend on each other or on `@wa/webhooks`, and `@wa/webhooks` never depends
 * on a transport. Both the manifests (any dependency field) and the source imports are checked, so a
 * forbidden edge is caught whether it is declared or only imported.
 *
 * A few packages test themselves against others they must never need at run time (`@wa/redis` sends
 * through a real client in its tests): those edges are listed in `allowedDevDependencies` and are
 * accepted only from `devDependencies` and from test files (`*.test.ts`, `*.test-d.ts`, anything under a
 * `test/` folder). The same edge from `dependencies` or from a runtime source file still fails.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A package of the workspace as the check sees it. */
export interface WorkspacePackage {
  name: string;
  directory: string;
  /** Every package named in dependencies, peerDependencies or optionalDependencies (needed at run time). */
  declared: string[];
  /** Every package named in devDependencies (needed only to build and test the package). */
  declaredDev: string[];
  /**
   * Every bare package specifier imported by a source file, with the file that imports it; `test` is
   * true for test files (`*.test.ts`, `*.test-d.ts`, files under `test/`), whose imports are dev edges.
   */
  imports: { specifier: string; file: string; test: boolean }[];
}

/** One edge that breaks the rule. */
export interface ForbiddenEdge {
  from: string;
  to: string;
  where: string;
  /** True when the edge is a devDependency or an import from a test file. */
  dev: boolean;
}

/** What each published package may depend on inside the workspace (`@wa/*` names only). */
export const allowedWorkspaceDependencies: Readonly<Record<string, readonly string[]>> = {
  '@wa/schema': ['@wa/format'],
  '@wa/format': [],
  '@wa/transport-cloud': ['@wa/schema', '@wa/format', '@wa/transport-utils'],
  '@wa/transport-onprem': ['@wa/schema', '@wa/format', '@wa/transport-utils'],
  '@wa/transport-utils': ['@wa/schema'],
  '@wa/webhooks': ['@wa/schema', '@wa/format'],
  // The sandbox stands in for WhatsApp and is a user of every package (signing, media rules, schemas).
  '@wa/sandbox': [
    '@wa/schema',
    '@wa/format',
    '@wa/transport-utils',
    '@wa/transport-cloud',
    '@wa/transport-onprem',
    '@wa/webhooks',
  ],
  // Transports reach it as values typed by `Transport` from @wa/schema, never as a dependency.
  '@wa/redis': ['@wa/schema', '@wa/webhooks'],
};

/**
 * Edges a package may have for its tests only (devDependencies and imports from test files), on top of
 * its `allowedWorkspaceDependencies`.
 */
export const allowedDevDependencies: Readonly<Record<string, readonly string[]>> = {
  // The Redis pacer, dedupe store and outbox are tested with real clients and the sandbox.
  '@wa/redis': ['@wa/transport-cloud', '@wa/transport-onprem', '@wa/sandbox'],
};

const runtimeDependencyFields = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;
const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

const testFilePattern = /\.test(?:-d)?\.[cm]?tsx?$/;

/** True for a test file of the package at `directory`: `*.test.ts`, `*.test-d.ts` or under `test/`. */
function isTestFile(directory: string, file: string): boolean {
  return testFilePattern.test(file) || relative(directory, file).split(sep)[0] === 'test';
}

function sourceFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(?:[cm]?ts|tsx|[cm]?js)$/.test(entry)) files.push(path);
  }
  return files;
}

/** Reads one package directory (its `package.json` and everything under `src/` and `test/`). */
export function readWorkspacePackage(directory: string): WorkspacePackage {
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const namesIn = (field: string) => Object.keys((manifest[field] as object | undefined) ?? {});
  const declared = runtimeDependencyFields.flatMap(namesIn);
  const declaredDev = namesIn('devDependencies');
  const imports: WorkspacePackage['imports'] = [];
  const files = ['src', 'test']
    .map((folder) => join(directory, folder))
    .flatMap((folder) =>
      statSync(folder, { throwIfNoEntry: false })?.isDirectory() ? sourceFiles(folder) : [],
    );
  for (const file of files) {
    const test = isTestFile(directory, file);
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const specifier = match[1] ?? '';
      if (!specifier.startsWith('.') && !specifier.startsWith('node:'))
        imports.push({ specifier, file, test });
    }
  }
  return { name: String(manifest.name), directory, declared, declaredDev, imports };
}

/**
 * Every edge between `@wa/*` packages that the rule forbids: a runtime edge (dependencies, peer or
 * optional dependencies, imports from non-test files) outside `allowed`, or a dev edge (devDependencies,
 * imports from test files) outside both `allowed` and `allowedDev`.
 */
export function findForbiddenEdges(
  packages: WorkspacePackage[],
  allowed: Readonly<Record<string, readonly string[]>> = allowedWorkspaceDependencies,
  allowedDev: Readonly<Record<string, readonly string[]>> = allowedDevDependencies,
): ForbiddenEdge[] {
  const edges: ForbiddenEdge[] = [];
  for (const pkg of packages) {
    const permitted = allowed[pkg.name];
    if (permitted === undefined) continue; // private apps may use any package
    const permittedDev = allowedDev[pkg.name] ?? [];
    const check = (target: string, where: string, dev: boolean) => {
      if (!target.startsWith('@wa/') || target === pkg.name || permitted.includes(target)) return;
      if (dev && permittedDev.includes(target)) return;
      edges.push({ from: pkg.name, to: target, where, dev });
    };
    const manifest = join(pkg.directory, 'package.json');
    for (const name of pkg.declared) check(name, manifest, false);
    for (const name of pkg.declaredDev) check(name, manifest, true);
    for (const { specifier, file, test } of pkg.imports) check(packageNameOf(specifier), file, test);
  }
  return edges;
}

/** The packages under `packages/` of the workspace at `root`. */
export function readWorkspace(root: string): WorkspacePackage[] {
  const packagesDirectory = join(root, 'packages');
  return readdirSync(packagesDirectory)
    .map((entry) => join(packagesDirectory, entry))
    .filter((directory) => statSync(join(directory, 'package.json'), { throwIfNoEntry: false })?.isFile())
    .map(readWorkspacePackage);
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..');
  const packages = readWorkspace(root);
  const unknown = packages.filter((pkg) => !(pkg.name in allowedWorkspaceDependencies));
  const edges = findForbiddenEdges(packages);
  for (const pkg of unknown) {
    console.error(
      `check-deps: ${pkg.name} has no entry in allowedWorkspaceDependencies (scripts/check-deps.ts)`,
    );
  }
  for (const edge of edges) {
    const testsOnly = allowedDevDependencies[edge.from]?.includes(edge.to) === true;
    const rule = testsOnly
      ? `may use ${edge.to} only in devDependencies and test files`
      : `must not depend on ${edge.to}`;
    console.error(`check-deps: ${edge.from} ${rule} (${relative(root, edge.where)})`);
  }
  if (unknown.length > 0 || edges.length > 0) process.exit(1);
  console.log(`check-deps: ${packages.length} packages follow the dependency rule`);
}
