// Every query of a campaign's own tables: the campaign, criteria, objects, teams and
// participants (members' names, sectors and work units joined for display and for the
// assignment's conflict rule only: the roster is the members module's).
import { sql, type Insertable, type Updateable } from 'kysely';
import type {
  SupervisionCampaignsTable,
  SupervisionCriteriaTable,
  SupervisionObjectsTable,
} from '../../../db/tables/supervision.js';
import type { Db } from '../../../db/tx.js';

type CampaignInsert = Insertable<SupervisionCampaignsTable>;
type CampaignPatch = Updateable<SupervisionCampaignsTable>;
export type ObjectInsert = Insertable<SupervisionObjectsTable>;

const count = (
  db: Db,
  table: 'supervision_objects' | 'supervision_participants' | 'supervision_assignments' | 'supervision_visits',
  campaignId: number,
) =>
  db
    .selectFrom(table)
    .select((s) => s.fn.countAll<number>().as('n'))
    .where('campaign_id', '=', campaignId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));

export function createCampaignRepo() {
  return {
    get: (db: Db, id: number) =>
      db.selectFrom('supervision_campaigns').selectAll().where('id', '=', id).executeTakeFirst(),
    /** The campaigns of `orgIds` with their sizes, newest first. */
    listFor: (db: Db, orgIds: readonly number[]) =>
      db
        .selectFrom('supervision_campaigns as c')
        .innerJoin('organisations as o', 'o.id', 'c.org_id')
        .selectAll('c')
        .select('o.short_name as org_name')
        .select((s) => [
          s
            .selectFrom('supervision_objects as x')
            .select((q) => q.fn.countAll<number>().as('n'))
            .whereRef('x.campaign_id', '=', 'c.id')
            .as('objects'),
          s
            .selectFrom('supervision_participants as x')
            .select((q) => q.fn.countAll<number>().as('n'))
            .whereRef('x.campaign_id', '=', 'c.id')
            .as('participants'),
          s
            .selectFrom('supervision_visits as x')
            .select((q) => q.fn.countAll<number>().as('n'))
            .whereRef('x.campaign_id', '=', 'c.id')
            .as('visits'),
        ])
        .where('c.org_id', 'in', [...orgIds])
        .orderBy('c.starts_on', 'desc')
        .orderBy('c.id', 'desc')
        .execute(),
    insert: async (db: Db, row: CampaignInsert) =>
      (await db.insertInto('supervision_campaigns').values(row).returning('id').executeTakeFirstOrThrow()).id,
    update: (db: Db, id: number, patch: CampaignPatch) =>
      db.updateTable('supervision_campaigns').set(patch).where('id', '=', id).execute(),
    /** Bumps the version, so two offices editing at once cannot both win unseen. */
    touch: (db: Db, id: number, at: string) =>
      db
        .updateTable('supervision_campaigns')
        .set({ updated_at: at, version: sql<number>`version + 1` })
        .where('id', '=', id)
        .execute(),
    counts: async (db: Db, campaignId: number) => {
      const [objects, participants, assignments, visits] = await Promise.all([
        count(db, 'supervision_objects', campaignId),
        count(db, 'supervision_participants', campaignId),
        count(db, 'supervision_assignments', campaignId),
        count(db, 'supervision_visits', campaignId),
      ]);
      return { objects, participants, assignments, visits };
    },

    /** The campaign's teams with how many participants each has, by name. */
    teams: (db: Db, campaignId: number) =>
      db
        .selectFrom('supervision_teams as t')
        .leftJoin('supervision_participants as p', 'p.team_id', 't.id')
        .select((s) => ['t.id', 't.name', s.fn.count<number>('p.id').as('members')])
        .where('t.campaign_id', '=', campaignId)
        .groupBy(['t.id', 't.name'])
        .orderBy('t.name')
        .orderBy('t.id')
        .execute(),
    criteria: (db: Db, campaignId: number) =>
      db
        .selectFrom('supervision_criteria')
        .selectAll()
        .where('campaign_id', '=', campaignId)
        .orderBy('sort_order')
        .orderBy('id')
        .execute(),
    replaceCriteria: async (
      db: Db,
      campaignId: number,
      rows: Omit<Insertable<SupervisionCriteriaTable>, 'campaign_id'>[],
    ) => {
      await db.deleteFrom('supervision_criteria').where('campaign_id', '=', campaignId).execute();
      await db
        .insertInto('supervision_criteria')
        .values(rows.map((r) => ({ ...r, campaign_id: campaignId })))
        .execute();
    },

    objects: (db: Db, campaignId: number) =>
      db
        .selectFrom('supervision_objects')
        .selectAll()
        .where('campaign_id', '=', campaignId)
        .orderBy('sort_order')
        .orderBy('id')
        .execute(),
    object: (db: Db, id: number) =>
      db.selectFrom('supervision_objects').selectAll().where('id', '=', id).executeTakeFirst(),
    objectNames: async (db: Db, campaignId: number) =>
      new Set(
        (await db.selectFrom('supervision_objects').select('name').where('campaign_id', '=', campaignId).execute()).map(
          (r) => r.name,
        ),
      ),
    insertObjects: async (db: Db, rows: ObjectInsert[]) => {
      // In slices: SQLite allows a bounded number of parameters per statement.
      for (let i = 0; i < rows.length; i += 200)
        await db
          .insertInto('supervision_objects')
          .values(rows.slice(i, i + 200))
          .execute();
    },
    deleteObject: (db: Db, id: number) => db.deleteFrom('supervision_objects').where('id', '=', id).execute(),
    objectHasVisits: async (db: Db, objectId: number) =>
      (await db
        .selectFrom('supervision_visits')
        .select('id')
        .where('object_id', '=', objectId)
        .limit(1)
        .executeTakeFirst()) !== undefined,

    /** The organisation's handling units by name, to link an object's responsible department. */
    unitsByName: async (db: Db, orgId: number) =>
      new Map(
        (
          await db
            .selectFrom('handling_units')
            .select(['id', 'name', 'short_name'])
            .where('org_id', '=', orgId)
            .where('active', '=', 1)
            .execute()
        ).flatMap((u) => [[u.name, u.id] as const, [u.short_name, u.id] as const]),
      ),

    participants: (db: Db, campaignId: number) =>
      db
        .selectFrom('supervision_participants as p')
        .innerJoin('members as m', 'm.id', 'p.member_id')
        .innerJoin('sectors as s', 's.id', 'm.sector_id')
        .leftJoin('supervision_teams as t', 't.id', 'p.team_id')
        .select([
          'p.member_id',
          'p.district',
          'p.team_id',
          't.name as team',
          'm.name',
          'm.work_unit',
          's.name as sector',
          'm.pinyin',
        ])
        .select((s) => [
          s
            .selectFrom('supervision_assignments as a')
            .select((q) => q.fn.countAll<number>().as('n'))
            .whereRef('a.campaign_id', '=', 'p.campaign_id')
            .where((w) => w.or([w('a.member_id', '=', w.ref('p.member_id')), w('a.team_id', '=', w.ref('p.team_id'))]))
            .as('assigned'),
          s
            .selectFrom('supervision_visits as v')
            .select((q) => q.fn.countAll<number>().as('n'))
            .whereRef('v.campaign_id', '=', 'p.campaign_id')
            .whereRef('v.member_id', '=', 'p.member_id')
            .as('visited'),
        ])
        .where('p.campaign_id', '=', campaignId)
        .orderBy('m.pinyin')
        .execute(),
    isParticipant: async (db: Db, campaignId: number, memberId: number) =>
      (await db
        .selectFrom('supervision_participants')
        .select('team_id')
        .where('campaign_id', '=', campaignId)
        .where('member_id', '=', memberId)
        .executeTakeFirst()) ?? null,
    replaceParticipants: async (
      db: Db,
      campaignId: number,
      rows: { memberId: number; district: string | null; team: string | null }[],
      by: number,
      at: string,
    ) => {
      const teamNames = [...new Set(rows.map((r) => r.team).filter((t): t is string => !!t))];
      const existing = await db
        .selectFrom('supervision_teams')
        .select(['id', 'name'])
        .where('campaign_id', '=', campaignId)
        .execute();
      const teams = new Map(existing.map((t) => [t.name, t.id]));
      for (const name of teamNames)
        if (!teams.has(name))
          teams.set(
            name,
            (
              await db
                .insertInto('supervision_teams')
                .values({ campaign_id: campaignId, name })
                .returning('id')
                .executeTakeFirstOrThrow()
            ).id,
          );
      await db.deleteFrom('supervision_participants').where('campaign_id', '=', campaignId).execute();
      for (let i = 0; i < rows.length; i += 200)
        await db
          .insertInto('supervision_participants')
          .values(
            rows.slice(i, i + 200).map((r) => ({
              campaign_id: campaignId,
              member_id: r.memberId,
              district: r.district,
              team_id: r.team ? teams.get(r.team)! : null,
              added_by: by,
              added_at: at,
            })),
          )
          .execute();
      // Teams nobody belongs to any more go (their hand-made assignments with them).
      const used = [...new Set(rows.map((r) => r.team).filter(Boolean))] as string[];
      let q = db.deleteFrom('supervision_teams').where('campaign_id', '=', campaignId);
      if (used.length) q = q.where('name', 'not in', used);
      await q.execute();
    },
  };
}

export type CampaignRepo = ReturnType<typeof createCampaignRepo>;
export type CampaignRow = NonNullable<Awaited<ReturnType<CampaignRepo['get']>>>;
export type ObjectRow = NonNullable<Awaited<ReturnType<CampaignRepo['object']>>>;
