import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * Resolve workspace packages to their TypeScript source, so tests need no build. Only `@wa/source` and
 * `node` are listed: Vite adds import/require itself, and Vitest hands these conditions to Node as
 * `--conditions`, which also apply to `require` (an `import` condition there breaks CommonJS dependencies
 * such as Express 5's, whose `require` would get an ES module namespace).
 */
const sourceConditions = ['@wa/source', 'node'];

/**
 * The conditions an edge runtime's bundler resolves with (Vercel Edge: `edge-light`, Cloudflare Workers:
 * `worker`), without `node`: `@wa/webhooks` resolves to its Web Crypto build, as it does there.
 */
const edgeConditions = ['@wa/source', 'edge-light', 'worker'];

/** Where each workspace writes its test results, read by `scripts/test-summary.ts`. */
export const testResultsFile = '.vitest/results.json';

/** The edge smoke tests: `*.edge.test.ts` beside the code. */
const edgeTestFiles = ['src/**/*.edge.test.ts', 'test/**/*.edge.test.ts'];

/** Removes the Node globals Vitest's VM pool puts into the edge context (see the file). */
const edgeSetupFile = fileURLToPath(new URL('./vitest.edge-setup.ts', import.meta.url));

/** How {@link packageTestConfig} runs a package's tests beyond Node. */
export interface PackageTestRuntimes {
  /**
   * Also run the package's `*.edge.test.ts` files in an edge runtime (`@edge-runtime/vm`, the runtime of
   * Vercel Edge Functions and Next.js middleware), as a second Vitest project `edge` beside `node`.
   */
  edge?: boolean;
  /**
   * Global setup files of the `edge` project. They run in Node, so they can start a loopback server and
   * hand its URL to the edge tests with `project.provide` / `inject`.
   */
  edgeGlobalSetup?: string[];
}

/**
 * The shared vitest setup of every package: source resolution, the build-time VERSION constant,
 * type tests (`*.test-d.ts`) and the unit and integration tests beside the code.
 *
 * With `{ edge: true }` the tests run as two projects, both reported to the one results file: `node`
 * (every test and type test except `*.edge.test.ts`, exactly as without the option) and `edge`
 * (`*.edge.test.ts` in the `edge-runtime` environment). `overrides` apply to both projects.
 */
export function packageTestConfig(
  packageDirectory: string,
  overrides: ViteUserConfig['test'] = {},
  runtimes: PackageTestRuntimes = {},
): ViteUserConfig {
  const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as {
    version: string;
  };
  if (runtimes.edge === true) return nodeAndEdgeConfig(manifest.version, overrides, runtimes);
  return defineConfig({
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: sourceConditions, externalConditions: sourceConditions } },
    define: { __WA_VERSION__: JSON.stringify(manifest.version) },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      reporters: ['default', ['json', { outputFile: testResultsFile }]],
      typecheck: {
        enabled: true,
        include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
        tsconfig: './tsconfig.json',
      },
      ...overrides,
    },
  });
}

/**
 * The `node` and `edge` projects. Both extend the root config (the VERSION constant, `overrides`);
 * resolution is set per project, since Vite concatenates arrays when merging and root conditions would
 * reach the edge project. The reporters are global (one results file counts both projects); type tests
 * run in `node` only.
 */
function nodeAndEdgeConfig(
  version: string,
  overrides: ViteUserConfig['test'],
  runtimes: PackageTestRuntimes,
): ViteUserConfig {
  return defineConfig({
    define: { __WA_VERSION__: JSON.stringify(version) },
    test: {
      reporters: ['default', ['json', { outputFile: testResultsFile }]],
      ...overrides,
      projects: [
        {
          extends: true,
          resolve: { conditions: sourceConditions },
          ssr: { resolve: { conditions: sourceConditions, externalConditions: sourceConditions } },
          test: {
            name: 'node',
            include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
            exclude: [...configDefaults.exclude, '**/*.edge.test.ts'],
            typecheck: {
              enabled: true,
              include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
              tsconfig: './tsconfig.json',
            },
          },
        },
        {
          extends: true,
          plugins: [
            {
              // Vitest's own plugin adds Node's default conditions (`node` among them) to every project;
              // this one runs after it and leaves the edge project with the edge conditions only.
              name: 'wa:edge-conditions',
              config: {
                order: 'post',
                handler(config) {
                  const ssr = config.environments?.ssr;
                  config.resolve = { ...config.resolve, conditions: edgeConditions };
                  config.environments = {
                    ...config.environments,
                    ssr: {
                      ...ssr,
                      resolve: {
                        ...ssr?.resolve,
                        conditions: edgeConditions,
                        externalConditions: edgeConditions,
                      },
                    },
                  };
                },
              },
            },
          ],
          test: {
            name: 'edge',
            include: edgeTestFiles,
            environment: 'edge-runtime',
            // The VM pool runs each test file inside the edge runtime's own context (its fetch, Request,
            // crypto); the default pool would only copy those globals over Node's and keep the rest.
            pool: 'vmThreads',
            setupFiles: [edgeSetupFile],
            globalSetup: runtimes.edgeGlobalSetup ?? [],
          },
        },
      ],
    },
  });
}
