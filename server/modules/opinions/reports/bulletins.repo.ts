// Every query of the bulletin's tables: the issues, their counter and their reports in order.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { SqmyBulletinsTable } from '../../../db/tables/sqmy-reports.js';
import type { Db } from '../../../db/tx.js';

export function createBulletinsRepo() {
  return {
    /**
     * The next issue number of an organisation's year. The counter row is made once and then
     * incremented in place: on PostgreSQL the UPDATE holds the row until the transaction ends, on
     * SQLite the write transaction is exclusive, so two issues composed at once get two numbers
     * and a rolled-back one gives its number back (no gaps).
     */
    async nextNumber(db: Db, orgId: number, year: number): Promise<number> {
      await db
        .insertInto('sqmy_bulletin_counters')
        .values({ org_id: orgId, year, last_number: 0 })
        .onConflict((oc) => oc.columns(['org_id', 'year']).doNothing())
        .execute();
      const row = await db
        .updateTable('sqmy_bulletin_counters')
        .set({ last_number: sql`last_number + 1` })
        .where('org_id', '=', orgId)
        .where('year', '=', year)
        .returning('last_number')
        .executeTakeFirstOrThrow();
      return row.last_number;
    },
    insert: async (db: Db, row: Insertable<SqmyBulletinsTable>) =>
      (await db.insertInto('sqmy_bulletins').values(row).returning('id').executeTakeFirstOrThrow()).id,
    update: (db: Db, id: number, set: Updateable<SqmyBulletinsTable>) =>
      db.updateTable('sqmy_bulletins').set(set).where('id', '=', id).execute(),
    byId: (db: Db, id: number) => db.selectFrom('sqmy_bulletins').selectAll().where('id', '=', id).executeTakeFirst(),
    /** An organisation's issues of a year, newest first, with how many reports each holds. */
    ofYear: (db: Db, orgId: number, year: number) =>
      db
        .selectFrom('sqmy_bulletins as b')
        .leftJoin('sqmy_bulletin_items as i', 'i.bulletin_id', 'b.id')
        .select(['b.id', 'b.name', 'b.year', 'b.number', 'b.status', 'b.issued_on', 'b.created_at'])
        .select((eb) => eb.fn.count<number>('i.report_id').as('items'))
        .where('b.org_id', '=', orgId)
        .where('b.year', '=', year)
        .groupBy(['b.id', 'b.name', 'b.year', 'b.number', 'b.status', 'b.issued_on', 'b.created_at'])
        .orderBy('b.number', 'desc')
        .execute(),
    /** An issue's reports in their order. */
    items: (db: Db, bulletinId: number) =>
      db
        .selectFrom('sqmy_bulletin_items as i')
        .innerJoin('sqmy_reports as r', 'r.id', 'i.report_id')
        .select(['r.id', 'r.title', 'r.body', 'r.status', 'i.sort_order'])
        .where('i.bulletin_id', '=', bulletinId)
        .orderBy('i.sort_order')
        .execute(),
    /** The organisation's adopted reports not yet in any issue: what an issue may take. */
    candidates: (db: Db, orgId: number) =>
      db
        .selectFrom('sqmy_reports as r')
        .leftJoin('sqmy_bulletin_items as i', 'i.report_id', 'r.id')
        .select(['r.id', 'r.title', 'r.decided_at'])
        .where('r.org_id', '=', orgId)
        .where('r.status', '=', 'adopted')
        .where('i.report_id', 'is', null)
        .orderBy('r.decided_at')
        .orderBy('r.id')
        .execute(),
    /** Of the reports named, those the issue may hold: the organisation's adopted ones, free or already in it. */
    placeable: (db: Db, orgId: number, bulletinId: number, reportIds: readonly number[]) =>
      reportIds.length
        ? db
            .selectFrom('sqmy_reports as r')
            .leftJoin('sqmy_bulletin_items as i', 'i.report_id', 'r.id')
            .select('r.id')
            .where('r.id', 'in', [...reportIds])
            .where('r.org_id', '=', orgId)
            .where('r.status', '=', 'adopted')
            .where((eb) => eb.or([eb('i.report_id', 'is', null), eb('i.bulletin_id', '=', bulletinId)]))
            .execute()
        : Promise.resolve([]),
    replaceItems: async (db: Db, bulletinId: number, reportIds: readonly number[]) => {
      await db.deleteFrom('sqmy_bulletin_items').where('bulletin_id', '=', bulletinId).execute();
      if (reportIds.length)
        await db
          .insertInto('sqmy_bulletin_items')
          .values(reportIds.map((report_id, sort_order) => ({ bulletin_id: bulletinId, report_id, sort_order })))
          .execute();
    },
  };
}

export type BulletinsRepo = ReturnType<typeof createBulletinsRepo>;
