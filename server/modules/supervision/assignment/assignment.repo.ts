// Every query of the assignments table, and the facts the assignment rules read: the objects,
// the participants with their teams, districts and work units, which assignments have a visit.
import type { Db } from '../../../db/tx.js';

export function createAssignmentRepo() {
  return {
    list: (db: Db, campaignId: number) =>
      db
        .selectFrom('supervision_assignments as a')
        .leftJoin('members as m', 'm.id', 'a.member_id')
        .leftJoin('supervision_teams as t', 't.id', 'a.team_id')
        .select([
          'a.id',
          'a.object_id',
          'a.member_id',
          'a.team_id',
          'a.source',
          'm.name as member_name',
          't.name as team_name',
        ])
        .where('a.campaign_id', '=', campaignId)
        .orderBy('a.object_id')
        .orderBy('a.id')
        .execute(),
    get: (db: Db, id: number) =>
      db.selectFrom('supervision_assignments').selectAll().where('id', '=', id).executeTakeFirst(),
    /** Members of the campaign (and of its teams) who have visited each object. */
    visitors: (db: Db, campaignId: number) =>
      db
        .selectFrom('supervision_visits as v')
        .leftJoin('supervision_participants as p', (j) =>
          j.onRef('p.member_id', '=', 'v.member_id').onRef('p.campaign_id', '=', 'v.campaign_id'),
        )
        .select(['v.object_id', 'v.member_id', 'p.team_id'])
        .where('v.campaign_id', '=', campaignId)
        .execute(),
    participants: (db: Db, campaignId: number) =>
      db
        .selectFrom('supervision_participants as p')
        .innerJoin('members as m', 'm.id', 'p.member_id')
        .select(['p.member_id', 'p.team_id', 'p.district', 'm.work_unit'])
        .where('p.campaign_id', '=', campaignId)
        .execute(),
    teams: (db: Db, campaignId: number) =>
      db.selectFrom('supervision_teams').select(['id', 'name']).where('campaign_id', '=', campaignId).execute(),
    /** Replaces the automatic assignments; hand-made ones (and those kept) stay. */
    replaceAuto: async (
      db: Db,
      campaignId: number,
      keep: readonly number[],
      rows: { objectId: number; memberId: number | null; teamId: number | null }[],
      at: string,
    ) => {
      let del = db
        .deleteFrom('supervision_assignments')
        .where('campaign_id', '=', campaignId)
        .where('source', '=', 'auto');
      if (keep.length) del = del.where('id', 'not in', [...keep]);
      await del.execute();
      for (let i = 0; i < rows.length; i += 200)
        await db
          .insertInto('supervision_assignments')
          .values(
            rows.slice(i, i + 200).map((r) => ({
              campaign_id: campaignId,
              object_id: r.objectId,
              member_id: r.memberId,
              team_id: r.teamId,
              source: 'auto' as const,
              created_at: at,
            })),
          )
          .execute();
    },
    insert: async (
      db: Db,
      row: { campaignId: number; objectId: number; memberId: number | null; teamId: number | null; at: string },
    ) =>
      (
        await db
          .insertInto('supervision_assignments')
          .values({
            campaign_id: row.campaignId,
            object_id: row.objectId,
            member_id: row.memberId,
            team_id: row.teamId,
            source: 'manual',
            created_at: row.at,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    remove: (db: Db, id: number) => db.deleteFrom('supervision_assignments').where('id', '=', id).execute(),
  };
}

export type AssignmentRepo = ReturnType<typeof createAssignmentRepo>;
