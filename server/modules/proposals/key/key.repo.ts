// Queries of key proposals: their events, the leaders who may lead them, and the board,
// which loads every key proposal of an organisation and then, for all of them at once,
// their units, event counts and latest event (a fixed number of queries, never one per row).
import { sql, type Insertable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import { isLeaderAccount, leadersOf, userProfile } from '../../accounts/index.js';
import type { ProposalKeyEventsTable } from '../../../db/tables/proposals.js';

export function createKeyRepo() {
  return {
    // Leaders' accounts, through the accounts module's read models.
    leadersOf,
    isLeaderAccount,
    user: userProfile,

    addEvent: (db: Db, row: Insertable<ProposalKeyEventsTable>) =>
      db.insertInto('proposal_key_events').values(row).returning('id').executeTakeFirstOrThrow(),

    events: (db: Db, proposalId: number) =>
      db
        .selectFrom('proposal_key_events as e')
        .innerJoin('users as c', 'c.id', 'e.created_by')
        .leftJoin('users as l', 'l.id', 'e.leader_user_id')
        .select([
          'e.id',
          'e.kind',
          'e.happened_on',
          'e.summary',
          'e.leader_user_id',
          'e.created_by',
          'e.created_at',
          'c.display_name as created_by_name',
          'l.display_name as leader_name',
        ])
        .where('e.proposal_id', '=', proposalId)
        .orderBy('e.happened_on', 'desc')
        .orderBy('e.id', 'desc')
        .execute(),

    /** Key proposals (nominated or approved) of an organisation, or those one leader leads. */
    board: (db: Db, f: { orgId: number; leaderUserId?: number; termId?: number }) => {
      let q = db
        .selectFrom('proposals as p')
        .innerJoin('terms as t', 't.id', 'p.term_id')
        .leftJoin('users as l', 'l.id', 'p.key_leader_user_id')
        .select([
          'p.id',
          'p.number_label',
          'p.number',
          'p.title',
          'p.state',
          'p.key_status',
          'p.key_leader_user_id',
          'p.reply_deadline',
          'p.result_class',
          'l.display_name as leader_name',
          'l.leader_title',
        ])
        .where('p.is_key', '=', 1);
      q = f.leaderUserId ? q.where('p.key_leader_user_id', '=', f.leaderUserId) : q.where('p.org_id', '=', f.orgId);
      if (f.termId) q = q.where('p.term_id', '=', f.termId);
      // The newest term first; within a term the decided before the nominated, then by number.
      return q
        .orderBy('t.starts_on', 'desc')
        .orderBy('p.term_id', 'desc')
        .orderBy('p.key_status')
        .orderBy('p.number')
        .orderBy('p.id')
        .execute();
    },

    /** Live assignments, lead and split units before co-handling ones. */
    units: (db: Db, proposalIds: number[]) =>
      proposalIds.length
        ? db
            .selectFrom('proposal_assignments as a')
            .innerJoin('handling_units as u', 'u.id', 'a.unit_id')
            .select(['a.proposal_id', 'a.unit_id', 'a.role', 'a.status', 'u.name'])
            .where('a.proposal_id', 'in', proposalIds)
            .where('a.status', '!=', 'cancelled')
            .orderBy('a.proposal_id')
            .orderBy(sql`case when a.role = 'co' then 1 else 0 end`)
            .orderBy('a.id')
            .execute()
        : Promise.resolve([]),

    eventCounts: (db: Db, proposalIds: number[]) =>
      proposalIds.length
        ? db
            .selectFrom('proposal_key_events')
            .select(['proposal_id', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
            .where('proposal_id', 'in', proposalIds)
            .groupBy(['proposal_id', 'kind'])
            .execute()
        : Promise.resolve([]),

    /** The most recent event of each proposal (latest date, then latest entry). */
    lastEvents: (db: Db, proposalIds: number[]) =>
      proposalIds.length
        ? db
            .selectFrom('proposal_key_events as e')
            .select(['e.proposal_id', 'e.kind', 'e.happened_on', 'e.summary'])
            .where('e.proposal_id', 'in', proposalIds)
            .where((eb) =>
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('proposal_key_events as later')
                    .select('later.id')
                    .whereRef('later.proposal_id', '=', 'e.proposal_id')
                    .where((w) =>
                      w.or([
                        w('later.happened_on', '>', w.ref('e.happened_on')),
                        w.and([w('later.happened_on', '=', w.ref('e.happened_on')), w('later.id', '>', w.ref('e.id'))]),
                      ]),
                    ),
                ),
              ),
            )
            .execute()
        : Promise.resolve([]),
  };
}

export type KeyRepo = ReturnType<typeof createKeyRepo>;
