import { defineConfig } from 'vitest/config';

/**
 * Unit tests need no database and no global set-up (`npm run test:unit` runs them alone); integration tests each
 * get a fresh database on the run's MariaDB (found or started by the global set-up). `npm test` runs both.
 */
const UNIT = [
  'test/unit/**/*.test.ts',
  'test/ozon/**/*.test.ts',
  'test/panel-unit/**/*.test.ts',
  'test/package/**/*.test.ts',
  'test/php/**/*.test.ts',
  'test/deps/**/*.test.ts',
  'test/conformance/ozon-openapi.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores here: more workers only make database-heavy files fight each other.
    maxWorkers: 2,
    passWithNoTests: false,
    reporters: ['default', './test/harness/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: UNIT,
          globalSetup: ['test/harness/global-setup.ts'],
        },
      },
    ],
  },
});
