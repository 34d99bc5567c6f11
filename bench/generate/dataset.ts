// Where a generated dataset lives and what its manifest says, shared by the generator and
// the bench runner. SQLite: bench/data/<scale>-sqlite/lvzhi.db (the DATA_DIR layout the
// server expects); PostgreSQL: a database lvzhi_bench_<scale> on the server named by
// --database-url / DATABASE_URL / TEST_DATABASE_URL. Beside it: manifest.json and
// held-out.json (the reworded drafts).
import type { StudyCounts } from './study-rows.js';
import type { OpinionCounts } from './opinion-rows.js';
import type { SupervisionCounts } from './supervision-rows.js';
import type { MeetingCounts } from './meeting-rows.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ScaleName } from './scale.js';

export type EngineName = 'sqlite' | 'postgres';

export const BENCH_ROOT = resolve(import.meta.dirname, '..');

export function datasetDir(scale: ScaleName, engine: EngineName, out?: string): string {
  return resolve(out ?? join(BENCH_ROOT, 'data', `${scale}-${engine}`));
}

/** The admin URL of the PostgreSQL server (any database on it); the dataset gets its own database. */
export function adminUrl(explicit?: string): string {
  const url = explicit ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'PostgreSQL: pass --database-url or set DATABASE_URL / TEST_DATABASE_URL (eval "$(bash scripts/pg-throwaway.sh start)")',
    );
  return url;
}

export function databaseUrl(admin: string, name: string): string {
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Not a secret: bench data is made up, and the key must be the same every time for a seed. */
export function dataKeyFor(seed: number): string {
  return createHash('sha256').update(`lvzhi-bench-data-key:${seed}`).digest('hex');
}

export interface HeldOutDraft {
  /** The proposal this draft rewords. */
  originalId: number;
  orgId: number;
  title: string;
  reasons: string;
  suggestions: string;
}

export interface Manifest {
  scale: ScaleName;
  engine: EngineName;
  seed: number;
  referenceTime: string;
  generatedAt: string;
  generatedInSeconds: number;
  loadAverage: string;
  dataKey: string;
  /** SQLite: the DATA_DIR; PostgreSQL: the database URL. */
  dataDir: string;
  databaseUrl: string | null;
  password: string;
  accounts: {
    /** The office of the top organisation: lists, search, statistics, import and exports. */
    staff: string;
    /** Members of the top organisation who write many proposals: detail pages, similar checks, submissions. */
    members: string[];
    topOrgId: number;
    byRole: { role: string; username: string; org: string }[];
  };
  counts: Record<string, number>;
  states: Record<string, number>;
  auditEntries: number;
  notifications: number;
  heldOut: string;
  /** The generated year of meetings (absent from datasets generated before it). */
  meetings?: MeetingCounts;
  /** Absent from datasets generated before the study module. */
  study?: StudyCounts;
  /** Absent from datasets generated before the opinions module. */
  opinions?: OpinionCounts;
  /** Absent from datasets generated before democratic supervision. */
  supervision?: SupervisionCounts;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}
