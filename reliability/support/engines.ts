// Which engines the suite runs on, and how long each check runs. SQLite always; PostgreSQL
// when TEST_DATABASE_URL is set (and required when LVZHI_REQUIRE_SUITES names postgres, as
// .ci/run sets it). RELIABILITY_LONG=1 switches every check to its long version.
import type { Engine } from '../../server/db/dialect.js';

const required = (process.env.LVZHI_REQUIRE_SUITES ?? '').split(',').map((s) => s.trim());
if (!process.env.TEST_DATABASE_URL && required.includes('postgres')) {
  throw new Error(
    'the reliability suite must run on PostgreSQL too: set TEST_DATABASE_URL (eval "$(bash scripts/pg-throwaway.sh start)")',
  );
}
if (!process.env.TEST_DATABASE_URL) {
  console.warn('reliability: TEST_DATABASE_URL is not set, PostgreSQL checks are skipped');
}

export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export const LONG = process.env.RELIABILITY_LONG === '1';

/** A number from the environment, else the long or the short default. */
export function knob(name: string, short: number, long: number): number {
  const v = process.env[name];
  if (v !== undefined && v !== '') {
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got ${v}`);
    return n;
  }
  return LONG ? long : short;
}
