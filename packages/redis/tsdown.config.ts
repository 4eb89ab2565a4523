import { defineConfig } from 'tsdown';
import { packageBuildConfig } from '../../tsdown.shared.ts';

// ioredis and bullmq are runtime dependencies: never bundled. node:* modules stay external too.
export default defineConfig({
  ...packageBuildConfig(import.meta.dirname),
  deps: { neverBundle: [/^node:/, 'ioredis', 'bullmq'] },
});
