// Every query of leader engagement: visits and their yearly targets, instructions on research
// reports (the module's own workplan_reports), requests for opinions.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type {
  LeaderRole,
  WorkplanInstructionsTable,
  WorkplanLeaderVisitsTable,
  WorkplanOpinionRequestsTable,
} from '../../../db/tables/workplan-engagement.js';

const inYear = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

export function createEngagementRepo() {
  return {
    visit: (db: Db, id: number) =>
      db.selectFrom('workplan_leader_visits').selectAll().where('id', '=', id).executeTakeFirst(),
    visits: (db: Db, orgId: number, year: number) =>
      db
        .selectFrom('workplan_leader_visits')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('visited_on', '>=', inYear(year)[0])
        .where('visited_on', '<=', inYear(year)[1])
        .orderBy('visited_on', 'desc')
        .orderBy('id', 'desc')
        .execute(),
    insertVisit: async (db: Db, row: Insertable<WorkplanLeaderVisitsTable>) =>
      (await db.insertInto('workplan_leader_visits').values(row).returning('id').executeTakeFirstOrThrow()).id,
    updateVisit: (db: Db, id: number, set: Updateable<WorkplanLeaderVisitsTable>) =>
      db.updateTable('workplan_leader_visits').set(set).where('id', '=', id).execute(),

    targets: (db: Db, orgId: number, year: number) =>
      db
        .selectFrom('workplan_visit_targets')
        .select(['role', 'target'])
        .where('org_id', '=', orgId)
        .where('year', '=', year)
        .execute(),
    setTargets: async (db: Db, orgId: number, year: number, targets: { role: LeaderRole; target: number }[]) => {
      await db.deleteFrom('workplan_visit_targets').where('org_id', '=', orgId).where('year', '=', year).execute();
      if (targets.length)
        await db
          .insertInto('workplan_visit_targets')
          .values(targets.map((t) => ({ org_id: orgId, year, role: t.role, target: t.target })))
          .execute();
    },

    report: (db: Db, id: number) =>
      db.selectFrom('workplan_reports').select(['id', 'org_id', 'title']).where('id', '=', id).executeTakeFirst(),
    instructions: (db: Db, orgId: number, year: number) =>
      db
        .selectFrom('workplan_instructions as i')
        .innerJoin('workplan_reports as r', 'r.id', 'i.report_id')
        .selectAll('i')
        .select('r.title as report_title')
        .where('i.org_id', '=', orgId)
        .where('i.given_on', '>=', inYear(year)[0])
        .where('i.given_on', '<=', inYear(year)[1])
        .orderBy('i.given_on', 'desc')
        .orderBy('i.id', 'desc')
        .execute(),
    insertInstruction: async (db: Db, row: Insertable<WorkplanInstructionsTable>) =>
      (await db.insertInto('workplan_instructions').values(row).returning('id').executeTakeFirstOrThrow()).id,
    /** The year's research reports no leader has instructed on yet. */
    reportsWithoutInstruction: (db: Db, orgId: number, year: number) =>
      db
        .selectFrom('workplan_reports as r')
        .select(['r.id', 'r.title'])
        .where('r.org_id', '=', orgId)
        .where('r.year', '=', year)
        .where((eb) =>
          eb.not(
            eb.exists(eb.selectFrom('workplan_instructions as i').select('i.id').whereRef('i.report_id', '=', 'r.id')),
          ),
        )
        .orderBy('r.id')
        .execute(),

    request: (db: Db, id: number) =>
      db.selectFrom('workplan_opinion_requests').selectAll().where('id', '=', id).executeTakeFirst(),
    requests: (db: Db, orgId: number, year: number) =>
      db
        .selectFrom('workplan_opinion_requests')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('asked_on', '>=', inYear(year)[0])
        .where('asked_on', '<=', inYear(year)[1])
        .orderBy('asked_on', 'desc')
        .orderBy('id', 'desc')
        .execute(),
    insertRequest: async (db: Db, row: Insertable<WorkplanOpinionRequestsTable>) =>
      (await db.insertInto('workplan_opinion_requests').values(row).returning('id').executeTakeFirstOrThrow()).id,
    updateRequest: (db: Db, id: number, set: Updateable<WorkplanOpinionRequestsTable>) =>
      db.updateTable('workplan_opinion_requests').set(set).where('id', '=', id).execute(),
  };
}

export type EngagementRepo = ReturnType<typeof createEngagementRepo>;
export type VisitRow = NonNullable<Awaited<ReturnType<EngagementRepo['visit']>>>;
export type RequestRow = NonNullable<Awaited<ReturnType<EngagementRepo['request']>>>;
