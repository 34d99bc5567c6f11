// PostgreSQL: the tables a campaign's review figures are read from (server/modules/supervision/
// review/review.caches.ts), so its read cache serves there too (ADR 0015: a cache over an
// unwatched table never serves). The figures are kept rather than stored as per-object
// aggregates: visits are only ever added, but criteria, objects and reviews change them too,
// and a value recomputed from the rows after any change to them cannot drift from the rows.
// SQLite needs nothing: its change tracker sees every statement.
import { sql, type Kysely } from 'kysely';
import { engineOf } from './schema-helpers.js';

const TABLES = [
  'supervision_objects',
  'supervision_criteria',
  'supervision_visits',
  'supervision_visit_scores',
  'supervision_visit_photos',
  'supervision_reviews',
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
