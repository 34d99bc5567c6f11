import { defineConfig } from 'vitest/config';

// The reliability and security suite (issue 5): crash durability, live backup, the hostile-input
// fuzzer, the access matrix, hostile uploads, security controls end to end, load. Kept out of
// `npm test` (it is heavier and runs the built server): `npm run test:reliability` runs the short
// CI versions, `npm run test:reliability:long` the long ones (docs/reliability.md).
// One file at a time: several start the real server and measure it.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    pool: 'forks',
    reporters: process.env.CI ? ['dot'] : ['default'],
  },
});
