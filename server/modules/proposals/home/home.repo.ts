// The home page's counts: a few aggregate queries per role, each on an index (the
// organisation's proposals by state, the organisation's or the unit's open assignments,
// open commitments by due date, the leader's key proposals), never a list.
import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ProposalsTable } from '../../../db/tables/proposals.js';
import type { Db } from '../../../db/tx.js';
import { OPEN_HANDLING_STATES } from '../core/lifecycle.model.js';

const OPEN_STATUSES = ['pending_sign', 'signed'] as const;
const openStates = [...OPEN_HANDLING_STATES];
/** A key proposal still in the office's or the units' hands: an instruction can still make a difference. */
const BEFORE_REPLY = ['accepted', 'assigned', 'handling'] as const;
const n = (v: number | string | null | undefined) => Number(v ?? 0);

function openAssignments(db: Db) {
  return db
    .selectFrom('proposal_assignments as a')
    .innerJoin('proposals as p', 'p.id', 'a.proposal_id')
    .where('a.status', 'in', [...OPEN_STATUSES])
    .where('p.state', 'in', openStates);
}

export function createHomeRepo() {
  return {
    async office(db: Db, orgId: number, today: string) {
      const [states, late, commitments] = await Promise.all([
        db
          .selectFrom('proposals')
          .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
          .where('org_id', '=', orgId)
          .where('state', 'in', ['submitted', 'accepted', 'replied'])
          .groupBy('state')
          .execute(),
        openAssignments(db)
          .where('a.org_id', '=', orgId)
          .select([
            sql<number>`sum(case when a.status = 'pending_sign' and a.sign_deadline < ${today} then 1 else 0 end)`.as(
              'sign',
            ),
            sql<number>`sum(case when a.reply_deadline < ${today} then 1 else 0 end)`.as('reply'),
          ])
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('proposal_commitments')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('org_id', '=', orgId)
          .where('status', '=', 'open')
          .where('due_date', '<', today)
          .executeTakeFirstOrThrow(),
      ]);
      const byState = new Map(states.map((s) => [s.state, n(s.n)]));
      return {
        toReview: byState.get('submitted') ?? 0,
        toAssign: byState.get('accepted') ?? 0,
        signOverdue: n(late.sign),
        replyOverdue: n(late.reply),
        toClose: byState.get('replied') ?? 0,
        commitmentsOverdue: n(commitments.n),
      };
    },

    async unit(db: Db, unitId: number, today: string) {
      const r = await openAssignments(db)
        .where('a.unit_id', '=', unitId)
        .select([
          sql<number>`sum(case when a.status = 'pending_sign' then 1 else 0 end)`.as('to_sign'),
          sql<number>`sum(case when a.status = 'signed' then 1 else 0 end)`.as('to_reply'),
          sql<number>`sum(case when a.reply_deadline < ${today} or (a.status = 'pending_sign' and a.sign_deadline < ${today}) then 1 else 0 end)`.as(
            'overdue',
          ),
          sql<number>`sum(case when a.urge_count > 0 then 1 else 0 end)`.as('urged'),
        ])
        .executeTakeFirstOrThrow();
      return { toSign: n(r.to_sign), toReply: n(r.to_reply), overdue: n(r.overdue), urged: n(r.urged) };
    },

    /** The key proposals a leader leads: counts by stage, and the most recent few with their instructions. */
    async led(db: Db, leaderUserId: number, today: string) {
      const mine = db
        .selectFrom('proposals as p')
        .where('p.key_leader_user_id', '=', leaderUserId)
        .where('p.key_status', '=', 'approved')
        .where('p.state', '!=', 'merged');
      const instructionsOf = (eb: ExpressionBuilder<DB & { p: ProposalsTable }, 'p'>) =>
        eb
          .selectFrom('proposal_key_events as e')
          .whereRef('e.proposal_id', '=', 'p.id')
          .where('e.kind', '=', 'instruction');
      const [counts, recent] = await Promise.all([
        mine
          .select([
            (eb) => eb.fn.countAll<number>().as('led'),
            sql<number>`sum(case when p.state in (${sql.join(openStates)}) then 1 else 0 end)`.as('in_handling'),
            sql<number>`sum(case when p.state in ('replied', 'closed') then 1 else 0 end)`.as('answered'),
            sql<number>`sum(case when p.state in (${sql.join(openStates)}) and p.reply_deadline < ${today} then 1 else 0 end)`.as(
              'overdue',
            ),
          ])
          .executeTakeFirstOrThrow(),
        mine
          .select(['p.id', 'p.number_label', 'p.title', 'p.state', 'p.reply_deadline'])
          .select((eb) =>
            instructionsOf(eb)
              .select((e) => e.fn.countAll<number>().as('c'))
              .as('instructions'),
          )
          .orderBy('p.id', 'desc')
          .limit(6)
          .execute(),
      ]);
      const awaiting = await mine
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('p.state', 'in', [...BEFORE_REPLY])
        .where((eb) => eb.not(eb.exists(instructionsOf(eb).select('e.id'))))
        .executeTakeFirstOrThrow();
      return {
        led: n(counts.led),
        inHandling: n(counts.in_handling),
        answered: n(counts.answered),
        overdue: n(counts.overdue),
        awaitingInstruction: n(awaiting.n),
        recent: recent.map((r) => ({
          id: r.id,
          numberLabel: r.number_label,
          title: r.title,
          state: r.state,
          overdue: openStates.includes(r.state) && !!r.reply_deadline && r.reply_deadline < today,
          instructions: n(r.instructions),
        })),
      };
    },

    /** Key-proposal nominations of an organisation awaiting the chair's meeting. */
    toDecide: async (db: Db, orgId: number) =>
      n(
        (
          await db
            .selectFrom('proposals')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('org_id', '=', orgId)
            .where('key_status', '=', 'nominated')
            .executeTakeFirstOrThrow()
        ).n,
      ),
  };
}

export type HomeRepo = ReturnType<typeof createHomeRepo>;
