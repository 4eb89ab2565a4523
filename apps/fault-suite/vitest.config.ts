import { packageTestConfig } from '../../vitest.shared.ts';

export default packageTestConfig(import.meta.dirname, {
  include: ['src/**/*.test.ts'],
  // The scenarios start child processes and wait for retries and leases: allow for a busy machine.
  testTimeout: 60_000,
  hookTimeout: 60_000,
});
