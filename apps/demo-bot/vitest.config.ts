import { packageTestConfig } from '../../vitest.shared.ts';

export default packageTestConfig(import.meta.dirname, {
  include: ['src/**/*.test.ts'],
  // One test file starts the sandbox as a child process: allow for a busy machine.
  testTimeout: 30_000,
});
