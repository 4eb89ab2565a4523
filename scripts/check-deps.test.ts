import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findForbiddenEdges, readWorkspace } from './check-deps.ts';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface FakePackage {
  deps?: Record<string, string>;
  devDeps?: Record<string, string>;
  peerDeps?: Record<string, string>;
  /** The text of `src/index.ts`. */
  source?: string;
  /** Further files, by path inside the package (`src/send.test.ts`, `test/worker.ts`). */
  files?: Record<string, string>;
}

function workspace(packages: Record<string, FakePackage>): string {
  const root = mkdtempSync(join(tmpdir(), 'check-deps-'));
  scratch.push(root);
  for (const [name, pkg] of Object.entries(packages)) {
    const { deps = {}, devDeps = {}, peerDeps = {}, source = '', files = {} } = pkg;
    const directory = join(root, 'packages', name.replace('@wa/', ''));
    mkdirSync(join(directory, 'src'), { recursive: true });
    writeFileSync(
      join(directory, 'package.json'),
      JSON.stringify({ name, dependencies: deps, devDependencies: devDeps, peerDependencies: peerDeps }),
    );
    writeFileSync(join(directory, 'src', 'index.ts'), source);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(directory, path)), { recursive: true });
      writeFileSync(join(directory, path), text);
    }
  }
  return root;
}

describe('check-deps', () => {
  it('accepts the real workspace', () => {
    expect(findForbiddenEdges(readWorkspace(join(import.meta.dirname, '..')))).toEqual([]);
  });

  it('accepts transports and webhooks that depend on @wa/schema', () => {
    const root = workspace({
      '@wa/schema': {},
      '@wa/transport-cloud': {
        deps: { '@wa/schema': 'workspace:^' },
        source: "import { z } from '@wa/schema';",
      },
      '@wa/webhooks': { source: "export * from '@wa/schema';" },
    });
    expect(findForbiddenEdges(readWorkspace(root))).toEqual([]);
  });

  it('fails on a transport that declares the other transport', () => {
    const root = workspace({ '@wa/transport-cloud': { deps: { '@wa/transport-onprem': 'workspace:^' } } });
    expect(findForbiddenEdges(readWorkspace(root))).toMatchObject([
      { from: '@wa/transport-cloud', to: '@wa/transport-onprem' },
    ]);
  });

  it('fails on @wa/webhooks importing a transport without declaring it', () => {
    const root = workspace({
      '@wa/webhooks': { source: "import { send } from '@wa/transport-cloud/internal';" },
    });
    expect(findForbiddenEdges(readWorkspace(root))).toMatchObject([
      { from: '@wa/webhooks', to: '@wa/transport-cloud' },
    ]);
  });

  it('fails on a transport that imports @wa/webhooks dynamically', () => {
    const root = workspace({ '@wa/transport-onprem': { source: "await import('@wa/webhooks');" } });
    expect(findForbiddenEdges(readWorkspace(root))).toMatchObject([
      { from: '@wa/transport-onprem', to: '@wa/webhooks' },
    ]);
  });

  it('fails on @wa/schema depending on a transport', () => {
    const root = workspace({ '@wa/schema': { deps: { '@wa/transport-utils': 'workspace:^' } } });
    expect(findForbiddenEdges(readWorkspace(root))).toMatchObject([
      { from: '@wa/schema', to: '@wa/transport-utils' },
    ]);
  });

  it('accepts @wa/sandbox depending on every other package', () => {
    const root = workspace({
      '@wa/sandbox': {
        deps: {
          '@wa/schema': 'workspace:^',
          '@wa/transport-cloud': 'workspace:^',
          '@wa/transport-onprem': 'workspace:^',
          '@wa/webhooks': 'workspace:^',
        },
        source: "import { signPayload } from '@wa/webhooks';",
      },
    });
    expect(findForbiddenEdges(readWorkspace(root))).toEqual([]);
  });

  it('fails on a package that depends on @wa/sandbox (the sandbox is a user, never a dependency)', () => {
    const root = workspace({ '@wa/webhooks': { deps: { '@wa/sandbox': 'workspace:^' } } });
    expect(findForbiddenEdges(readWorkspace(root))).toMatchObject([
      { from: '@wa/webhooks', to: '@wa/sandbox' },
    ]);
  });

  const cloudDev = { '@wa/transport-cloud': 'workspace:^' };
  const cloudImport = "import { createCloudClient } from '@wa/transport-cloud';";

  it('accepts @wa/redis devDepending on a transport and importing it from its tests only', () => {
    const root = workspace({
      '@wa/redis': {
        deps: { '@wa/schema': 'workspace:^', '@wa/webhooks': 'workspace:^' },
        devDeps: { ...cloudDev, '@wa/transport-onprem': 'workspace:^', '@wa/sandbox': 'workspace:^' },
        source: "import type { TransportPacer } from '@wa/schema';",
        files: {
          'src/create-outbox.test.ts': cloudImport,
          'src/pacer.test-d.ts': "import type { OnPremClient } from '@wa/transport-onprem';",
          'test/worker-process.ts': `${cloudImport}\nimport { startSandbox } from '@wa/sandbox';`,
        },
      },
    });
    expect(findForbiddenEdges(readWorkspace(root))).toEqual([]);
  });

  it.each([
    ['declared in dependencies', { deps: cloudDev }, 'package.json', false],
    ['declared in peerDependencies', { peerDeps: cloudDev }, 'package.json', false],
    ['imported from a runtime source file', { devDeps: cloudDev, source: cloudImport }, 'index.ts', false],
    [
      'imported from a runtime file beside the tests',
      { devDeps: cloudDev, files: { 'src/send-helper.ts': cloudImport, 'src/send.test.ts': cloudImport } },
      'send-helper.ts',
      false,
    ],
  ] satisfies [string, FakePackage, string, boolean][])(
    'fails on @wa/redis using a test-only package at run time: %s',
    (_, pkg, where, dev) => {
      const root = workspace({ '@wa/redis': pkg });
      const edges = findForbiddenEdges(readWorkspace(root));
      expect(edges).toHaveLength(1);
      expect(edges[0]).toMatchObject({ from: '@wa/redis', to: '@wa/transport-cloud', dev });
      expect(edges[0]?.where.endsWith(where)).toBe(true);
    },
  );

  it.each([
    ['a transport devDepending on the other transport', '@wa/transport-cloud', '@wa/transport-onprem'],
    ['@wa/webhooks devDepending on a transport', '@wa/webhooks', '@wa/transport-cloud'],
    ['@wa/redis devDepending on a package outside its test list', '@wa/redis', '@wa/transport-utils'],
  ])('fails on %s (no test-only allowance)', (_, from, to) => {
    const root = workspace({
      [from]: {
        devDeps: { [to]: 'workspace:^' },
        files: { 'src/index.test.ts': `import '${to}';`, 'test/helper.ts': `import '${to}';` },
      },
    });
    const edges = findForbiddenEdges(readWorkspace(root));
    expect(edges.map((edge) => [edge.from, edge.to, edge.dev])).toEqual([
      [from, to, true],
      [from, to, true],
      [from, to, true],
    ]);
  });
});
