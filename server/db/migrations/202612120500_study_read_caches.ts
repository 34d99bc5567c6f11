// PostgreSQL: the tables the study module's training-coverage figures are read from and that no
// earlier migration watches, so its read cache serves there too (ADR 0015: a cache over an
// unwatched table never serves). Members, meetings, their kinds, invitations, sectors and
// committees are watched by 202612060000 and 202612080200. SQLite needs nothing: its change
// tracker sees every statement.
import { sql, type Kysely } from 'kysely';
import { engineOf } from './schema-helpers.js';

const TABLES = [
  'terms',
  'organisations',
  'study_coverage_targets',
  'study_coverage_cohorts',
  'study_coverage_cohort_members',
];

export async function up(db: Kysely<any>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  for (const table of TABLES) await sql`select lvzhi_watch_table(${table}, ${[]}::text[])`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  for (const table of TABLES) {
    for (const op of ['insert', 'update', 'delete', 'truncate'])
      await sql`drop trigger if exists ${sql.raw(`lvzhi_changes_${op}`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`select pg_notify('lvzhi_changes', '*')`.execute(db);
}
