// PostgreSQL: the tables the meetings module's read caches read announce their changes
// (migration 202612060000_change_notify, ADR 0015), so the caches serve there too: the
// meetings, their kinds and invitations, and the sectors and committees the attendance board
// names (members were watched already). SQLite needs nothing: the app sees its own writes.
import { sql, type Kysely } from 'kysely';
import { engineOf } from './schema-helpers.js';

const TABLES = ['meetings', 'meeting_kinds', 'meeting_invitations', 'sectors', 'committees'];

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
