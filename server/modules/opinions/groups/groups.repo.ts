// Every query of the groups: the opinion_groups rows and the opinions' group columns.
import type { Selectable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { OpinionGroupsTable, GroupFix } from '../../../db/tables/opinion-groups.js';

export type GroupRow = Selectable<OpinionGroupsTable>;

export interface Scope {
  orgId: number;
  /** Null: the organisation's opinions outside any campaign. */
  campaignId: number | null;
}

export interface MemberRow {
  id: number;
  org_id: number;
  campaign_id: number | null;
  title: string;
  body: string;
  channel: string;
  status: string;
  group_id: number | null;
  group_fixed: GroupFix | null;
  created_at: string;
}

const MEMBER_COLUMNS = [
  'id',
  'org_id',
  'campaign_id',
  'title',
  'body',
  'channel',
  'status',
  'group_id',
  'group_fixed',
  'created_at',
] as const;

/** How many ids go into one IN list (SQLite's bound-variable limit is far above). */
const CHUNK = 500;

export function createGroupsRepo() {
  const inScope = <Q extends { where: (...a: any[]) => Q }>(q: Q, s: Scope, prefix = ''): Q => {
    const qq = q.where(`${prefix}org_id`, '=', s.orgId);
    return s.campaignId === null
      ? qq.where(`${prefix}campaign_id`, 'is', null)
      : qq.where(`${prefix}campaign_id`, '=', s.campaignId);
  };

  return {
    opinion: (db: Db, id: number) =>
      db.selectFrom('opinions').select(MEMBER_COLUMNS).where('id', '=', id).executeTakeFirst() as Promise<
        MemberRow | undefined
      >,

    /** The texts of a scope's opinions, oldest first, from after `afterId`. */
    texts: (db: Db, s: Scope, afterId = 0) =>
      inScope(db.selectFrom('opinions').select(['id', 'title', 'body']), s)
        .where('id', '>', afterId)
        .orderBy('id')
        .execute(),

    /** Every opinion of a scope with its group columns, oldest first (the regroup). */
    scopeOpinions: (db: Db, s: Scope) =>
      inScope(db.selectFrom('opinions').select(MEMBER_COLUMNS), s).orderBy('id').execute() as Promise<MemberRow[]>,

    /** The group columns of these opinions. */
    async groupColumns(db: Db, ids: readonly number[]) {
      const out: { id: number; group_id: number | null; group_fixed: GroupFix | null }[] = [];
      for (let i = 0; i < ids.length; i += CHUNK)
        out.push(
          ...(await db
            .selectFrom('opinions')
            .select(['id', 'group_id', 'group_fixed'])
            .where('id', 'in', ids.slice(i, i + CHUNK))
            .execute()),
        );
      return out;
    },

    /** The members of these groups, oldest first. */
    async members(db: Db, groupIds: readonly number[]): Promise<MemberRow[]> {
      const out: MemberRow[] = [];
      for (let i = 0; i < groupIds.length; i += CHUNK)
        out.push(
          ...((await db
            .selectFrom('opinions')
            .select(MEMBER_COLUMNS)
            .where('group_id', 'in', groupIds.slice(i, i + CHUNK))
            .orderBy('id')
            .execute()) as MemberRow[]),
        );
      return out;
    },

    /**
     * The ids of a group's first members, oldest first: what a placement compares and a
     * representative is chosen among, without reading every member row of a big group.
     */
    firstMembers: (db: Db, groupId: number, limit: number): Promise<number[]> =>
      db
        .selectFrom('opinions')
        .select('id')
        .where('group_id', '=', groupId)
        .orderBy('id')
        .limit(limit)
        .execute()
        .then((rows) => rows.map((r) => Number(r.id))),

    /** How many opinions a group holds. */
    async memberCount(db: Db, groupId: number): Promise<number> {
      const r = await db
        .selectFrom('opinions')
        .where('group_id', '=', groupId)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    group: (db: Db, id: number) => db.selectFrom('opinion_groups').selectAll().where('id', '=', id).executeTakeFirst(),

    /** A scope's groups, largest first, a page of them and how many there are. */
    async groups(db: Db, s: Scope, page: { offset: number; limit: number; minSize: number }) {
      const base = inScope(db.selectFrom('opinion_groups'), s).where('size', '>=', page.minSize);
      const [{ n }] = await base.select((eb) => eb.fn.countAll<number>().as('n')).execute();
      const rows = await base
        .selectAll()
        .orderBy('size', 'desc')
        .orderBy('id')
        .offset(page.offset)
        .limit(page.limit)
        .execute();
      return { total: Number(n), rows };
    },

    /** How many opinions of the scope are in a group. */
    async groupedCount(db: Db, s: Scope): Promise<number> {
      const r = await inScope(db.selectFrom('opinion_groups'), s)
        .select((eb) => eb.fn.sum<number>('size').as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n ?? 0);
    },

    /** How many opinions of the scope are in no group. */
    async aloneCount(db: Db, s: Scope): Promise<number> {
      const r = await inScope(db.selectFrom('opinions'), s)
        .where('group_id', 'is', null)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    insertGroup: (db: Db, row: { org_id: number; campaign_id: number | null; size: number; at: string }) =>
      db
        .insertInto('opinion_groups')
        .values({
          org_id: row.org_id,
          campaign_id: row.campaign_id,
          size: row.size,
          created_at: row.at,
          updated_at: row.at,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.id)),

    setGroup: async (db: Db, ids: readonly number[], groupId: number | null, fixed?: GroupFix | null) => {
      for (let i = 0; i < ids.length; i += CHUNK)
        await db
          .updateTable('opinions')
          .set({ group_id: groupId, ...(fixed !== undefined && { group_fixed: fixed }) })
          .where('id', 'in', ids.slice(i, i + CHUNK))
          .execute();
    },

    /** Puts a lone opinion into a group, unless another placement got it first; true when done. */
    claimAlone: async (db: Db, id: number, groupId: number) =>
      Number(
        (
          await db
            .updateTable('opinions')
            .set({ group_id: groupId })
            .where('id', '=', id)
            .where('group_id', 'is', null)
            .where((eb) => eb.or([eb('group_fixed', 'is', null), eb('group_fixed', '!=', 'alone')]))
            .executeTakeFirst()
        ).numUpdatedRows,
      ) === 1,

    updateGroup: (db: Db, id: number, set: { size?: number; representative_id?: number | null; at: string }) =>
      db
        .updateTable('opinion_groups')
        .set({
          ...(set.size !== undefined && { size: set.size }),
          ...(set.representative_id !== undefined && { representative_id: set.representative_id }),
          updated_at: set.at,
        })
        .where('id', '=', id)
        .execute(),

    deleteGroups: async (db: Db, ids: readonly number[]) => {
      for (let i = 0; i < ids.length; i += CHUNK)
        await db
          .deleteFrom('opinion_groups')
          .where('id', 'in', ids.slice(i, i + CHUNK))
          .execute();
    },

    /** The scopes (organisation, campaign) that hold opinions: the demo's grouping. */
    scopes: (db: Db) =>
      db
        .selectFrom('opinions')
        .select(['org_id', 'campaign_id'])
        .distinct()
        .execute()
        .then((rows) => rows.map((r) => ({ orgId: r.org_id, campaignId: r.campaign_id }))),

    campaignOrg: (db: Db, campaignId: number) =>
      db
        .selectFrom('opinion_campaigns')
        .select(['id', 'org_id', 'title', 'year'])
        .where('id', '=', campaignId)
        .executeTakeFirst(),

    /** The campaigns an organisation organises or takes part in, newest first. */
    campaignsOf: (db: Db, orgId: number) =>
      db
        .selectFrom('opinion_campaigns')
        .select(['id', 'title', 'year'])
        .where((eb) =>
          eb.or([
            eb('org_id', '=', orgId),
            eb('id', 'in', eb.selectFrom('opinion_campaign_orgs').select('campaign_id').where('org_id', '=', orgId)),
          ]),
        )
        .orderBy('year', 'desc')
        .orderBy('id', 'desc')
        .execute(),

    orgName: (db: Db, orgId: number) =>
      db
        .selectFrom('organisations')
        .select('name')
        .where('id', '=', orgId)
        .executeTakeFirst()
        .then((r) => r?.name ?? ''),
  };
}

export type GroupsRepo = ReturnType<typeof createGroupsRepo>;
