// Counts committed row changes per table with triggers, on either engine. A trigger's write
// is part of the statement's transaction, so a change that was rolled back is not counted:
// the counters move exactly when the database really changed. Installed only in the
// fuzzer's own throwaway database.
import { sql } from 'kysely';
import type { Db } from '../../server/db/tx.js';
import type { Engine } from '../../server/db/dialect.js';

const COUNTERS = 'zz_fuzz_changes';

export interface ChangeTracker {
  /** Committed row changes per table since the tracker was installed. */
  read(): Promise<Map<string, number>>;
}

export async function installChangeTracker(db: Db, engine: Engine): Promise<ChangeTracker> {
  if (engine === 'sqlite') {
    const rows = await sql<{
      name: string;
      sql: string;
    }>`select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
    const virtual = rows.rows.filter((r) => /^create virtual table/i.test(r.sql)).map((r) => r.name);
    // FTS keeps its index in shadow tables named after the virtual table: derived data, and not triggerable.
    const tables = rows.rows.map((r) => r.name).filter((n) => !virtual.some((v) => n === v || n.startsWith(`${v}_`)));
    await sql.raw(`create table ${COUNTERS} (tbl text primary key, n integer not null)`).execute(db);
    for (const t of tables) {
      for (const op of ['insert', 'update', 'delete']) {
        await sql
          .raw(
            `create trigger zz_fuzz_${t}_${op} after ${op} on "${t}" begin
          insert into ${COUNTERS} (tbl, n) values ('${t}', 1) on conflict (tbl) do update set n = n + 1; end`,
          )
          .execute(db);
      }
    }
  } else {
    const rows = await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
    await sql.raw(`create table ${COUNTERS} (tbl text primary key, n bigint not null)`).execute(db);
    await sql
      .raw(
        `create function zz_fuzz_bump() returns trigger language plpgsql as $$ begin
      insert into ${COUNTERS} (tbl, n) values (TG_TABLE_NAME, 1) on conflict (tbl) do update set n = ${COUNTERS}.n + 1;
      return null; end $$`,
      )
      .execute(db);
    for (const { name } of rows.rows) {
      await sql
        .raw(
          `create trigger zz_fuzz_track after insert or update or delete on "${name}" for each row execute function zz_fuzz_bump()`,
        )
        .execute(db);
    }
  }
  return {
    async read() {
      const r = await sql<{ tbl: string; n: number | string }>`select tbl, n from ${sql.raw(COUNTERS)}`.execute(db);
      return new Map(r.rows.map((x) => [x.tbl, Number(x.n)]));
    },
  };
}

/** Tables whose counters moved between two readings. */
export function changedTables(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([t, n]) => (before.get(t) ?? 0) !== n).map(([t]) => t);
}
