import { defineConfig } from 'vitest/config';
import { testResultsFile } from './vitest.shared.ts';

/** Tests of the repository's own scripts; each package has its own vitest.config.ts. */
export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: testResultsFile }]],
  },
});
