// Every query of the year's priorities, their items and links, and the monthly entries
// (committees' and meetings' names joined for display only).
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type {
  ItemLinkKind,
  WorkplanMonthEntriesTable,
  WorkplanPriorityItemsTable,
} from '../../../db/tables/workplan.js';

export function createPriorityRepo() {
  return {
    get: (db: Db, id: number) =>
      db.selectFrom('workplan_priorities').selectAll().where('id', '=', id).executeTakeFirst(),
    ofYear: (db: Db, orgId: number, year: number) =>
      db
        .selectFrom('workplan_priorities')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('year', '=', year)
        .executeTakeFirst(),
    list: (db: Db, orgId: number, year?: number) => {
      let q = db
        .selectFrom('workplan_priorities as p')
        .select((eb) => [
          'p.id',
          'p.org_id',
          'p.year',
          'p.title',
          eb
            .selectFrom('workplan_priority_items as i')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('i.priority_id', '=', 'p.id')
            .as('items'),
        ])
        .where('p.org_id', '=', orgId);
      if (year !== undefined) q = q.where('p.year', '=', year);
      return q.orderBy('p.year', 'desc').execute();
    },
    insert: async (db: Db, row: { org_id: number; year: number; title: string; created_by: number; at: string }) =>
      (
        await db
          .insertInto('workplan_priorities')
          .values({
            org_id: row.org_id,
            year: row.year,
            title: row.title,
            created_by: row.created_by,
            created_at: row.at,
            updated_at: row.at,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,

    item: (db: Db, id: number) =>
      db.selectFrom('workplan_priority_items').selectAll().where('id', '=', id).executeTakeFirst(),
    items: (db: Db, priorityId: number) =>
      db
        .selectFrom('workplan_priority_items as i')
        .leftJoin('committees as c', 'c.id', 'i.committee_id')
        .selectAll('i')
        .select('c.name as committee_name')
        .where('i.priority_id', '=', priorityId)
        .orderBy('i.seq')
        .orderBy('i.id')
        .execute(),
    nextSeq: async (db: Db, priorityId: number) =>
      Number(
        (
          await db
            .selectFrom('workplan_priority_items')
            .select((eb) => eb.fn.max('seq').as('m'))
            .where('priority_id', '=', priorityId)
            .executeTakeFirst()
        )?.m ?? 0,
      ) + 1,
    insertItem: async (db: Db, row: Insertable<WorkplanPriorityItemsTable>) =>
      (await db.insertInto('workplan_priority_items').values(row).returning('id').executeTakeFirstOrThrow()).id,
    updateItem: (db: Db, id: number, set: Updateable<WorkplanPriorityItemsTable>) =>
      db.updateTable('workplan_priority_items').set(set).where('id', '=', id).execute(),

    links: (db: Db, itemIds: readonly number[]) =>
      itemIds.length
        ? db
            .selectFrom('workplan_item_links')
            .select(['item_id', 'kind', 'target_id'])
            .where('item_id', 'in', [...itemIds])
            .orderBy('id')
            .execute()
        : Promise.resolve([]),
    setLinks: async (db: Db, itemId: number, links: readonly { kind: ItemLinkKind; id: number }[]) => {
      await db.deleteFrom('workplan_item_links').where('item_id', '=', itemId).execute();
      if (links.length)
        await db
          .insertInto('workplan_item_links')
          .values(links.map((l) => ({ item_id: itemId, kind: l.kind, target_id: l.id })))
          .execute();
    },
    /** Titles of the module's own topics and reports of an organisation, by id. */
    topicTitles: (db: Db, orgId: number, ids: readonly number[]) =>
      ids.length
        ? db
            .selectFrom('workplan_topics')
            .select(['id', 'title'])
            .where('org_id', '=', orgId)
            .where('id', 'in', [...ids])
            .execute()
        : Promise.resolve([]),
    reportTitles: (db: Db, orgId: number, ids: readonly number[]) =>
      ids.length
        ? db
            .selectFrom('workplan_reports')
            .select(['id', 'title'])
            .where('org_id', '=', orgId)
            .where('id', 'in', [...ids])
            .execute()
        : Promise.resolve([]),

    monthEntries: (db: Db, orgId: number, month: string) =>
      db
        .selectFrom('workplan_month_entries')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('month', '=', month)
        .execute(),
    upsertEntry: (db: Db, row: Insertable<WorkplanMonthEntriesTable>) =>
      db
        .insertInto('workplan_month_entries')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['item_id', 'month']).doUpdateSet({
            status: row.status,
            note: row.note,
            slip_reason: row.slip_reason ?? null,
            updated_by: row.updated_by,
            updated_at: row.updated_at,
          }),
        )
        .execute(),
  };
}

export type PriorityRepo = ReturnType<typeof createPriorityRepo>;
export type PriorityItemRow = NonNullable<Awaited<ReturnType<PriorityRepo['item']>>>;
