// Queries of the Word and Excel exports (and the public page, which shows the same names and
// replies): proposers' names, live assignments and formal replies, always loaded for a whole
// page of proposals at once.
import type { Db } from '../../../db/tx.js';

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
  };
}

export type ExportsRepo = ReturnType<typeof createExportsRepo>;
