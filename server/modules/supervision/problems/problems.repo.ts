// Every query of problems: one with its campaign's, object's and unit's names, the office's, a
// campaign's and a unit's lists, the history of each, the photos chosen for the album of its
// object, and the hourly overdue scan's.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type {
  SupervisionProblemEventsTable,
  SupervisionProblemStatus,
  SupervisionProblemsTable,
} from '../../../db/tables/supervision.js';
import { AWAITING_ANSWER } from '../follow-up/follow-up.model.js';

export type ProblemRow = Selectable<SupervisionProblemsTable> & { org_id: number };

export interface ProblemFilter {
  orgIds?: readonly number[];
  unitId?: number;
  campaignId?: number;
  objectId?: number;
  status?: SupervisionProblemStatus;
  /** Past the deadline (before `today`) and still waiting for the answer; false: not overdue. */
  overdue?: boolean;
  today: string;
}

const withOrg = (db: Db) =>
  db
    .selectFrom('supervision_problems as p')
    .innerJoin('supervision_campaigns as c', 'c.id', 'p.campaign_id')
    .selectAll('p')
    .select('c.org_id');

const withNames = (db: Db) =>
  withOrg(db)
    .innerJoin('supervision_objects as o', 'o.id', 'p.object_id')
    .innerJoin('handling_units as hu', 'hu.id', 'p.unit_id')
    .select([
      'c.title as campaign_title',
      'o.name as object_name',
      'o.address as object_address',
      'o.district as object_district',
      'hu.name as unit_name',
    ]);

export function createProblemRepo() {
  return {
    get: (db: Db, id: number): Promise<ProblemRow | undefined> => withOrg(db).where('p.id', '=', id).executeTakeFirst(),
    item: (db: Db, id: number) => withNames(db).where('p.id', '=', id).executeTakeFirst(),
    insert: (db: Db, row: Insertable<SupervisionProblemsTable>) =>
      db.insertInto('supervision_problems').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (db: Db, id: number, set: Updateable<SupervisionProblemsTable>) =>
      db.updateTable('supervision_problems').set(set).where('id', '=', id).execute(),

    async list(db: Db, f: ProblemFilter, page: number, pageSize: number) {
      let q = withNames(db);
      if (f.orgIds !== undefined) q = q.where('c.org_id', 'in', [...f.orgIds, 0]);
      if (f.unitId !== undefined) q = q.where('p.unit_id', '=', f.unitId);
      if (f.campaignId !== undefined) q = q.where('p.campaign_id', '=', f.campaignId);
      if (f.objectId !== undefined) q = q.where('p.object_id', '=', f.objectId);
      if (f.status) q = q.where('p.status', '=', f.status);
      if (f.overdue === true) q = q.where('p.status', '=', AWAITING_ANSWER).where('p.due_on', '<', f.today);
      if (f.overdue === false)
        q = q.where((eb) => eb.or([eb('p.status', '!=', AWAITING_ANSWER), eb('p.due_on', '>=', f.today)]));
      const [items, total] = await Promise.all([
        q
          // Waiting for an answer first, then being followed, then settled; soonest deadline first.
          .orderBy(sql`case p.status when 'routed' then 0 when 'answered' then 1 else 2 end`)
          .orderBy('p.due_on')
          .orderBy('p.id')
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

    events: (db: Db, problemId: number) =>
      db
        .selectFrom('supervision_problem_events as e')
        .innerJoin('users as u', 'u.id', 'e.by_user_id')
        .select(['e.id', 'e.kind', 'e.note', 'e.created_at', 'u.display_name'])
        .where('e.problem_id', '=', problemId)
        .orderBy('e.id')
        .execute(),
    addEvent: (db: Db, row: Insertable<SupervisionProblemEventsTable>) =>
      db.insertInto('supervision_problem_events').values(row).execute(),

    object: (db: Db, id: number) =>
      db
        .selectFrom('supervision_objects')
        .select(['id', 'campaign_id', 'name', 'unit_id', 'responsible_unit_id'])
        .where('id', '=', id)
        .executeTakeFirst(),
    visit: (db: Db, id: number) =>
      db
        .selectFrom('supervision_visits')
        .select(['id', 'campaign_id', 'object_id', 'comment'])
        .where('id', '=', id)
        .executeTakeFirst(),
    unit: (db: Db, id: number) =>
      db
        .selectFrom('handling_units')
        .select(['id', 'org_id', 'name', 'active'])
        .where('id', '=', id)
        .executeTakeFirst(),

    /** The photos of the object's visits the office chose for the album, in visit and shot order. */
    albumPhotoIds: async (db: Db, objectId: number) =>
      (
        await db
          .selectFrom('supervision_visit_photos as ph')
          .innerJoin('supervision_visits as v', 'v.id', 'ph.visit_id')
          .select('ph.file_id')
          .where('v.object_id', '=', objectId)
          .where('ph.in_album', '=', 1)
          .orderBy('v.id')
          .orderBy('ph.sort_order')
          .execute()
      ).map((r) => r.file_id),

    /** Whether a unit has a problem on the object of this visit and the visit gave a photo to the album. */
    unitSeesVisitAlbum: async (db: Db, unitId: number, visitId: number) =>
      !!(await db
        .selectFrom('supervision_visits as v')
        .innerJoin('supervision_problems as p', 'p.object_id', 'v.object_id')
        .select('v.id')
        .where('v.id', '=', visitId)
        .where('p.unit_id', '=', unitId)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('supervision_visit_photos as ph')
              .select('ph.id')
              .whereRef('ph.visit_id', '=', 'v.id')
              .where('ph.in_album', '=', 1),
          ),
        )
        .executeTakeFirst()),

    /** The active accounts of a handling unit (who answer its problems). */
    unitUserIds: async (db: Db, unitId: number) =>
      (await db.selectFrom('users').select('id').where('unit_id', '=', unitId).where('active', '=', 1).execute()).map(
        (r) => r.id,
      ),

    /** Problems past their deadline, still unanswered, and not yet flagged for that deadline. */
    newlyOverdue: (db: Db, today: string) =>
      withNames(db)
        .where('p.status', '=', AWAITING_ANSWER)
        .where('p.due_on', '<', today)
        .where((eb) =>
          eb.or([eb('p.overdue_flagged_for', 'is', null), eb('p.overdue_flagged_for', '!=', eb.ref('p.due_on'))]),
        )
        .execute(),
  };
}

export type ProblemRepo = ReturnType<typeof createProblemRepo>;
export type ProblemItemRow = NonNullable<Awaited<ReturnType<ProblemRepo['item']>>>;
