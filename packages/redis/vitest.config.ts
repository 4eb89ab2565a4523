import { packageTestConfig } from '../../vitest.shared.ts';

// Each test file starts its own redis-server (test/redis-server.ts); files run one at a time so that
// the fault tests, which start worker processes, do not compete with each other for the two cores.
export default packageTestConfig(import.meta.dirname, {
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 60_000,
});
