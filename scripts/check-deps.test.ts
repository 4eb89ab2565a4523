import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findForbiddenEdges, readWorkspace } from './check-deps.ts';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(packages: Record<string, { deps?: Record<string, string>; source?: string }>): string {
  const root = mkdtempSync(join(tmpdir(), 'check-deps-'));
  scratch.push(root);
  for (const [name, { deps = {}, source = '' }] of Object.entries(packages)) {
    const directory = join(root, 'packages', name.replace('@wa/', ''));
    mkdirSync(join(directory, 'src'), { recursive: true });
    writeFileSync(join(directory, 'package.json'), JSON.stringify({ name, dependencies: deps }));
    writeFileSync(join(directory, 'src', 'index.ts'), source);
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
});
