import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/harness/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores here: more workers only make database-heavy files fight each other.
    maxWorkers: 2,
    passWithNoTests: false,
    reporters: ['default', './test/harness/summary-reporter.ts'],
  },
});
