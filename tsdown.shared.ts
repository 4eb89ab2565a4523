import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UserConfig } from 'tsdown';

/** Shared build of every package: ESM only, declarations, source maps, VERSION injected. */
export function packageBuildConfig(packageDirectory: string, entry: string[] = ['src/index.ts']): UserConfig {
  const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as {
    version: string;
  };
  return {
    entry,
    format: ['esm'],
    platform: 'neutral',
    target: 'es2023',
    dts: true,
    sourcemap: true,
    clean: true,
    fixedExtension: false,
    define: { __WA_VERSION__: JSON.stringify(manifest.version) },
  };
}
