import { defineConfig } from 'tsdown';
import { packageBuildConfig } from '../../tsdown.shared.ts';

// The library and the CLI, for Node (node:http, node:sqlite stay external), and the chat UI's static
// files beside the bundle: the UI code reads them from `<its directory>/public`, which is `src/ui/public`
// when run from source and `dist/public` once built.
export default defineConfig({
  ...packageBuildConfig(import.meta.dirname, ['src/index.ts', 'src/cli.ts']),
  platform: 'node',
  target: 'node22',
  deps: { neverBundle: [/^node:/] },
  copy: [{ from: 'src/ui/public/*', to: 'dist/public' }],
});
