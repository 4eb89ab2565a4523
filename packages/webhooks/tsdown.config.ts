import { defineConfig } from 'tsdown';
import { packageBuildConfig } from '../../tsdown.shared.ts';

// Two root builds (Web Crypto, and node:crypto under the "node" export condition) and one per adapter.
// Only the Node build and the Node adapters import node:* modules; they stay external.
export default defineConfig({
  ...packageBuildConfig(import.meta.dirname, [
    'src/index.ts',
    'src/index-node.ts',
    'src/adapters/node.ts',
    'src/adapters/express.ts',
    'src/adapters/fastify.ts',
  ]),
  deps: { neverBundle: [/^node:/] },
});
