// Write transactions. On SQLite they start with BEGIN IMMEDIATE: a deferred transaction
// that reads and then writes can fail with SQLITE_BUSY when another process (a CLI
// import, a backup) holds the write lock, and it must instead wait its turn.
import { type Kysely, sql } from 'kysely';
import { engineOf } from './dialect.js';
import type { DB } from './schema.js';

/** A handle that may be the database or a transaction; repos accept either. */
export type Db = Kysely<DB>;

const openSqliteTransactions = new WeakSet<Db>();

export function isInTransaction(db: Db): boolean {
  return db.isTransaction || openSqliteTransactions.has(db);
}

export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (isInTransaction(db)) return work(db);
  if (engineOf(db) === 'postgres') return db.transaction().execute(work);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    openSqliteTransactions.add(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw err;
    } finally {
      openSqliteTransactions.delete(conn);
    }
  });
}
