// Every query of research reports, their recommendations and each one's history: the tracker
// (overdue first), a report's, the year's for the figure, and the overdue scan's.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type {
  WpRecommendationStatus,
  WorkplanRecommendationEventsTable,
  WorkplanRecommendationsTable,
  WorkplanReportsTable,
} from '../../../db/tables/workplan.js';

export interface TrackerFilter {
  orgId?: number;
  unitId?: number;
  /** The office's filter by department (drafts included, unlike a department's own scope). */
  departmentId?: number;
  reportId?: number;
  year?: number;
  status?: WpRecommendationStatus;
  overdue?: boolean;
  today: string;
}

const withNames = (db: Db) =>
  db
    .selectFrom('workplan_recommendations as r')
    .innerJoin('workplan_reports as p', 'p.id', 'r.report_id')
    .leftJoin('handling_units as hu', 'hu.id', 'r.unit_id')
    .selectAll('r')
    .select(['p.title as report_title', 'p.year', 'hu.name as unit_name']);

const OPEN = ['sent', 'answered'] as const;

export function createRecommendationRepo() {
  return {
    report: (db: Db, id: number) =>
      db.selectFrom('workplan_reports').selectAll().where('id', '=', id).executeTakeFirst(),
    reports: (db: Db, orgId: number, year?: number) => {
      let q = db
        .selectFrom('workplan_reports as p')
        .leftJoin('workplan_topics as t', 't.id', 'p.topic_id')
        .selectAll('p')
        .select((eb) => [
          't.title as topic_title',
          eb
            .selectFrom('workplan_recommendations as x')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('x.report_id', '=', 'p.id')
            .as('recommendations'),
        ])
        .where('p.org_id', '=', orgId);
      if (year !== undefined) q = q.where('p.year', '=', year);
      return q.orderBy('p.year', 'desc').orderBy('p.id', 'desc').execute();
    },
    insertReport: async (db: Db, row: Insertable<WorkplanReportsTable>) =>
      (await db.insertInto('workplan_reports').values(row).returning('id').executeTakeFirstOrThrow()).id,
    topicOf: (db: Db, topicId: number) =>
      db.selectFrom('workplan_topics').select(['id', 'org_id', 'title']).where('id', '=', topicId).executeTakeFirst(),

    get: (db: Db, id: number) =>
      db.selectFrom('workplan_recommendations').selectAll().where('id', '=', id).executeTakeFirst(),
    item: (db: Db, id: number) => withNames(db).where('r.id', '=', id).executeTakeFirst(),
    ofReport: (db: Db, reportId: number) => withNames(db).where('r.report_id', '=', reportId).orderBy('r.id').execute(),
    insert: async (db: Db, row: Insertable<WorkplanRecommendationsTable>) =>
      (await db.insertInto('workplan_recommendations').values(row).returning('id').executeTakeFirstOrThrow()).id,
    update: (db: Db, id: number, set: Updateable<WorkplanRecommendationsTable>) =>
      db.updateTable('workplan_recommendations').set(set).where('id', '=', id).execute(),

    async tracker(db: Db, f: TrackerFilter, page: number, pageSize: number) {
      let q = withNames(db);
      if (f.orgId !== undefined) q = q.where('r.org_id', '=', f.orgId);
      if (f.unitId !== undefined) q = q.where('r.unit_id', '=', f.unitId).where('r.status', '!=', 'draft');
      if (f.departmentId !== undefined) q = q.where('r.unit_id', '=', f.departmentId);
      if (f.reportId !== undefined) q = q.where('r.report_id', '=', f.reportId);
      if (f.year !== undefined) q = q.where('p.year', '=', f.year);
      if (f.status) q = q.where('r.status', '=', f.status);
      if (f.overdue === true) q = q.where('r.status', 'in', [...OPEN]).where('r.due_on', '<', f.today);
      const overdueFirst = sql`case when r.status in ('sent', 'answered') and r.due_on < ${f.today} then 0 when r.status in ('sent', 'answered') then 1 when r.status = 'draft' then 2 else 3 end`;
      const [items, total] = await Promise.all([
        q
          .orderBy(overdueFirst)
          .orderBy('r.due_on')
          .orderBy('r.id')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        q
          .clearSelect()
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },
    ofYear: (db: Db, orgId: number, year: number) =>
      db
        .selectFrom('workplan_recommendations as r')
        .innerJoin('workplan_reports as p', 'p.id', 'r.report_id')
        .select(['r.status', 'r.answer_kind'])
        .where('r.org_id', '=', orgId)
        .where('p.year', '=', year)
        .execute(),

    events: (db: Db, id: number) =>
      db
        .selectFrom('workplan_recommendation_events as e')
        .leftJoin('users as u', 'u.id', 'e.by_user_id')
        .select(['e.id', 'e.kind', 'e.note', 'e.created_at', 'u.display_name'])
        .where('e.recommendation_id', '=', id)
        .orderBy('e.id')
        .execute(),
    addEvent: (db: Db, row: Insertable<WorkplanRecommendationEventsTable>) =>
      db.insertInto('workplan_recommendation_events').values(row).execute(),

    /** Open past their deadline, and not yet reminded for that deadline. */
    newlyOverdue: (db: Db, today: string) =>
      db
        .selectFrom('workplan_recommendations')
        .selectAll()
        .where('status', 'in', [...OPEN])
        .where('due_on', '<', today)
        .where((eb) => eb.or([eb('reminded_for', 'is', null), eb('reminded_for', '!=', eb.ref('due_on'))]))
        .execute(),
  };
}

export type RecommendationRepo = ReturnType<typeof createRecommendationRepo>;
export type RecommendationRow = NonNullable<Awaited<ReturnType<RecommendationRepo['get']>>>;
export type RecommendationItemRow = NonNullable<Awaited<ReturnType<RecommendationRepo['item']>>>;
