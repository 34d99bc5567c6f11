import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type TestContext } from '../test/harness.js';
import { ChangeTracker, changeTrackingPlugin } from './change-tracker.js';
import { LEAF_TABLES } from './database.js';
import { inTransaction, type Db } from './tx.js';

describe(`change tracker: which writes move a table's stamp (${ENGINE})`, () => {
  let ctx: TestContext;
  let db: Db;
  const tracker = new ChangeTracker({ volatileColumns: { probe_a: ['seen_at'] } });
  beforeAll(async () => {
    ctx = await createTestContext();
    // The plugin on its own tracker, so the test sees exactly its own statements (on either engine).
    db = ctx.platform.db.withPlugin(changeTrackingPlugin(tracker)) as Db;
    await sql`create table probe_a (id integer primary key, v varchar(40) not null, seen_at varchar(40))`.execute(db);
    await sql`create table probe_b (id integer primary key, a_id integer not null)`.execute(db);
  });
  afterAll(async () => ctx?.close());

  /** Runs `write`, returns which of the stamps moved: [a, a for existing rows, b]. */
  async function moved(write: () => Promise<unknown>): Promise<[boolean, boolean, boolean]> {
    const before = [tracker.stamp(['probe_a']), tracker.stamp(['probe_a'], true), tracker.stamp(['probe_b'])];
    await write();
    const after = [tracker.stamp(['probe_a']), tracker.stamp(['probe_a'], true), tracker.stamp(['probe_b'])];
    return [before[0] !== after[0], before[1] !== after[1], before[2] !== after[2]];
  }
  it('reads move nothing; an insert through the builder adds rows to its own table only', async () => {
    expect(await moved(() => sql`select count(*) from probe_a`.execute(db))).toEqual([false, false, false]);
    expect(await moved(() => db.selectFrom('users').selectAll().execute())).toEqual([false, false, false]);
    const q = db as unknown as import('kysely').Kysely<{ probe_a: { id: number; v: string; seen_at: string | null } }>;
    expect(await moved(() => q.insertInto('probe_a').values({ id: 1, v: 'one' }).execute())).toEqual([
      true,
      false,
      false,
    ]);
    // Raw SQL is not parsed further than its table: a raw insert counts as changing rows (safe side).
    expect(await moved(() => sql`insert into probe_a (id, v) values (3, 'three')`.execute(db))).toEqual([
      true,
      true,
      false,
    ]);
    expect(await moved(() => sql`insert into ${sql.table('probe_a')} (id, v) values (2, 'two')`.execute(db))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('updates, deletes and upserts change existing rows, through the builder or raw', async () => {
    const q = db as unknown as import('kysely').Kysely<{
      probe_a: { id: number; v: string; seen_at: string | null };
      probe_b: { id: number; a_id: number };
    }>;
    expect(await moved(() => q.updateTable('probe_a').set({ v: 'uno' }).where('id', '=', 1).execute())).toEqual([
      true,
      true,
      false,
    ]);
    // Only the updated table changes; one read in a subquery does not.
    expect(
      await moved(() =>
        q.updateTable('probe_a').set({ v: 'dos' }).where('id', 'in', q.selectFrom('probe_b').select('a_id')).execute(),
      ),
    ).toEqual([true, true, false]);
    // A delete may cascade through foreign keys: it counts as changing everything.
    expect(await moved(() => q.deleteFrom('probe_b').where('a_id', '=', 5).execute())).toEqual([true, true, true]);
    expect(
      await moved(() =>
        q
          .insertInto('probe_a')
          .values({ id: 1, v: 'one' })
          .onConflict((oc) => oc.column('id').doUpdateSet({ v: 'eins' }))
          .execute(),
      ),
    ).toEqual([true, true, false]);
    expect(await moved(() => sql`update probe_a set v = 'x' where id = 2`.execute(db))).toEqual([true, true, false]);
    expect(await moved(() => sql`update ${sql.table('probe_b')} set a_id = 2`.execute(db))).toEqual([
      false,
      false,
      true,
    ]);
    expect(await moved(() => sql`delete from ${sql.table('probe_b')}`.execute(db))).toEqual([true, true, true]);
    expect(await moved(() => q.insertInto('probe_b').values({ id: 9, a_id: 1 }).execute())).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('an update of volatile columns alone is not a change; with any other column it is', async () => {
    const q = db as unknown as import('kysely').Kysely<{ probe_a: { id: number; v: string; seen_at: string | null } }>;
    expect(
      await moved(() => q.updateTable('probe_a').set({ seen_at: '2026-11-29' }).where('id', '=', 1).execute()),
    ).toEqual([false, false, false]);
    expect(
      await moved(() => q.updateTable('probe_a').set({ seen_at: '2026-11-30', v: 'y' }).where('id', '=', 1).execute()),
    ).toEqual([true, true, false]);
  });

  it('a raw statement it cannot read changes everything; transaction control changes nothing', async () => {
    expect(await moved(() => sql`create table probe_c (id integer primary key)`.execute(db))).toEqual([
      true,
      true,
      true,
    ]);
    expect(await moved(() => inTransaction(db, async () => undefined))).toEqual([false, false, false]);
  });

  it('the stamp moves again once a write has run, so a read that slipped in before it is not kept', async () => {
    const q = db as unknown as import('kysely').Kysely<{ probe_a: { id: number; v: string; seen_at: string | null } }>;
    const query = q.updateTable('probe_a').set({ v: 'z' }).where('id', '=', 1);
    const before = tracker.stamp(['probe_a']);
    query.compile(); // what executing does first: the plugin sees the write before it runs
    const between = tracker.stamp(['probe_a']);
    expect(between).not.toBe(before);
    await query.execute();
    expect(tracker.stamp(['probe_a'])).not.toBe(between);
  });

  it.skipIf(ENGINE !== 'sqlite')('a commit by another connection (a CLI import) changes everything', async () => {
    const changes = ctx.platform.changes!;
    expect(changes).not.toBeNull();
    const before = changes.stamp(['members'], true);
    expect(changes.stamp(['members'], true)).toBe(before);
    const other = new SQLite(ctx.config.database.kind === 'sqlite' ? ctx.config.database.file : '');
    try {
      other.prepare("insert into probe_a (id, v) values (77, 'from elsewhere')").run();
    } finally {
      other.close();
    }
    expect(changes.stamp(['members'], true)).not.toBe(before);
  });

  it('a delete from a table no foreign key reaches changes that table only', async () => {
    const leafTracker = new ChangeTracker({ leafTables: ['probe_b'] });
    const q = ctx.platform.db.withPlugin(changeTrackingPlugin(leafTracker)) as unknown as import('kysely').Kysely<{
      probe_a: { id: number; v: string };
      probe_b: { id: number; a_id: number };
    }>;
    const stamps = () => [leafTracker.stamp(['probe_a']), leafTracker.stamp(['probe_b'])];
    let before = stamps();
    await q.deleteFrom('probe_b').where('a_id', '=', 6).execute();
    let after = stamps();
    expect([before[0] !== after[0], before[1] !== after[1]]).toEqual([false, true]);
    before = after;
    await q.deleteFrom('probe_a').where('id', '=', 999).execute(); // not a leaf: everything
    after = stamps();
    expect([before[0] !== after[0], before[1] !== after[1]]).toEqual([true, true]);
  });

  it('no foreign key of the schema references a table the tracker treats as a leaf', async () => {
    const refs =
      ENGINE === 'sqlite'
        ? await sql<{ target: string }>`select p."table" as target from sqlite_master m
            join pragma_foreign_key_list(m.name) p where m.type = 'table'`.execute(ctx.platform.db)
        : await sql<{ target: string }>`select confrelid::regclass::text as target from pg_constraint
            where contype = 'f'`.execute(ctx.platform.db);
    const targets = new Set(refs.rows.map((r) => r.target.replace(/"/g, '')));
    expect(targets.size).toBeGreaterThan(10); // the query sees the schema's keys at all
    for (const t of LEAF_TABLES) expect(targets.has(t), t).toBe(false);
  });
});
