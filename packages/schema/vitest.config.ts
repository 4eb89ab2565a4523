import { packageTestConfig } from '../../vitest.shared.ts';

export default packageTestConfig(
  import.meta.dirname,
  { setupFiles: ['./test/record-asserted-rules.ts'] },
  { edge: true },
);
