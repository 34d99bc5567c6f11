// `npm test`: the whole suite. API and unit tests on SQLite always; again on PostgreSQL when
// TEST_DATABASE_URL is set; browser tests when Chromium is installed. Says plainly what it
// skipped and how to run it. With LVZHI_REQUIRE_SUITES=postgres,browser (as .ci/run sets)
// a skipped suite is a failure. The object-store tests are part of both API runs: they start
// their own S3-compatible server (scripts/s3-test-server.mjs), or use TEST_S3_ENDPOINT.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const required = new Set(
  (process.env.LVZHI_REQUIRE_SUITES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const results = [];
const passthrough = process.argv.slice(2);

// Each vitest run also writes a JSON report, so the summary can end with the first error of
// every failed test: CI keeps only the tail of a long log, where the root cause (usually the
// first failed step of a spec whose later tests fail after it) would otherwise be cut off.
const reports = mkdtempSync(join(tmpdir(), 'lvzhi-test-report-'));

function run(label, cmd, args, env = {}, report = null) {
  console.log(`\n=== ${label} ===`);
  const reportArgs = report
    ? ['--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, report)}`]
    : [];
  const r = spawnSync(cmd, [...args, ...reportArgs], { stdio: 'inherit', env: { ...process.env, ...env } });
  results.push({ label, status: r.status === 0 ? 'passed' : 'FAILED', report });
  return r.status === 0;
}

function failuresOf(report) {
  try {
    const json = JSON.parse(readFileSync(join(reports, report), 'utf8'));
    return json.testResults.flatMap((file) => {
      const failed = file.assertionResults.filter((t) => t.status === 'failed');
      const where = file.name.replace(`${process.cwd()}/`, '');
      if (!failed.length && file.status === 'failed') return [{ where, test: '(file)', message: file.message ?? '' }];
      return failed.map((t) => ({ where, test: t.fullName, message: t.failureMessages?.[0] ?? '' }));
    });
  } catch {
    return [];
  }
}

// The message's first lines and the first stack frame in the project's own code.
function essentials(message) {
  const lines = message
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const text = lines.filter((l) => !l.startsWith('at ')).slice(0, 3);
  const frame = lines.find((l) => l.startsWith('at ') && !l.includes('node_modules'));
  return frame ? [...text, frame] : text;
}

function skip(label, why, how, key) {
  results.push({ label, status: required.has(key) ? 'FAILED (required but skipped)' : 'skipped', why, how });
}

run(
  'API and unit tests on SQLite',
  'npx',
  ['vitest', 'run', ...passthrough],
  { LVZHI_TEST_ENGINE: 'sqlite' },
  'sqlite.json',
);

if (process.env.TEST_DATABASE_URL) {
  run(
    'API and unit tests on PostgreSQL',
    'npx',
    ['vitest', 'run', ...passthrough],
    { LVZHI_TEST_ENGINE: 'postgres' },
    'postgres.json',
  );
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
    run(
      'Browser tests in Chromium',
      'npx',
      ['vitest', 'run', '--config', 'e2e/vitest.config.ts'],
      { CHROMIUM_PATH: chromium },
      'browser.json',
    );
} else {
  skip(
    'Browser tests (Chromium)',
    `no Chromium at ${chromium}`,
    'apt-get install -y chromium && npm test   (or set CHROMIUM_PATH)',
    'browser',
  );
}

for (const r of results.filter((x) => x.status === 'FAILED' && x.report)) {
  const failures = failuresOf(r.report);
  if (!failures.length) continue;
  console.log(`\n=== Failed in "${r.label}": first error of each (${failures.length}) ===`);
  for (const f of failures.slice(0, 12)) {
    console.log(`  ✗ ${f.where} › ${f.test}`);
    for (const line of essentials(f.message)) console.log(`      ${line.slice(0, 220)}`);
  }
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
