// Every query of the campaigns' tables: the campaigns, the organisations taking part and the
// participants (members' names joined for display only: the roster is the members module's).
import type { Insertable, Updateable } from 'kysely';
import type { OpinionCampaignsTable } from '../../../db/tables/opinions.js';
import type { Db } from '../../../db/tx.js';

type CampaignInsert = Insertable<OpinionCampaignsTable>;
type CampaignPatch = Updateable<OpinionCampaignsTable> & { challenge_secret?: string | null };

export function createCampaignRepo() {
  return {
    get: (db: Db, id: number) => db.selectFrom('opinion_campaigns').selectAll().where('id', '=', id).executeTakeFirst(),
    byTokenHash: (db: Db, hash: string) =>
      db.selectFrom('opinion_campaigns').selectAll().where('public_token_hash', '=', hash).executeTakeFirst(),
    /** Campaigns organised by one of `orgIds` or with one of them taking part, newest first. */
    listFor: (db: Db, orgIds: readonly number[], status?: string) => {
      let q = db
        .selectFrom('opinion_campaigns as c')
        .innerJoin('organisations as o', 'o.id', 'c.org_id')
        .select([
          'c.id',
          'c.org_id',
          'o.short_name as org_name',
          'c.year',
          'c.title',
          'c.theme',
          'c.starts_on',
          'c.ends_on',
          'c.status',
          'c.public_open',
        ])
        .where((w) =>
          w.or([
            w('c.org_id', 'in', [...orgIds]),
            w.exists(
              w
                .selectFrom('opinion_campaign_orgs as co')
                .select('co.id')
                .whereRef('co.campaign_id', '=', 'c.id')
                .where('co.org_id', 'in', [...orgIds]),
            ),
          ]),
        );
      if (status) q = q.where('c.status', '=', status as never);
      return q.orderBy('c.year', 'desc').orderBy('c.starts_on', 'desc').orderBy('c.id', 'desc').execute();
    },
    insert: async (db: Db, row: CampaignInsert) =>
      (await db.insertInto('opinion_campaigns').values(row).returning('id').executeTakeFirstOrThrow()).id,
    update: (db: Db, id: number, patch: CampaignPatch) =>
      db.updateTable('opinion_campaigns').set(patch).where('id', '=', id).execute(),

    orgIds: async (db: Db, campaignId: number) =>
      (
        await db
          .selectFrom('opinion_campaign_orgs')
          .select('org_id')
          .where('campaign_id', '=', campaignId)
          .orderBy('org_id')
          .execute()
      ).map((r) => r.org_id),
    orgs: (db: Db, campaignId: number) =>
      db
        .selectFrom('opinion_campaign_orgs as co')
        .innerJoin('organisations as o', 'o.id', 'co.org_id')
        .select(['o.id', 'o.short_name as name', 'o.level'])
        .where('co.campaign_id', '=', campaignId)
        .orderBy('o.id')
        .execute(),
    setOrgs: async (db: Db, campaignId: number, orgIds: readonly number[]) => {
      await db
        .deleteFrom('opinion_campaign_orgs')
        .where('campaign_id', '=', campaignId)
        .where('org_id', 'not in', [...orgIds])
        .execute();
      await db
        .insertInto('opinion_campaign_orgs')
        .values(orgIds.map((org_id) => ({ campaign_id: campaignId, org_id })))
        .onConflict((oc) => oc.columns(['campaign_id', 'org_id']).doNothing())
        .execute();
    },

    participants: (db: Db, campaignId: number, orgIds: readonly number[]) =>
      orgIds.length
        ? db
            .selectFrom('opinion_campaign_participants as p')
            .innerJoin('members as m', 'm.id', 'p.member_id')
            .leftJoin('sectors as s', 's.id', 'm.sector_id')
            .select(['p.org_id', 'p.member_id', 'm.name', 'm.party', 's.name as sector', 'p.added_at'])
            .where('p.campaign_id', '=', campaignId)
            .where('p.org_id', 'in', [...orgIds])
            .orderBy('p.org_id')
            .orderBy('m.pinyin')
            .orderBy('m.id')
            .execute()
        : Promise.resolve([]),
    /** Replaces one organisation's participants with `memberIds`; answers how many were added and removed. */
    setParticipants: async (
      db: Db,
      campaignId: number,
      orgId: number,
      memberIds: readonly number[],
      by: number,
      at: string,
    ) => {
      let del = db
        .deleteFrom('opinion_campaign_participants')
        .where('campaign_id', '=', campaignId)
        .where('org_id', '=', orgId);
      if (memberIds.length) del = del.where('member_id', 'not in', [...memberIds]);
      const removed = Number((await del.executeTakeFirst()).numDeletedRows);
      const added = memberIds.length
        ? (
            await db
              .insertInto('opinion_campaign_participants')
              .values(
                memberIds.map((member_id) => ({
                  campaign_id: campaignId,
                  org_id: orgId,
                  member_id,
                  added_by: by,
                  added_at: at,
                })),
              )
              .onConflict((oc) => oc.columns(['campaign_id', 'member_id']).doNothing())
              .returning('id')
              .execute()
          ).length
        : 0;
      return { added, removed };
    },
    /** Opinions of the campaign per organisation (the campaign's page). */
    opinionCounts: (db: Db, campaignId: number, orgIds: readonly number[]) =>
      orgIds.length
        ? db
            .selectFrom('opinions')
            .select(['org_id', 'channel', (eb) => eb.fn.countAll<number>().as('n')])
            .where('campaign_id', '=', campaignId)
            .where('org_id', 'in', [...orgIds])
            .groupBy(['org_id', 'channel'])
            .execute()
        : Promise.resolve([]),
  };
}

export type CampaignRepo = ReturnType<typeof createCampaignRepo>;
export type CampaignRow = NonNullable<Awaited<ReturnType<CampaignRepo['get']>>>;
