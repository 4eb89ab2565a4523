/**
 * Bundles a snippet the way an edge deploy would and measures it: esbuild as Cloudflare's Wrangler runs
 * it (minified ESM, browser platform, the `workerd`/`worker`/`browser` conditions) and rolldown (the
 * bundler of tsdown and Vite) with the same settings. Packages resolve to their published `dist`, so
 * build them first.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { rolldown } from 'rolldown';

/** The bundlers measured. */
export const bundlers = ['esbuild', 'rolldown'] as const;
export type Bundler = (typeof bundlers)[number];

/** Bytes of a bundle, minified and then gzipped (level 9). */
export interface BundleSize {
  minified: number;
  gzipped: number;
}

/** The conditions Wrangler resolves a Worker's imports with. */
const conditions = ['workerd', 'worker', 'browser'];
const cacheDirectory = join(import.meta.dirname, '..', '..', '.cache', 'bundle');

const sizeOf = (code: Uint8Array | string): BundleSize => {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
};

async function withEsbuild(entry: string): Promise<BundleSize> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions,
    target: 'es2023',
    write: false,
    logLevel: 'silent',
    external: ['node:*'],
  });
  return sizeOf(result.outputFiles[0]?.contents ?? new Uint8Array());
}

async function withRolldown(entry: string): Promise<BundleSize> {
  const bundle = await rolldown({
    input: entry,
    platform: 'browser',
    resolve: { conditionNames: [...conditions, 'import', 'default'] },
    external: [/^node:/],
    logLevel: 'silent',
  });
  try {
    const { output } = await bundle.generate({ format: 'esm', minify: true });
    return sizeOf(output[0].code);
  } finally {
    await bundle.close();
  }
}

/** Bundles `source` (an ES module importing the packages) with `bundler` and returns its sizes. */
export async function bundledSize(source: string, bundler: Bundler = 'esbuild'): Promise<BundleSize> {
  mkdirSync(cacheDirectory, { recursive: true });
  const entry = join(cacheDirectory, `entry-${bundler}-${process.pid}.mjs`);
  writeFileSync(entry, source);
  try {
    return bundler === 'esbuild' ? await withEsbuild(entry) : await withRolldown(entry);
  } finally {
    rmSync(entry, { force: true });
  }
}
