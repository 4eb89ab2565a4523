import { defineConfig } from 'tsdown';
import { packageBuildConfig } from '../../tsdown.shared.ts';

// Two root builds (Web Crypto and node:crypto, chosen by the "node" export condition) and one per adapter.
export default defineConfig(
  packageBuildConfig(import.meta.dirname, [
    'src/index.ts',
    'src/index-node.ts',
    'src/adapters/node.ts',
    'src/adapters/express.ts',
    'src/adapters/fastify.ts',
  ]),
);
