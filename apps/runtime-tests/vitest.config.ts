import { packageTestConfig } from '../../vitest.shared.ts';

export default packageTestConfig(import.meta.dirname, {
  include: ['src/**/*.test.ts'],
  // Each test bundles the app and starts a runtime process (Node 22 is installed on the first run).
  testTimeout: 120_000,
  hookTimeout: 30_000,
});
