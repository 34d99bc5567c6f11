// PostgreSQL: every committed change to a table a read cache reads is announced on the channel
// `lvzhi_changes`, whoever made it — an app instance, a CLI, psql, a migration (ADR 0015).
// Statement triggers call pg_notify with the table's name (`name+` for an insert: rows added,
// which a session cache ignores); PostgreSQL delivers the notice only when the transaction
// commits, once per table and transaction, in commit order. Tables with columns no cached value
// depends on (a session's last-seen time, a user's last sign-in) announce an update from a row
// trigger only when another column changed, so using the app does not empty the caches.
//
// `lvzhi_watch_table(table, volatile columns)` installs the triggers; a later migration calls
// it for a table a new cache reads (a cache over an unwatched table never serves: the listener
// reads which tables are watched). SQLite needs none of this: the app sees its own writes and
// `PRAGMA data_version` the others'.
import { sql, type Kysely } from 'kysely';
import { engineOf } from './schema-helpers.js';

/** The tables read by the session cache and the proposal detail cache, and their volatile columns. */
const WATCHED: Record<string, string[]> = {
  auth_sessions: ['last_seen_at'],
  users: ['last_login_at', 'totp_last_step'],
  proposals: [],
  proposal_proposers: [],
  members: [],
  handling_units: [],
  files: [],
  proposal_replies: [],
};

export async function up(db: Kysely<any>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  await sql`create function lvzhi_notify_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('lvzhi_changes', tg_table_name || case when tg_op = 'INSERT' then '+' else '' end);
      return null;
    end $$`.execute(db);
  await sql`create function lvzhi_watch_table(tbl text, volatile text[]) returns void language plpgsql as $$
    begin
      execute format('drop trigger if exists lvzhi_changes_insert on %I', tbl);
      execute format('drop trigger if exists lvzhi_changes_update on %I', tbl);
      execute format('drop trigger if exists lvzhi_changes_delete on %I', tbl);
      execute format('drop trigger if exists lvzhi_changes_truncate on %I', tbl);
      execute format('create trigger lvzhi_changes_insert after insert on %I for each statement execute function lvzhi_notify_change()', tbl);
      execute format('create trigger lvzhi_changes_delete after delete on %I for each statement execute function lvzhi_notify_change()', tbl);
      execute format('create trigger lvzhi_changes_truncate after truncate on %I for each statement execute function lvzhi_notify_change()', tbl);
      if cardinality(volatile) = 0 then
        execute format('create trigger lvzhi_changes_update after update on %I for each statement execute function lvzhi_notify_change()', tbl);
      else
        -- Per row, and only when a column other than the volatile ones changed value.
        execute format('create trigger lvzhi_changes_update after update on %I for each row
          when ((to_jsonb(old) - %L::text[]) is distinct from (to_jsonb(new) - %L::text[]))
          execute function lvzhi_notify_change()', tbl, volatile, volatile);
      end if;
      -- Running instances read the watched tables again at this commit.
      perform pg_notify('lvzhi_changes', '*');
    end $$`.execute(db);
  for (const [table, volatile] of Object.entries(WATCHED)) {
    await sql`select lvzhi_watch_table(${table}, ${volatile}::text[])`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  for (const table of Object.keys(WATCHED)) {
    for (const op of ['insert', 'update', 'delete', 'truncate'])
      await sql`drop trigger if exists ${sql.raw(`lvzhi_changes_${op}`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop function if exists lvzhi_watch_table(text, text[])`.execute(db);
  await sql`drop function if exists lvzhi_notify_change()`.execute(db);
  await sql`select pg_notify('lvzhi_changes', '*')`.execute(db);
}
