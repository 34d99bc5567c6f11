import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (Debian's, via playwright-core) against the real built
// server. One file at a time: each starts its own server and browser.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
