// `npm test`: the whole suite. API and unit tests on SQLite always; again on PostgreSQL when
// TEST_DATABASE_URL is set; browser tests when Chromium is installed. Says plainly what it
// skipped and how to run it. With LVZHI_REQUIRE_SUITES=postgres,browser (as .ci/run sets)
// a skipped suite is a failure. The object-store tests are part of both API runs: they start
// their own S3-compatible server (scripts/s3-test-server.mjs), or use TEST_S3_ENDPOINT.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const required = new Set(
  (process.env.LVZHI_REQUIRE_SUITES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const results = [];
const passthrough = process.argv.slice(2);

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  results.push({ label, status: r.status === 0 ? 'passed' : 'FAILED' });
  return r.status === 0;
}

function skip(label, why, how, key) {
  results.push({ label, status: required.has(key) ? 'FAILED (required but skipped)' : 'skipped', why, how });
}

run('API and unit tests on SQLite', 'npx', ['vitest', 'run', ...passthrough], { LVZHI_TEST_ENGINE: 'sqlite' });

if (process.env.TEST_DATABASE_URL) {
  run('API and unit tests on PostgreSQL', 'npx', ['vitest', 'run', ...passthrough], { LVZHI_TEST_ENGINE: 'postgres' });
} else {
  skip(
    'API and unit tests on PostgreSQL',
    'TEST_DATABASE_URL is not set',
    'eval "$(bash scripts/pg-throwaway.sh start)" && npm test   (or set TEST_DATABASE_URL=postgres://user@host/db of a server where tests may create databases)',
    'postgres',
  );
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (passthrough.length) {
  skip('Browser tests (Chromium)', 'a test filter was given', 'npm run test:e2e', 'browser-filtered');
} else if (existsSync(chromium)) {
  const built = run('Build for browser tests', 'npm', ['run', '--silent', 'build']);
  if (built)
    run('Browser tests in Chromium', 'npx', ['vitest', 'run', '--config', 'e2e/vitest.config.ts'], {
      CHROMIUM_PATH: chromium,
    });
} else {
  skip(
    'Browser tests (Chromium)',
    `no Chromium at ${chromium}`,
    'apt-get install -y chromium && npm test   (or set CHROMIUM_PATH)',
    'browser',
  );
}

console.log('\n=== Summary ===');
console.log(
  `  object store: tested in the API runs against ${process.env.TEST_S3_ENDPOINT ?? 'a local s3rver started by the tests'}`,
);
for (const r of results) {
  console.log(`  ${r.status.padEnd(30)} ${r.label}`);
  if (r.why) console.log(`  ${''.padEnd(30)}   skipped because ${r.why}; to run it: ${r.how}`);
}
process.exit(results.some((r) => r.status.startsWith('FAILED')) ? 1 : 0);
