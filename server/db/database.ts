// Opens the database for either engine behind one Kysely instance. Everything above this
// file is engine-agnostic; the few differences live in dialect.ts.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import type { DB } from './schema.js';
import type { Engine } from './dialect.js';
import { ChangeTracker, changeTrackingPlugin } from './change-tracker.js';
import { ChangeListener, type ListenerOptions } from './change-listener.js';

/** Tables whose deletes change only their own rows: no foreign key references them. */
export const LEAF_TABLES = ['login_attempts', 'auth_sessions'] as const;

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** The raw better-sqlite3 handle (SQLite only): backup and integrity checks need it. */
  sqlite?: SQLite.Database;
  /** The connection pool (PostgreSQL only): its counts are metrics (server/platform/metrics). */
  pool?: pg.Pool;
  /**
   * What the read caches check before serving a stored value; null with READ_CACHE=false
   * (docs/adr/0011-read-caches.md, and 0015 for PostgreSQL).
   */
  changes: ChangeTracker | null;
  /** PostgreSQL: the connection that hears every instance's commits (null with READ_CACHE=false). */
  listener?: ChangeListener | null;
  close(): Promise<void>;
}

// node-postgres returns int8 and numeric as strings to be safe; our ids and counts fit in
// a double, and both engines must hand the services the same JavaScript types.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/**
 * better-sqlite3 compiles a statement on every prepare(); Kysely prepares per query.
 * Caching compiled statements by SQL text removes that cost from every request.
 */
function withStatementCache(raw: SQLite.Database, capacity = 500): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => raw.close(),
    prepare(sql: string): SqliteStatement {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql); // re-insert: Map order is the LRU order
      } else {
        stmt = raw.prepare(sql) as unknown as SqliteStatement;
        if (cache.size >= capacity) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

export function openSqlite(file: string): SQLite.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 10000');
  // 32 MiB of pages in the process; the rest of a large database is read through the OS's file cache,
  // which does not count against the server's memory (bench/README.md: RSS).
  raw.pragma('cache_size = -32768');
  raw.pragma('temp_store = MEMORY');
  return raw;
}

export function openDatabase(
  config: Pick<Config, 'database'> & Partial<Pick<Config, 'readCache'>>,
  opts: { listener?: ListenerOptions } = {},
): Database {
  if (config.database.kind === 'sqlite') {
    const raw = openSqlite(config.database.file);
    // Changes committed by other connections (a CLI import while the server runs) move it.
    const dataVersion = raw.prepare('pragma data_version').pluck();
    const changes =
      config.readCache === false
        ? null
        : new ChangeTracker({
            externalVersion: () => dataVersion.get() as number,
            // Written at every sign-in and every minute of use; no cache reads them (the session
            // cache keeps the last-seen time of its own sessions itself).
            volatileColumns: { users: ['last_login_at', 'totp_last_step'], auth_sessions: ['last_seen_at'] },
            // No foreign key references them (change-tracker.test.ts checks the schema).
            leafTables: LEAF_TABLES,
          });
    const db = new Kysely<DB>({
      dialect: new SqliteDialect({ database: withStatementCache(raw) }),
      plugins: changes ? [changeTrackingPlugin(changes)] : [],
    });
    return {
      db,
      engine: 'sqlite',
      sqlite: raw,
      changes,
      async close() {
        await db.destroy(); // closes the raw handle too
      },
    };
  }
  const pool = new pg.Pool({
    connectionString: config.database.url,
    max: config.database.poolSize,
    idleTimeoutMillis: 30_000,
  });
  // A broken idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  // No plugin here: the database announces every committed change itself (triggers, NOTIFY)
  // and the listener counts them, this instance's own included (docs/adr/0015).
  const changes = config.readCache === false ? null : new ChangeTracker();
  const listener = changes
    ? new ChangeListener(config.database.listenUrl ?? config.database.url, changes, opts.listener)
    : null;
  return {
    db,
    engine: 'postgres',
    pool,
    changes,
    listener,
    async close() {
      await listener?.close();
      await db.destroy();
    },
  };
}
