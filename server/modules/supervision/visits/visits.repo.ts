// Every query of the visits' tables (visits, their scores and photos) and of the assignments a
// member's list is made of. Members' and objects' names are joined for display.
import type { Insertable } from 'kysely';
import type { SupervisionVisitsTable } from '../../../db/tables/supervision.js';
import type { Db } from '../../../db/tx.js';

export function createVisitRepo() {
  const visitsWithNames = (db: Db) =>
    db
      .selectFrom('supervision_visits as v')
      .innerJoin('members as m', 'm.id', 'v.member_id')
      .innerJoin('supervision_objects as o', 'o.id', 'v.object_id')
      .selectAll('v')
      .select(['m.name as member_name', 'o.name as object_name']);
  return {
    byClientId: (db: Db, memberId: number, clientId: string) =>
      visitsWithNames(db).where('v.member_id', '=', memberId).where('v.client_id', '=', clientId).executeTakeFirst(),
    get: (db: Db, id: number) => visitsWithNames(db).where('v.id', '=', id).executeTakeFirst(),
    list: (db: Db, campaignId: number, f: { objectId?: number; flagged?: boolean }) => {
      let q = visitsWithNames(db)
        .select((s) =>
          s
            .selectFrom('supervision_visit_photos as p')
            .select((x) => x.fn.countAll<number>().as('n'))
            .whereRef('p.visit_id', '=', 'v.id')
            .as('photos'),
        )
        .where('v.campaign_id', '=', campaignId);
      if (f.objectId) q = q.where('v.object_id', '=', f.objectId);
      if (f.flagged !== undefined) q = q.where('v.evidence', '=', f.flagged ? 'flagged' : 'ok');
      return q.orderBy('v.created_at', 'desc').orderBy('v.id', 'desc').execute();
    },
    insert: async (db: Db, row: Insertable<SupervisionVisitsTable>) =>
      (await db.insertInto('supervision_visits').values(row).returning('id').executeTakeFirstOrThrow()).id,
    insertScores: (db: Db, visitId: number, scores: { criterionId: number; score: number }[]) =>
      db
        .insertInto('supervision_visit_scores')
        .values(scores.map((s) => ({ visit_id: visitId, criterion_id: s.criterionId, score: s.score })))
        .execute(),
    insertPhotos: (
      db: Db,
      visitId: number,
      photos: { fileId: string; printFileId: string | null; takenAt: string | null; distance: number | null }[],
    ) =>
      photos.length
        ? db
            .insertInto('supervision_visit_photos')
            .values(
              photos.map((p, i) => ({
                visit_id: visitId,
                file_id: p.fileId,
                print_file_id: p.printFileId,
                taken_at: p.takenAt,
                distance_m: p.distance,
                sort_order: i,
              })),
            )
            .execute()
        : Promise.resolve([]),
    scores: (db: Db, visitId: number) =>
      db
        .selectFrom('supervision_visit_scores')
        .select(['criterion_id', 'score'])
        .where('visit_id', '=', visitId)
        .execute(),
    photos: (db: Db, visitId: number) =>
      db
        .selectFrom('supervision_visit_photos')
        .selectAll()
        .where('visit_id', '=', visitId)
        .orderBy('sort_order')
        .execute(),

    /** The open campaigns a member takes part in, with his team. */
    myCampaigns: (db: Db, memberId: number) =>
      db
        .selectFrom('supervision_participants as p')
        .innerJoin('supervision_campaigns as c', 'c.id', 'p.campaign_id')
        .select(['c.id', 'c.title', 'c.starts_on', 'c.ends_on', 'p.team_id', 'p.district'])
        .where('p.member_id', '=', memberId)
        .where('c.status', '=', 'open')
        .orderBy('c.starts_on', 'desc')
        .execute(),
    /** What a member is to visit in a campaign: his own assignments and his team's. */
    myObjects: (db: Db, campaignId: number, memberId: number, teamId: number | null) =>
      db
        .selectFrom('supervision_assignments as a')
        .innerJoin('supervision_objects as o', 'o.id', 'a.object_id')
        .select(['a.id as assignment_id', 'o.id', 'o.name', 'o.address', 'o.district', 'o.category', 'o.lat', 'o.lon'])
        .select((s) =>
          s
            .selectFrom('supervision_visits as v')
            .select('v.id')
            .whereRef('v.object_id', '=', 'o.id')
            .where('v.member_id', '=', memberId)
            .limit(1)
            .as('visit_id'),
        )
        .where('a.campaign_id', '=', campaignId)
        .where((w) => {
          const mine = w('a.member_id', '=', memberId);
          return teamId === null ? mine : w.or([mine, w('a.team_id', '=', teamId)]);
        })
        .execute(),
    isAssigned: async (db: Db, objectId: number, memberId: number, teamId: number | null) =>
      (await db
        .selectFrom('supervision_assignments')
        .select('id')
        .where('object_id', '=', objectId)
        .where((w) => {
          const mine = w('member_id', '=', memberId);
          return teamId === null ? mine : w.or([mine, w('team_id', '=', teamId)]);
        })
        .executeTakeFirst()) !== undefined,
  };
}

export type VisitRepo = ReturnType<typeof createVisitRepo>;
export type VisitRow = NonNullable<Awaited<ReturnType<VisitRepo['get']>>>;
