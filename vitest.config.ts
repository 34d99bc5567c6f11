import { defineConfig } from 'vitest/config';

// API and unit tests (server/**, and the web app's API layer in web/src/api). The engine comes
// from LVZHI_TEST_ENGINE; scripts/test.mjs runs this suite once per available engine. Browser
// tests live in e2e/ with their own runner.
export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'bench/**/*.test.ts', 'web/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: process.env.CI ? ['dot'] : ['default'],
  },
});
