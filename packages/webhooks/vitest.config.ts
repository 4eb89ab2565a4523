import { packageTestConfig } from '../../vitest.shared.ts';

const config = packageTestConfig(import.meta.dirname);
// Express 5's router `require`s is-promise, whose exports map sends the `import` condition to an ESM
// file. Vitest passes the resolve conditions to Node as `--conditions`, which also apply to `require`,
// so with `import` among them that require returns a namespace, not the function. Keep only the source
// condition of the workspace packages and `node` (Vite adds import/require itself).
const conditions = ['@wa/source', 'node'];
if (config.resolve !== undefined) config.resolve.conditions = conditions;
if (config.ssr?.resolve !== undefined) {
  config.ssr.resolve.conditions = conditions;
  config.ssr.resolve.externalConditions = conditions;
}

export default config;
