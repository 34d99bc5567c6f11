// Every query of the opinions table for intake: storing one, the office's filtered list and its
// counts, one opinion with the names it shows, a member's own. Names of organisations, campaigns,
// sectors, members and categories are joined for display only.
import type { Expression, ExpressionBuilder, Insertable, SqlBool } from 'kysely';
import { containsInsensitive } from '../../../db/dialect.js';
import type { Engine } from '../../../db/dialect.js';
import type { DB } from '../../../db/schema.js';
import type { OpinionChannel, OpinionsTable, OpinionStatus } from '../../../db/tables/opinions.js';
import type { Db } from '../../../db/tx.js';

export interface OpinionFilter {
  /** The organisations the reader sees (always applied). */
  orgIds: readonly number[];
  campaignId?: number;
  orgId?: number;
  channel?: OpinionChannel;
  status?: OpinionStatus;
  categoryId?: number;
  q?: string;
}

type OpEb = ExpressionBuilder<DB & { op: OpinionsTable }, 'op'>;

export function createIntakeRepo(engine: Engine) {
  /** The filter as one condition on `op` (the opinions table's alias in every query here). */
  const filterOf =
    (f: OpinionFilter, withStatus = true) =>
    (eb: OpEb) => {
      const parts: Expression<SqlBool>[] = [eb('op.org_id', 'in', [...f.orgIds])];
      if (f.orgId !== undefined) parts.push(eb('op.org_id', '=', f.orgId));
      if (f.campaignId !== undefined) parts.push(eb('op.campaign_id', '=', f.campaignId));
      if (f.channel) parts.push(eb('op.channel', '=', f.channel));
      if (withStatus && f.status) parts.push(eb('op.status', '=', f.status));
      if (f.categoryId !== undefined) parts.push(eb('op.category_id', '=', f.categoryId));
      if (f.q)
        parts.push(eb.or([containsInsensitive(engine, 'op.title', f.q), containsInsensitive(engine, 'op.body', f.q)]));
      return eb.and(parts);
    };
  const listed = (db: Db) =>
    db
      .selectFrom('opinions as op')
      .innerJoin('organisations as o', 'o.id', 'op.org_id')
      .leftJoin('opinion_campaigns as c', 'c.id', 'op.campaign_id')
      .leftJoin('members as m', 'm.id', 'op.member_id')
      .leftJoin('sectors as s', 's.id', 'op.sector_id')
      .leftJoin('opinion_categories as cat', 'cat.id', 'op.category_id')
      .leftJoin('opinion_categories as th', 'th.id', 'op.theme_id')
      .select([
        'op.id',
        'op.org_id',
        'o.short_name as org_name',
        'op.campaign_id',
        'c.title as campaign_title',
        'op.channel',
        'op.member_id',
        'm.name as member_name',
        'op.author_name',
        'op.contact_masked',
        's.name as sector_name',
        'op.title',
        'op.body',
        'op.place',
        'op.category_id',
        'cat.name as category_name',
        'op.theme_id',
        'th.name as theme_name',
        'op.group_id',
        'op.status',
        'op.created_at',
      ]);

  return {
    insert: async (db: Db, row: Insertable<OpinionsTable>) =>
      (await db.insertInto('opinions').values(row).returning('id').executeTakeFirstOrThrow()).id,

    list: async (db: Db, f: OpinionFilter, page: number, pageSize: number) => {
      const [items, total] = await Promise.all([
        listed(db)
          .where(filterOf(f))
          .orderBy('op.created_at', 'desc')
          .orderBy('op.id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        db
          .selectFrom('opinions as op')
          .where(filterOf(f))
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },
    /** Every opinion the filter finds, oldest first (the export). */
    all: (db: Db, f: OpinionFilter, limit: number) =>
      listed(db).where(filterOf(f)).orderBy('op.created_at').orderBy('op.id').limit(limit).execute(),
    /** Counts by status under the other filters (the list's tabs). */
    statusCounts: (db: Db, f: OpinionFilter) =>
      db
        .selectFrom('opinions as op')
        .where(filterOf(f, false))
        .select(['op.status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('op.status')
        .execute(),

    get: (db: Db, id: number) =>
      listed(db)
        .select(['op.contact_enc', 'op.updated_at', 'op.closed_reason'])
        .where('op.id', '=', id)
        .executeTakeFirst(),
    /** A member's own opinions, newest first. */
    mine: (db: Db, memberId: number, limit: number) =>
      listed(db)
        .where('op.member_id', '=', memberId)
        .where('op.channel', 'in', ['member', 'party_member'])
        .orderBy('op.created_at', 'desc')
        .orderBy('op.id', 'desc')
        .limit(limit)
        .execute(),

    /** The member's party and sector (his roster row), for the channel and the sector of his opinion. */
    memberFacts: (db: Db, memberId: number) =>
      db
        .selectFrom('members')
        .select(['id', 'org_id', 'party', 'sector_id', 'active'])
        .where('id', '=', memberId)
        .executeTakeFirst(),
    /** The filters' choices: the organisation's categories and themes. */
    categories: (db: Db, orgIds: readonly number[]) =>
      db
        .selectFrom('opinion_categories')
        .select(['id', 'org_id', 'kind', 'name'])
        .where('org_id', 'in', [...orgIds])
        .where('active', '=', 1)
        .orderBy('kind')
        .orderBy('sort_order')
        .orderBy('id')
        .execute(),
  };
}

export type ListedRow = Awaited<ReturnType<IntakeRepo['all']>>[number];

export type IntakeRepo = ReturnType<typeof createIntakeRepo>;
