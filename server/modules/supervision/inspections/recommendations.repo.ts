// Every query of recommendations: one with its unit's, site's and inspection's names, the
// office's and a unit's lists, an inspection's, the history of each, and the hourly scan's.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type {
  RecommendationStatus,
  SupervisionRecommendationEventsTable,
  SupervisionRecommendationsTable,
} from '../../../db/tables/supervision-inspections.js';
import { AWAITING_ANSWER } from './inspections.model.js';

export type RecommendationRow = Selectable<SupervisionRecommendationsTable>;

export interface RecommendationFilter {
  orgId?: number;
  unitId?: number;
  inspectionId?: number;
  status?: RecommendationStatus;
  /** Past the deadline (before `today`) and still waiting for the answer; false: not overdue. */
  overdue?: boolean;
  today: string;
}

const withNames = (db: Db) =>
  db
    .selectFrom('supervision_recommendations as r')
    .innerJoin('supervision_inspections as i', 'i.id', 'r.inspection_id')
    .innerJoin('handling_units as hu', 'hu.id', 'r.unit_id')
    .leftJoin('supervision_inspection_sites as s', 's.id', 'r.site_id')
    .selectAll('r')
    .select(['i.title as inspection_title', 'hu.name as unit_name', 's.name as site_name']);

export function createRecommendationRepo() {
  return {
    get: (db: Db, id: number) =>
      db.selectFrom('supervision_recommendations').selectAll().where('id', '=', id).executeTakeFirst(),
    item: (db: Db, id: number) => withNames(db).where('r.id', '=', id).executeTakeFirst(),
    insert: (db: Db, row: Insertable<SupervisionRecommendationsTable>) =>
      db.insertInto('supervision_recommendations').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (db: Db, id: number, set: Updateable<SupervisionRecommendationsTable>) =>
      db.updateTable('supervision_recommendations').set(set).where('id', '=', id).execute(),

    async list(db: Db, f: RecommendationFilter, page: number, pageSize: number) {
      let q = withNames(db);
      if (f.orgId !== undefined) q = q.where('r.org_id', '=', f.orgId);
      if (f.unitId !== undefined) q = q.where('r.unit_id', '=', f.unitId);
      if (f.inspectionId !== undefined) q = q.where('r.inspection_id', '=', f.inspectionId);
      if (f.status) q = q.where('r.status', '=', f.status);
      if (f.overdue === true) q = q.where('r.status', '=', AWAITING_ANSWER).where('r.due_on', '<', f.today);
      if (f.overdue === false)
        q = q.where((eb) => eb.or([eb('r.status', '!=', AWAITING_ANSWER), eb('r.due_on', '>=', f.today)]));
      const [items, total] = await Promise.all([
        q
          // Waiting for an answer first, then being followed, then settled; soonest deadline first.
          .orderBy(sql`case r.status when 'routed' then 0 when 'answered' then 1 else 2 end`)
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

    ofInspection: (db: Db, inspectionId: number) =>
      withNames(db).where('r.inspection_id', '=', inspectionId).orderBy('r.id').execute(),

    events: (db: Db, recommendationId: number) =>
      db
        .selectFrom('supervision_recommendation_events as e')
        .innerJoin('users as u', 'u.id', 'e.by_user_id')
        .select(['e.id', 'e.kind', 'e.note', 'e.created_at', 'u.display_name'])
        .where('e.recommendation_id', '=', recommendationId)
        .orderBy('e.id')
        .execute(),
    addEvent: (db: Db, row: Insertable<SupervisionRecommendationEventsTable>) =>
      db.insertInto('supervision_recommendation_events').values(row).execute(),

    /** The active accounts of a handling unit (who answer its recommendations). */
    unitUserIds: async (db: Db, unitId: number) =>
      (await db.selectFrom('users').select('id').where('unit_id', '=', unitId).where('active', '=', 1).execute()).map(
        (r) => r.id,
      ),

    /** Recommendations past their deadline, still unanswered, and not yet flagged for that deadline. */
    newlyOverdue: (db: Db, today: string) =>
      db
        .selectFrom('supervision_recommendations')
        .selectAll()
        .where('status', '=', AWAITING_ANSWER)
        .where('due_on', '<', today)
        .where((eb) =>
          eb.or([eb('overdue_flagged_for', 'is', null), eb('overdue_flagged_for', '!=', eb.ref('due_on'))]),
        )
        .execute(),
  };
}

export type RecommendationRepo = ReturnType<typeof createRecommendationRepo>;
export type RecommendationItemRow = NonNullable<Awaited<ReturnType<RecommendationRepo['item']>>>;
