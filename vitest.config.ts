import { defineConfig } from 'vitest/config';

/** Tests of the repository's own scripts; each package has its own vitest.config.ts. */
export default defineConfig({
  test: { include: ['scripts/**/*.test.ts'] },
});
