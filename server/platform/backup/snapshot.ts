// One consistent view of the whole database while the server keeps writing: on SQLite a
// read transaction on a connection of our own (WAL lets writers go on), on PostgreSQL a
// REPEATABLE READ READ ONLY transaction. Every table is read inside it, page by page on
// its primary key, so no table is ever held in memory whole.
import { existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, type RawBuilder, sql, SqliteDialect } from 'kysely';
import type { Config } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import type { Engine } from '../../db/dialect.js';
import { BackupError } from './manifest.js';
import type { AnyDb, AnySchema, TableInfo } from './schema-info.js';

export interface Snapshot {
  engine: Engine;
  /** Runs `work` inside one read-only snapshot of the database. */
  read<T>(work: (db: AnyDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function openSnapshot(database: Config['database']): Snapshot {
  if (database.kind === 'sqlite') {
    if (!existsSync(database.file)) throw new BackupError(`there is no database at ${database.file}`);
    const raw = new SQLite(database.file, { fileMustExist: true });
    raw.pragma('busy_timeout = 10000');
    const db = new Kysely<AnySchema>({ dialect: new SqliteDialect({ database: raw }) });
    return {
      engine: 'sqlite',
      read: (work) =>
        db.connection().execute(async (conn) => {
          // A deferred transaction takes its snapshot at the first read: make that now.
          await sql`begin`.execute(conn);
          try {
            await sql`select count(*) from sqlite_master`.execute(conn);
            return await work(conn);
          } finally {
            await sql`rollback`.execute(conn).catch(() => undefined);
          }
        }),
      close: () => db.destroy(),
    };
  }
  const opened = openDatabase({ database: { ...database, poolSize: 1 } });
  return {
    engine: 'postgres',
    read: (work) =>
      opened.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work),
    close: () => opened.close(),
  };
}

const PAGE = 1000;

/** The columns rows are paged on: the primary key, or the engine's own row address. */
function pageKey(
  table: TableInfo,
  engine: Engine,
): { select: RawBuilder<unknown>[]; cols: string[]; cast: (v: unknown) => RawBuilder<unknown> } {
  if (table.primaryKey.length) {
    return { select: table.primaryKey.map((c) => sql.ref(c)), cols: table.primaryKey, cast: (v) => sql`${v}` };
  }
  return engine === 'sqlite'
    ? { select: [sql`rowid`], cols: ['rowid'], cast: (v) => sql`${v}` }
    : { select: [sql`ctid`], cols: ['ctid'], cast: (v) => sql`${v}::tid` };
}

/** Every row of `table` in key order, a page at a time. */
export async function* readTable(db: AnyDb, engine: Engine, table: TableInfo): AsyncGenerator<Record<string, unknown>> {
  const key = pageKey(table, engine);
  const keyAliases = key.cols.map((_, i) => `__k${i}`);
  const columns = sql.join([
    ...table.columns.map((c) => sql.ref(c)),
    ...key.select.map((k, i) => sql`${k} as ${sql.ref(keyAliases[i]!)}`),
  ]);
  const orderBy = sql.join(key.select);
  let after: unknown[] | null = null;
  for (;;) {
    const where: RawBuilder<unknown> = after
      ? sql`where (${orderBy}) > (${sql.join(after.map((v) => key.cast(v)))})`
      : sql``;
    const page = await sql<Record<string, unknown>>`
      select ${columns} from ${sql.table(table.name)} ${where} order by ${orderBy} limit ${PAGE}`.execute(db);
    for (const row of page.rows) {
      const clean: Record<string, unknown> = {};
      for (const c of table.columns) clean[c] = row[c];
      yield clean;
    }
    if (page.rows.length < PAGE) return;
    const last = page.rows[page.rows.length - 1]!;
    after = keyAliases.map((a) => last[a]);
  }
}
