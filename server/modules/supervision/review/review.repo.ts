// The queries of the review: every visit's scores of a campaign (for the figures), an object's
// visits with their photos, the office's reviews, and the photos chosen for the album.
import type { Db } from '../../../db/tx.js';

export function createReviewRepo() {
  return {
    visitScores: async (db: Db, campaignId: number, objectId?: number) => {
      let q = db
        .selectFrom('supervision_visits as v')
        .innerJoin('supervision_visit_scores as s', 's.visit_id', 'v.id')
        .select(['v.id', 'v.object_id', 'v.score', 's.criterion_id', 's.score as criterion_score'])
        .where('v.campaign_id', '=', campaignId);
      if (objectId !== undefined) q = q.where('v.object_id', '=', objectId);
      const rows = await q.execute();
      const visits = new Map<number, { objectId: number; score: number; criteria: Map<number, number> }>();
      for (const r of rows) {
        const v = visits.get(r.id) ?? { objectId: r.object_id, score: r.score, criteria: new Map<number, number>() };
        v.criteria.set(r.criterion_id, r.criterion_score);
        visits.set(r.id, v);
      }
      return [...visits.values()];
    },
    flaggedCounts: (db: Db, campaignId: number) =>
      db
        .selectFrom('supervision_visits')
        .select(['object_id', (s) => s.fn.countAll<number>().as('n')])
        .where('campaign_id', '=', campaignId)
        .where('evidence', '=', 'flagged')
        .groupBy('object_id')
        .execute(),
    /** How many photos the campaign's visits carry and how many members made them. */
    takenCounts: async (db: Db, campaignId: number) => {
      const [photos, members] = await Promise.all([
        db
          .selectFrom('supervision_visit_photos as p')
          .innerJoin('supervision_visits as v', 'v.id', 'p.visit_id')
          .select((s) => s.fn.countAll<number>().as('n'))
          .where('v.campaign_id', '=', campaignId)
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('supervision_visits')
          .select((s) => s.fn.count<number>('member_id').distinct().as('n'))
          .where('campaign_id', '=', campaignId)
          .executeTakeFirstOrThrow(),
      ]);
      return { photos: Number(photos.n), members: Number(members.n) };
    },
    reviews: (db: Db, campaignId: number) =>
      db
        .selectFrom('supervision_reviews as r')
        .innerJoin('supervision_objects as o', 'o.id', 'r.object_id')
        .select(['r.object_id', 'r.text', 'r.updated_at'])
        .where('o.campaign_id', '=', campaignId)
        .execute(),
    review: (db: Db, objectId: number) =>
      db.selectFrom('supervision_reviews').selectAll().where('object_id', '=', objectId).executeTakeFirst(),
    saveReview: async (db: Db, objectId: number, text: string, by: number, at: string) => {
      const done = await db
        .updateTable('supervision_reviews')
        .set({ text, written_by: by, updated_at: at })
        .where('object_id', '=', objectId)
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) === 0)
        await db
          .insertInto('supervision_reviews')
          .values({ object_id: objectId, text, written_by: by, updated_at: at })
          .execute();
    },
    /** The photos of an object's visits, in visit and shot order. */
    objectPhotos: (db: Db, objectId: number) =>
      db
        .selectFrom('supervision_visit_photos as p')
        .innerJoin('supervision_visits as v', 'v.id', 'p.visit_id')
        .innerJoin('members as m', 'm.id', 'v.member_id')
        .select([
          'p.id',
          'p.file_id',
          'p.taken_at',
          'p.distance_m',
          'p.in_album',
          'p.visit_id',
          'm.name as member_name',
        ])
        .where('v.object_id', '=', objectId)
        .orderBy('v.id')
        .orderBy('p.sort_order')
        .execute(),
    setAlbumPhotos: async (db: Db, objectId: number, fileIds: readonly string[]) => {
      const visitIds = db.selectFrom('supervision_visits').select('id').where('object_id', '=', objectId);
      await db.updateTable('supervision_visit_photos').set({ in_album: 0 }).where('visit_id', 'in', visitIds).execute();
      if (fileIds.length)
        await db
          .updateTable('supervision_visit_photos')
          .set({ in_album: 1 })
          .where('visit_id', 'in', visitIds)
          .where('file_id', 'in', [...fileIds])
          .execute();
    },
    /** The album's photos of a campaign: the chosen ones, with where their bytes are. */
    albumPhotos: (db: Db, campaignId: number) =>
      db
        .selectFrom('supervision_visit_photos as p')
        .innerJoin('supervision_visits as v', 'v.id', 'p.visit_id')
        .innerJoin('files as f', 'f.id', 'p.file_id')
        .leftJoin('files as pf', 'pf.id', 'p.print_file_id')
        .select([
          'v.object_id',
          'p.file_id',
          'f.storage_key',
          'f.sealed',
          'pf.storage_key as print_storage_key',
          'pf.width as print_width',
          'pf.height as print_height',
        ])
        .where('v.campaign_id', '=', campaignId)
        .where('p.in_album', '=', 1)
        .orderBy('v.id')
        .orderBy('p.sort_order')
        .execute(),
  };
}

export type ReviewRepo = ReturnType<typeof createReviewRepo>;
