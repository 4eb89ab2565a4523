import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * Resolve workspace packages to their TypeScript source, so tests need no build. Only `@wa/source` and
 * `node` are listed: Vite adds import/require itself, and Vitest hands these conditions to Node as
 * `--conditions`, which also apply to `require` (an `import` condition there breaks CommonJS dependencies
 * such as Express 5's, whose `require` would get an ES module namespace).
 */
const sourceConditions = ['@wa/source', 'node'];

/** Where each workspace writes its test results, read by `scripts/test-summary.ts`. */
export const testResultsFile = '.vitest/results.json';

/**
 * The shared vitest setup of every package: source resolution, the build-time VERSION constant,
 * type tests (`*.test-d.ts`) and the unit and integration tests beside the code.
 */
export function packageTestConfig(
  packageDirectory: string,
  overrides: ViteUserConfig['test'] = {},
): ViteUserConfig {
  const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as {
    version: string;
  };
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
