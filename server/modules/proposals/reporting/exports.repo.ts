// Queries of the Word and Excel exports and the public page: proposers' names, live
// assignments and formal replies, always loaded for a whole page of proposals at once.
import { sql } from 'kysely';
import type { Db } from '../../../db/tx.js';
import { matchCondition } from '../../../platform/search/fulltext.js';
import { PROPOSAL_FTS } from '../core/search.service.js';

const PUBLISHED = ['replied', 'closed'] as const;
const PUBLIC_COLUMNS = [
  'p.id',
  'p.org_id',
  'p.number_label',
  'p.title',
  'p.kind',
  'p.collective_name',
  'p.category',
  'p.state',
  'p.reasons',
  'p.suggestions',
] as const;

/** Proposals the public may read: marked public by the proposer and answered formally. */
function published(db: Db) {
  return db
    .selectFrom('proposals as p')
    .where('p.is_public', '=', 1)
    .where('p.state', 'in', [...PUBLISHED]);
}

export function createExportsRepo() {
  return {
    /** Accepted proposers (lead, co-proposers, those credited by a merge), in their order. */
    proposerNames: (db: Db, proposalIds: number[]) =>
      proposalIds.length
        ? db
            .selectFrom('proposal_proposers as pp')
            .innerJoin('members as m', 'm.id', 'pp.member_id')
            .select(['pp.proposal_id', 'pp.role', 'm.name'])
            .where('pp.proposal_id', 'in', proposalIds)
            .where('pp.status', '=', 'accepted')
            .orderBy('pp.proposal_id')
            .orderBy('pp.sort_order')
            .orderBy('pp.member_id')
            .execute()
        : Promise.resolve([]),

    /** Units that hold a live (not cancelled or declined) assignment. */
    unitNames: (db: Db, proposalIds: number[]) =>
      proposalIds.length
        ? db
            .selectFrom('proposal_assignments as a')
            .innerJoin('handling_units as u', 'u.id', 'a.unit_id')
            .select(['a.proposal_id', 'a.role', 'u.name'])
            .where('a.proposal_id', 'in', proposalIds)
            .where('a.status', 'not in', ['cancelled', 'declined'])
            .orderBy('a.proposal_id')
            .orderBy('a.id')
            .execute()
        : Promise.resolve([]),

    /** Formal replies in force (not sent back), oldest first; co-handling opinions are never included. */
    formalReplies: (db: Db, proposalIds: number[]) =>
      proposalIds.length
        ? db
            .selectFrom('proposal_replies as r')
            .innerJoin('handling_units as u', 'u.id', 'r.unit_id')
            .innerJoin('proposal_assignments as a', 'a.id', 'r.assignment_id')
            .select([
              'r.id',
              'r.proposal_id',
              'r.unit_id',
              'r.round',
              'r.result_class',
              'r.body',
              'r.created_at',
              'u.name as unit_name',
              'a.role',
            ])
            .where('r.proposal_id', 'in', proposalIds)
            .where('r.kind', '=', 'reply')
            .where('r.status', '=', 'submitted')
            .orderBy('r.proposal_id')
            .orderBy('r.round')
            .orderBy('r.id')
            .execute()
        : Promise.resolve([]),

    async publicPage(db: Db, f: { orgId: number; q?: string; page: number; pageSize: number }) {
      let base = published(db).where('p.org_id', '=', f.orgId);
      if (f.q) {
        const match = matchCondition(db, PROPOSAL_FTS, 'p.id', f.q, f.orgId);
        base = match ? base.where(match) : base.where(sql<boolean>`1 = 0`);
      }
      const [rows, total] = await Promise.all([
        base
          .select(PUBLIC_COLUMNS)
          .orderBy('p.replied_at', 'desc')
          .orderBy('p.id', 'desc')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    publicOne: (db: Db, id: number) => published(db).select(PUBLIC_COLUMNS).where('p.id', '=', id).executeTakeFirst(),

    orgName: async (db: Db, orgId: number) =>
      (await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst())?.name ?? '',
  };
}

export type ExportsRepo = ReturnType<typeof createExportsRepo>;
