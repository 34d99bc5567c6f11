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
    // Each worker loads the app's modules once for all the files it runs, instead of once per
    // file: importing the server was over half of the suite's time (SQLite 209 → 135 s on 2
    // cores). Safe because every test file builds its own app, database and clock through the
    // harness; what modules keep at their level (phrase tables, cache hit counters) is the
    // same for every app, and the whole suite passes on both engines this way.
    isolate: false,
    reporters: process.env.CI ? ['dot'] : ['default'],
  },
});
