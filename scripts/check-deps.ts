/**
 * The dependency rule of the workspace, as a check that fails.
 *
 * `@wa/schema` is the hub: every package may depend on it (and on `@wa/format` where that makes sense),
 * but the transports never depend on each other or on `@wa/webhooks`, and `@wa/webhooks` never depends
 * on a transport. Both the manifests (any dependency field) and the source imports are checked, so a
 * forbidden edge is caught whether it is declared or only imported.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A package of the workspace as the check sees it. */
export interface WorkspacePackage {
  name: string;
  directory: string;
  /** Every package named in dependencies, devDependencies, peerDependencies or optionalDependencies. */
  declared: string[];
  /** Every bare package specifier imported by a source file, with the file that imports it. */
  imports: { specifier: string; file: string }[];
}

/** One edge that breaks the rule. */
export interface ForbiddenEdge {
  from: string;
  to: string;
  where: string;
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

const dependencyFields = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;
const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
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

/** Reads one package directory (its `package.json` and everything under `src/`). */
export function readWorkspacePackage(directory: string): WorkspacePackage {
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const declared = dependencyFields.flatMap((field) =>
    Object.keys((manifest[field] as object | undefined) ?? {}),
  );
  const imports: WorkspacePackage['imports'] = [];
  const src = join(directory, 'src');
  const files = statSync(src, { throwIfNoEntry: false })?.isDirectory() ? sourceFiles(src) : [];
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const specifier = match[1] ?? '';
      if (!specifier.startsWith('.') && !specifier.startsWith('node:')) imports.push({ specifier, file });
    }
  }
  return { name: String(manifest.name), directory, declared, imports };
}

/** Every edge between `@wa/*` packages that the rule forbids. */
export function findForbiddenEdges(
  packages: WorkspacePackage[],
  allowed: Readonly<Record<string, readonly string[]>> = allowedWorkspaceDependencies,
): ForbiddenEdge[] {
  const edges: ForbiddenEdge[] = [];
  for (const pkg of packages) {
    const permitted = allowed[pkg.name];
    if (permitted === undefined) continue; // private apps may use any package
    const check = (target: string, where: string) => {
      if (target.startsWith('@wa/') && target !== pkg.name && !permitted.includes(target)) {
        edges.push({ from: pkg.name, to: target, where });
      }
    };
    for (const name of pkg.declared) check(name, join(pkg.directory, 'package.json'));
    for (const { specifier, file } of pkg.imports) check(packageNameOf(specifier), file);
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
    console.error(`check-deps: ${edge.from} must not depend on ${edge.to} (${relative(root, edge.where)})`);
  }
  if (unknown.length > 0 || edges.length > 0) process.exit(1);
  console.log(`check-deps: ${packages.length} packages follow the dependency rule`);
}
