// Every query of the study plan's tables: the plan of a year, its items, the sessions linked to them.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { StudyPlanItemsTable, StudyPlansTable } from '../../../db/tables/study-plan.js';

export type PlanRow = Selectable<StudyPlansTable>;
export type PlanItemRow = Selectable<StudyPlanItemsTable>;

export function createPlanRepo() {
  return {
    planOf: (db: Db, orgId: number, year: number) =>
      db.selectFrom('study_plans').selectAll().where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst(),
    /** Inserts the plan unless it exists (two first writes at once make one plan). */
    insertPlan: (db: Db, row: Insertable<StudyPlansTable>) =>
      db
        .insertInto('study_plans')
        .values(row)
        .onConflict((oc) => oc.columns(['org_id', 'year']).doNothing())
        .returningAll()
        .executeTakeFirst(),
    touchPlan: (db: Db, id: number, at: string) =>
      db.updateTable('study_plans').set({ updated_at: at }).where('id', '=', id).execute(),

    items: (db: Db, planId: number) =>
      db
        .selectFrom('study_plan_items')
        .selectAll()
        .where('plan_id', '=', planId)
        .orderBy('planned_on')
        .orderBy('id')
        .execute(),
    item: (db: Db, id: number) => db.selectFrom('study_plan_items').selectAll().where('id', '=', id).executeTakeFirst(),
    insertItem: (db: Db, row: Insertable<StudyPlanItemsTable>) =>
      db.insertInto('study_plan_items').values(row).returningAll().executeTakeFirstOrThrow(),
    updateItem: (db: Db, id: number, set: Updateable<StudyPlanItemsTable>) =>
      db.updateTable('study_plan_items').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
    deleteItem: (db: Db, id: number) => db.deleteFrom('study_plan_items').where('id', '=', id).executeTakeFirst(),

    /** The sessions linked to these items, in link order. */
    sessionsOf: (db: Db, itemIds: readonly number[]) =>
      itemIds.length
        ? db
            .selectFrom('study_plan_sessions')
            .selectAll()
            .where('item_id', 'in', [...itemIds])
            .orderBy('id')
            .execute()
        : Promise.resolve([]),
    sessionByMeeting: (db: Db, meetingId: number) =>
      db.selectFrom('study_plan_sessions').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst(),
    /** Links the meeting unless it carries out an item already (the unique key decides between two at once). */
    link: (
      db: Db,
      row: { item_id: number; org_id: number; meeting_id: number; linked_by: number; linked_at: string },
    ) =>
      db
        .insertInto('study_plan_sessions')
        .values(row)
        .onConflict((oc) => oc.column('meeting_id').doNothing())
        .returning('id')
        .executeTakeFirst(),
    unlink: (db: Db, itemId: number, meetingId: number) =>
      db
        .deleteFrom('study_plan_sessions')
        .where('item_id', '=', itemId)
        .where('meeting_id', '=', meetingId)
        .executeTakeFirst(),
    /** The meetings of an organisation linked to any item (candidates leave them out or mark them). */
    linkedMeetings: (db: Db, orgId: number) =>
      db.selectFrom('study_plan_sessions').select(['meeting_id', 'item_id']).where('org_id', '=', orgId).execute(),
  };
}

export type PlanRepo = ReturnType<typeof createPlanRepo>;
