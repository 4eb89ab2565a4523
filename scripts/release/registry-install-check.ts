/**
 * The second half of `release:dry`: publishes the packed tarballs to a throwaway local registry, then
 * installs them with npm and with pnpm into scratch consumer projects outside the workspace and checks
 * what a user would get. Returns the problems found (empty when everything holds).
 *
 * The registry has no uplinks. The third-party packages the `@wa/*` packages need (zod, undici, and
 * `@types/node` for the consumer's typecheck) are published to it first, packed from the copies this
 * workspace is installed and tested with, so the check runs offline and against the same versions.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { startLocalRegistry } from './local-registry.ts';

/** A package packed by `release:dry`. */
export interface PackedPackage {
  name: string;
  version: string;
  tarball: string;
  /** The folder it was packed from (its `node_modules` holds the third-party packages it uses). */
  directory: string;
  /** Subpaths of its `exports` map (`.`, `./node`, …), without `./package.json`. */
  entryPoints: string[];
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  optionalPeers: string[];
}

type PackageManager = 'npm' | 'pnpm';
interface Run {
  status: number | null;
  output: string;
}

/** Third-party packages the consumer's typecheck needs besides the packages' own dependencies. */
const consumerExtras = ['@types/node'];

export async function checkInstallFromRegistry(options: {
  scratch: string;
  workspaceRoot: string;
  packed: PackedPackage[];
  log: (line: string) => void;
}): Promise<string[]> {
  const { scratch, workspaceRoot, packed } = options;
  const started = Date.now();
  const log = (line: string) => options.log(`${line} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const problems: string[] = [];
  const registryFolder = join(scratch, 'registry');
  mkdirSync(registryFolder, { recursive: true });
  const registry = await startLocalRegistry(registryFolder);
  try {
    const token = await createUser(registry.url);
    const npmrc = join(scratch, 'npmrc');
    const host = registry.url.replace(/^http:/, '');
    writeFileSync(npmrc, `registry=${registry.url}\n${host}:_authToken=${token}\n`);
    // A clean environment: only this registry, a scratch cache and store, no settings inherited from pnpm.
    const environment: NodeJS.ProcessEnv = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_|PNPM_)/i.test(key)),
    );
    Object.assign(environment, {
      npm_config_userconfig: npmrc,
      npm_config_registry: registry.url,
      npm_config_cache: join(scratch, 'npm-cache'),
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    });
    const run = (command: string, args: string[], cwd: string): Run => {
      const result = spawnSync(command, args, { cwd, env: environment, encoding: 'utf8' });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    };

    // 1. Seed the third-party packages, then publish ours.
    const seeds = thirdPartyClosure(packed, workspaceRoot);
    const seedFolder = join(scratch, 'seeds');
    mkdirSync(seedFolder, { recursive: true });
    for (const [name, directory] of seeds) {
      // The folder as installed is the package's published content: tar it the way npm packs (under package/).
      const tarball = join(seedFolder, `${name.replace('/', '-')}.tgz`);
      execFileSync('tar', [
        '-czf',
        tarball,
        '--hard-dereference',
        '--transform',
        's,^\\.,package,',
        '-C',
        directory,
        '.',
      ]);
      // Seeds go in over the registry's publish API directly (what `npm publish` sends), without npm's start-up cost.
      await putPackage(registry.url, token, tarball, directory);
      log(`seeded ${name}@${readVersion(directory)} (from the workspace's install)`);
    }
    // Ours go through `npm publish`, as a release does; in parallel, since each npm start is mostly waiting.
    const published = await Promise.all(
      packed.map((item) =>
        runAsync(
          'npm',
          [
            'publish',
            item.tarball,
            '--ignore-scripts',
            '--provenance=false',
            '--access',
            'public',
            '--tag',
            'latest',
          ],
          scratch,
          environment,
        ),
      ),
    );
    for (const [index, result] of published.entries())
      if (result.status !== 0)
        throw new Error(`npm publish of ${packed[index]?.name} failed:\n${result.output}`);
    log(`published ${packed.length} packages to ${registry.url}`);

    const zod = seeds.get('zod');
    const zodVersion = zod === undefined ? undefined : readVersion(zod);
    const find = (name: string) => packed.find((item) => item.name === name);
    const typesNode = seeds.get('@types/node');

    for (const manager of ['npm', 'pnpm'] as const) {
      const fail = (what: string) => problems.push(`${manager}: ${what}`);
      const install = (
        directory: string,
        dependencies: Record<string, string>,
        withoutPeers = false,
      ): Run => {
        mkdirSync(directory, { recursive: true });
        writeFileSync(
          join(directory, 'package.json'),
          `${JSON.stringify({ name: 'wa-consumer', private: true, type: 'module', dependencies }, null, 2)}\n`,
        );
        const args =
          manager === 'npm'
            ? ['install', '--no-audit', '--no-fund', ...(withoutPeers ? ['--legacy-peer-deps'] : [])]
            : [
                'install',
                `--store-dir=${join(scratch, 'pnpm-store')}`,
                '--config.minimum-release-age=0',
                '--config.auto-install-peers=false',
              ];
        return run(manager, args, directory);
      };

      // 2. Everything: versions, every entry point, a typecheck in two resolution modes, a bundle.
      const full = join(scratch, `consumer-${manager}`);
      const all: Record<string, string> = Object.fromEntries(packed.map((item) => [item.name, item.version]));
      if (zodVersion) all.zod = zodVersion;
      if (typesNode) all['@types/node'] = readVersion(typesNode);
      const installed = install(full, all);
      if (installed.status !== 0) {
        fail(`installing every package failed:\n${installed.output}`);
        continue;
      }
      for (const item of packed) {
        const manifest = join(full, 'node_modules', item.name, 'package.json');
        const version = existsSync(manifest) ? readVersion(join(full, 'node_modules', item.name)) : 'missing';
        if (version !== item.version) fail(`${item.name} installed at ${version}, expected ${item.version}`);
      }
      const specifiers = packed.flatMap((item) =>
        item.entryPoints.map((subpath) => (subpath === '.' ? item.name : `${item.name}${subpath.slice(1)}`)),
      );
      writeFileSync(
        join(full, 'import-all.mjs'),
        `${specifiers
          .map(
            (specifier) =>
              `{ const m = await import(${JSON.stringify(specifier)}); if (Object.keys(m).length === 0) throw new Error('${specifier} exports nothing'); }`,
          )
          .join('\n')}\nconsole.log('imported ${specifiers.length} entry points');\n`,
      );
      const imported = run(process.execPath, ['import-all.mjs'], full);
      if (imported.status !== 0) fail(`ESM import of an entry point failed:\n${imported.output}`);
      else log(`${manager}: ESM import of ${specifiers.length} entry points in Node ${process.version}: ok`);

      writeConsumerSource(full);
      // pnpm's strict layout is where a missing dependency of a declaration file shows; npm's flat one
      // could hide it. So the typecheck runs on the pnpm install (CPU is the scarce resource here).
      for (const resolution of manager === 'pnpm' ? (['node16', 'bundler'] as const) : []) {
        const tsconfig = join(full, `tsconfig.${resolution}.json`);
        writeFileSync(
          tsconfig,
          JSON.stringify({
            compilerOptions: {
              strict: true,
              noEmit: true,
              // As most consumers do; checking zod's and Node's declarations too costs ~40 s per run.
              skipLibCheck: true,
              target: 'es2023',
              lib: ['es2023', 'dom'],
              module: resolution === 'node16' ? 'node16' : 'esnext',
              moduleResolution: resolution,
              types: ['node'],
            },
            files: ['consumer.ts'],
          }),
        );
        const typecheck = run(
          process.execPath,
          [join(workspaceRoot, 'node_modules/typescript/bin/tsc'), '-p', tsconfig],
          full,
        );
        if (typecheck.status !== 0)
          fail(`typecheck with moduleResolution ${resolution} failed:\n${typecheck.output}`);
        else log(`${manager}: typecheck with moduleResolution ${resolution}: ok`);
      }
      try {
        const bundled = await build({
          entryPoints: [join(full, 'consumer.ts')],
          absWorkingDir: full,
          bundle: true,
          minify: true,
          format: 'esm',
          platform: 'browser',
          write: false,
          logLevel: 'silent',
        });
        log(
          `${manager}: esbuild bundle (browser, minified): ${bundled.outputFiles[0]?.contents.length ?? 0} B`,
        );
      } catch (error) {
        fail(`esbuild bundle failed: ${(error as Error).message}`);
      }

      // 3. Only what is needed: @wa/format alone, and the Cloud client without @wa/webhooks.
      const formatOnly = join(scratch, `format-only-${manager}`);
      const formatItem = find('@wa/format');
      if (formatItem) {
        const result = install(formatOnly, { '@wa/format': formatItem.version });
        const names = installedPackages(formatOnly, manager);
        if (result.status !== 0) fail(`installing @wa/format alone failed:\n${result.output}`);
        else if (names.join() !== '@wa/format') fail(`@wa/format alone installed ${names.join(', ')}`);
        else log(`${manager}: @wa/format alone installs 1 package`);
      }
      const cloudItem = find('@wa/transport-cloud');
      if (cloudItem && zodVersion) {
        const cloudOnly = join(scratch, `cloud-only-${manager}`);
        const result = install(cloudOnly, { '@wa/transport-cloud': cloudItem.version, zod: zodVersion });
        const names = installedPackages(cloudOnly, manager);
        if (result.status !== 0) fail(`installing @wa/transport-cloud failed:\n${result.output}`);
        else if (
          !names.includes('@wa/schema') ||
          names.includes('@wa/webhooks') ||
          names.includes('@wa/transport-onprem')
        )
          fail(`@wa/transport-cloud installed ${names.join(', ')}`);
        else log(`${manager}: @wa/transport-cloud installs ${names.join(', ')}`);

        // 4. A missing zod peer: the install says so, and the import names zod.
        const noZod = join(scratch, `no-zod-${manager}`);
        const withoutZod = install(noZod, { '@wa/transport-cloud': cloudItem.version }, true);
        const attempt = run(
          process.execPath,
          ['--input-type=module', '-e', "await import('@wa/transport-cloud')"],
          noZod,
        );
        if (withoutZod.status !== 0) fail(`installing without zod failed:\n${withoutZod.output}`);
        else if (manager === 'pnpm' && !/missing peer[\s\S]*zod/i.test(withoutZod.output))
          fail(`pnpm did not report the missing zod peer:\n${withoutZod.output}`);
        else if (attempt.status === 0 || !attempt.output.includes("Cannot find package 'zod'"))
          fail(`importing without zod did not fail naming zod:\n${attempt.output}`);
        else log(`${manager}: without zod, the import fails with "Cannot find package 'zod'"`);
      }
    }
  } finally {
    await registry.stop();
  }
  return problems;
}

/** Runs a command without blocking the event loop; resolves with its exit status and output. */
function runAsync(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Publishes a tarball through the registry's publish API (a PUT of the packument with the attachment). */
async function putPackage(url: string, token: string, tarball: string, directory: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const data = readFileSync(tarball);
  const file = `${manifest.name.split('/').at(-1)}-${manifest.version}.tgz`;
  const body = {
    _id: manifest.name,
    name: manifest.name,
    'dist-tags': { latest: manifest.version },
    versions: {
      [manifest.version]: {
        ...manifest,
        _id: `${manifest.name}@${manifest.version}`,
        dist: {
          shasum: createHash('sha1').update(data).digest('hex'),
          integrity: `sha512-${createHash('sha512').update(data).digest('base64')}`,
          tarball: new URL(`${manifest.name}/-/${file}`, url).href,
        },
      },
    },
    _attachments: {
      [file]: {
        content_type: 'application/octet-stream',
        data: data.toString('base64'),
        length: data.length,
      },
    },
  };
  const response = await fetch(new URL(manifest.name.replace('/', '%2f'), url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(
      `publishing ${manifest.name} to the local registry: ${response.status} ${await response.text()}`,
    );
}

/** Registers a user on the fresh registry and returns its token (publishing needs a login). */
async function createUser(url: string): Promise<string> {
  const response = await fetch(new URL('-/user/org.couchdb.user:release', url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'release', password: 'throwaway-local-registry' }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || body.token === undefined)
    throw new Error(`local registry refused the user (${response.status})`);
  return body.token;
}

function readVersion(directory: string): string {
  return (JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Where the workspace has `name` installed, seen from `from` (a package folder), else from the root. */
function installedDirectory(name: string, from: string[]): string | undefined {
  for (const folder of from) {
    const candidate = join(folder, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
  }
  return undefined;
}

/** Every third-party package the published packages (and the consumer's typecheck) need, with its dependencies. */
function thirdPartyClosure(packed: PackedPackage[], workspaceRoot: string): Map<string, string> {
  const ours = new Set(packed.map((item) => item.name));
  const found = new Map<string, string>();
  const queue: { name: string; from: string[] }[] = [];
  for (const item of packed) {
    const names = [
      ...Object.keys(item.dependencies),
      ...Object.keys(item.peerDependencies).filter((name) => !item.optionalPeers.includes(name)),
    ];
    for (const name of names)
      if (!ours.has(name)) queue.push({ name, from: [item.directory, workspaceRoot] });
  }
  for (const name of consumerExtras) queue.push({ name, from: [workspaceRoot] });
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (found.has(next.name)) continue;
    const directory = installedDirectory(next.name, next.from);
    if (directory === undefined) throw new Error(`${next.name} is not installed in the workspace`);
    found.set(next.name, directory);
    const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    // pnpm links a package's dependencies beside it: <store>/node_modules/<dep>.
    const beside = join(directory, ...next.name.split('/').map(() => '..'));
    for (const name of Object.keys(manifest.dependencies ?? {}))
      queue.push({ name, from: [beside.replace(/node_modules$/, ''), workspaceRoot] });
  }
  return found;
}

/** The packages installed in a consumer (npm: the flat `node_modules`; pnpm: its virtual store). */
function installedPackages(directory: string, manager: PackageManager): string[] {
  const names: string[] = [];
  if (manager === 'npm') {
    const root = join(directory, 'node_modules');
    for (const entry of existsSync(root) ? readdirSync(root) : []) {
      if (entry.startsWith('.')) continue;
      if (entry.startsWith('@'))
        for (const scoped of readdirSync(join(root, entry))) names.push(`${entry}/${scoped}`);
      else names.push(entry);
    }
  } else {
    const store = join(directory, 'node_modules', '.pnpm');
    for (const entry of existsSync(store) ? readdirSync(store) : []) {
      const match = /^(@[^+]+\+[^@]+|[^@+][^@]*)@/.exec(entry);
      if (match?.[1]) names.push(match[1].replace('+', '/'));
    }
  }
  return [...new Set(names)].sort();
}

/** A small consumer using each package's main entry, for the typecheck and the bundle. */
function writeConsumerSource(directory: string): void {
  writeFileSync(
    join(directory, 'consumer.ts'),
    `import { bold } from '@wa/format';
import { outgoingMessageSchema, type OutgoingMessage } from '@wa/schema';
import { createCloudClient } from '@wa/transport-cloud';
import { createWebhookHandler } from '@wa/webhooks';

const message: OutgoingMessage = { to: '15551234567', type: 'text', text: { body: bold('hi') } };
const checked: boolean = outgoingMessageSchema.safeParse(message).success;
const client = createCloudClient({ accessToken: 't', phoneNumberId: '1', baseUrl: 'http://127.0.0.1:9' });
const webhooks = createWebhookHandler({ appSecret: 's', verifyToken: 'v' });
webhooks.on('message.text', async (event) => {
  const reply: string = event.message.text.body;
  if (event.from !== undefined) await client.sendText(event.from, reply);
});
export default { fetch: webhooks, checked };
`,
  );
}
