import { packageTestConfig } from '../../vitest.shared.ts';

export default packageTestConfig(import.meta.dirname, {
  include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // The browser tests and the API tests each start servers; one file at a time keeps the 2 cores calm.
  fileParallelism: false,
});
