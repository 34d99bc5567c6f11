import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type TestContext } from '../test/harness.js';
import { atGroupCommit, inTransaction, type Db } from './tx.js';

describe(`write transactions: writes put off until the group commits (${ENGINE})`, () => {
  let ctx: TestContext;
  let db: Db;
  beforeAll(async () => {
    ctx = await createTestContext();
    db = ctx.platform.db;
    await sql`create table tx_probe (k varchar(40) primary key, v varchar(40) not null)`.execute(db);
  });
  afterAll(async () => ctx?.close());

  const put = (trx: Db, key: string, k: string, v: string) =>
    atGroupCommit(
      trx,
      key,
      async (conn) => void (await sql`insert into tx_probe (k, v) values (${k}, ${v})`.execute(conn)),
    );
  const rows = async () => (await sql<{ k: string; v: string }>`select k, v from tx_probe order by k`.execute(db)).rows;
  const fail = () => {
    throw new Error('refused');
  };

  it('a later write under the same key replaces an earlier one; a rolled-back transaction takes its own along', async () => {
    await sql`delete from tx_probe`.execute(db);
    const results = await Promise.allSettled([
      inTransaction(db, (trx) => put(trx, 'doc:1', 'doc1', 'first')),
      inTransaction(db, async (trx) => {
        await put(trx, 'doc:2', 'doc2', 'kept-out');
        fail();
      }),
      inTransaction(db, async (trx) => {
        await put(trx, 'doc:3', 'doc3', 'written');
        return 3;
      }),
      inTransaction(db, (trx) => (ENGINE === 'sqlite' ? put(trx, 'doc:1', 'doc1b', 'second') : Promise.resolve())),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    // In one SQLite group the second write of doc:1 replaced the first; PostgreSQL writes at once.
    expect(await rows()).toEqual(
      ENGINE === 'sqlite'
        ? [
            { k: 'doc1b', v: 'second' },
            { k: 'doc3', v: 'written' },
          ]
        : [
            { k: 'doc1', v: 'first' },
            { k: 'doc3', v: 'written' },
          ],
    );
  });

  it('a put-off write that fails fails its whole group: nothing of the group is committed', async () => {
    await sql`delete from tx_probe`.execute(db);
    await sql`insert into tx_probe (k, v) values ('taken', 'before')`.execute(db);
    const results = await Promise.allSettled([
      inTransaction(db, async (trx) => {
        await sql`insert into tx_probe (k, v) values ('plain', 'row')`.execute(trx);
      }),
      inTransaction(db, (trx) => put(trx, 'clash', 'taken', 'again')),
    ]);
    if (ENGINE === 'sqlite') {
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      expect(await rows()).toEqual([{ k: 'taken', v: 'before' }]);
    } else {
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
      expect(await rows()).toEqual([
        { k: 'plain', v: 'row' },
        { k: 'taken', v: 'before' },
      ]);
    }
    // Outside any transaction the write is made at once.
    await put(db, 'now', 'now', 'direct');
    expect((await rows()).map((r) => r.k)).toContain('now');
  });
});
