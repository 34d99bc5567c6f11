// Write transactions. On SQLite they start with BEGIN IMMEDIATE: a deferred transaction
// that reads and then writes can fail with SQLITE_BUSY when another process (a CLI
// import, a backup) holds the write lock, and it must instead wait its turn.
//
// SQLite commits are group commits: the transactions waiting for the one connection when it
// frees up run one after another inside a single BEGIN … COMMIT, each in its own SAVEPOINT
// (a failing one is rolled back alone and answered at once), and each is answered only once
// that COMMIT — one fsync for the whole group — has succeeded. Every answered write is
// durable; under load, many writes share the cost of making them so. PostgreSQL groups
// concurrent commits itself.
import { type Kysely, sql } from 'kysely';
import { engineOf } from './dialect.js';
import type { DB } from './schema.js';

/** A handle that may be the database or a transaction; repos accept either. */
export type Db = Kysely<DB>;

const openSqliteTransactions = new WeakSet<Db>();

export function isInTransaction(db: Db): boolean {
  return db.isTransaction || openSqliteTransactions.has(db);
}

/** Transactions of one group at most: bounds how long reads wait behind a group. */
const MAX_GROUP = 64;
/** Event-loop turns a group waits at most for more transactions to join it. */
const MAX_GATHER_TURNS = 8;

interface Pending {
  work: (trx: Db) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

interface Committer {
  queue: Pending[];
  running: boolean;
}

const committers = new WeakMap<Db, Committer>();

type Deferred = Map<string, (db: Db) => Promise<void>>;
/** Per connection in a group: the writes the running transaction put off until its group commits. */
const putOff = new WeakMap<Db, Deferred>();

/**
 * Runs `write` at the end of the SQLite group this transaction is in, just before the COMMIT
 * (at once outside a group, and always on PostgreSQL). For writes that are costly once per
 * transaction and cheap once per group: an FTS5 table flushes what it holds at every
 * SAVEPOINT, so indexing a document in each of a group's transactions wrote one small segment
 * each. A later write under the same `key` in the group replaces an earlier one; those of a
 * transaction that rolls back are dropped with it; if one fails, the whole group fails and
 * nothing of it is committed. Nothing in the transaction may read what it puts off.
 */
export async function atGroupCommit(db: Db, key: string, write: (db: Db) => Promise<void>): Promise<void> {
  const pending = putOff.get(db);
  if (!pending) return write(db);
  pending.delete(key); // re-inserted: the group runs them in the order of their last write
  pending.set(key, write);
}

async function runGroup(db: Db, c: Committer): Promise<void> {
  const group = c.queue.splice(0, MAX_GROUP);
  const done: { p: Pending; value: unknown }[] = [];
  const failed = new Set<Pending>();
  try {
    await db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      openSqliteTransactions.add(conn);
      const atCommit: Deferred = new Map();
      try {
        for (const p of group) {
          const own: Deferred = new Map();
          putOff.set(conn, own);
          await sql`savepoint lvzhi_tx`.execute(conn);
          try {
            const value = await p.work(conn);
            await sql`release lvzhi_tx`.execute(conn);
            for (const [key, write] of own) {
              atCommit.delete(key);
              atCommit.set(key, write);
            }
            done.push({ p, value });
          } catch (err) {
            await sql`rollback to lvzhi_tx`.execute(conn);
            await sql`release lvzhi_tx`.execute(conn);
            failed.add(p);
            p.reject(err);
          }
        }
        putOff.delete(conn);
        try {
          for (const write of atCommit.values()) await write(conn);
        } catch (err) {
          await sql`rollback`.execute(conn).catch(() => undefined);
          throw err;
        }
      } finally {
        putOff.delete(conn);
        openSqliteTransactions.delete(conn);
      }
      try {
        await sql`commit`.execute(conn);
      } catch (err) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw err;
      }
    });
  } catch (err) {
    // Nothing of this group was committed: every transaction not already answered fails.
    for (const p of group) if (!failed.has(p)) p.reject(err);
    return;
  }
  for (const d of done) d.p.resolve(d.value);
}

/** After the requests being handled now have had their turn: they reach their own transactions and join the group. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function drain(db: Db, c: Committer): Promise<void> {
  try {
    // Each group releases the connection when it commits, so reads waiting for it go between groups.
    do {
      await nextTurn();
      // While requests are still reaching their transactions, let them join this group: one
      // fsync for all of them. A turn that adds none ends the wait (a lone write waits one turn).
      for (let turns = 0; turns < MAX_GATHER_TURNS && c.queue.length < MAX_GROUP; turns++) {
        const waiting = c.queue.length;
        await nextTurn();
        if (c.queue.length === waiting) break;
      }
      await runGroup(db, c);
    } while (c.queue.length);
  } finally {
    c.running = false;
  }
}

export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (isInTransaction(db)) return work(db);
  if (engineOf(db) === 'postgres') return db.transaction().execute(work);
  let c = committers.get(db);
  if (!c) committers.set(db, (c = { queue: [], running: false }));
  const committer = c;
  return new Promise<T>((resolve, reject) => {
    committer.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
    if (!committer.running) {
      committer.running = true;
      void drain(db, committer);
    }
  });
}
