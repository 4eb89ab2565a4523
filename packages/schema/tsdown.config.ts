import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsdown';
import { packageBuildConfig } from '../../tsdown.shared.ts';

/** The source file of every entry point of the `exports` map (its `@wa/source` condition). */
function exportedSources(packageDirectory: string): string[] {
  const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { '@wa/source'?: string }>;
  };
  return Object.values(manifest.exports).flatMap((target) =>
    typeof target === 'object' && target['@wa/source'] !== undefined ? [target['@wa/source']] : [],
  );
}

/**
 * The two object-schema modules behind the package's `#object-schema` import: built as files of their own
 * and imported by that name, so the consumer's bundler or runtime picks one by its conditions (`workerd`
 * gets the one without the parser compiler).
 */
const objectSchemaSources = ['src/common/object-schema-compiled.ts', 'src/common/object-schema-edge.ts'];

// One output file per source file (`unbundle`): the package declares no side effects, so a bundler drops
// every module an application does not reach (the On-Premises schemas from a Cloud-only bundle). Shared
// chunks would merge them with the ones it needs, and bundlers keep every schema a chunk builds at
// import time.
export default defineConfig({
  ...packageBuildConfig(import.meta.dirname, [
    ...exportedSources(import.meta.dirname),
    ...objectSchemaSources,
  ]),
  external: [/^#object-schema$/],
  unbundle: true,
});
