// Handling lists across proposals: a unit's inbox, the office's overdue-and-urging board,
// commitments being followed, and the reminder scans. "Open" means an assignment not yet
// answered (pending sign or signed) of a proposal still in handling.
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Db } from '../../../db/tx.js';
import type { BoardQuery, CommitmentsQuery, InboxQuery } from './handling.schema.js';
import { OPEN_HANDLING_STATES } from '../core/lifecycle.model.js';
import type { ProposalAssignmentsTable, ProposalsTable } from '../../../db/tables/proposals.js';

const OPEN_STATUSES = ['pending_sign', 'signed'] as const;
const openStates = [...OPEN_HANDLING_STATES];

type ADB = DB & { a: ProposalAssignmentsTable; p: ProposalsTable };
type AQ = SelectQueryBuilder<ADB, 'a' | 'p', object>;
type AEb = ExpressionBuilder<ADB, 'a' | 'p'>;

/** Past the reply deadline, or past the sign deadline while still unsigned. */
function overdueExpr(eb: AEb, today: string) {
  return eb.and([
    eb('a.status', 'in', [...OPEN_STATUSES]),
    eb('p.state', 'in', openStates),
    eb.or([
      eb('a.reply_deadline', '<', today),
      eb.and([eb('a.status', '=', 'pending_sign'), eb('a.sign_deadline', '<', today)]),
    ]),
  ]);
}

function assignmentsWithProposal(db: Db): AQ {
  return db.selectFrom('proposal_assignments as a').innerJoin('proposals as p', 'p.id', 'a.proposal_id');
}

const ASSIGNMENT_COLUMNS = [
  'a.id',
  'a.proposal_id',
  'a.unit_id',
  'a.role',
  'a.part_note',
  'a.status',
  'a.round',
  'a.sign_deadline',
  'a.reply_deadline',
  'a.signed_at',
  'a.replied_at',
  'a.urge_count',
  'a.last_urged_at',
  'a.created_at',
  'p.number_label',
  'p.title',
  'p.state as proposal_state',
] as const;

export function createListsRepo() {
  return {
    async inbox(db: Db, unitId: number, f: InboxQuery, today: string) {
      let base = assignmentsWithProposal(db).where('a.unit_id', '=', unitId).where('a.status', '!=', 'cancelled');
      if (f.status?.length) base = base.where('a.status', 'in', f.status);
      if (f.overdue !== undefined)
        base = base.where((eb) => (f.overdue ? overdueExpr(eb, today) : eb.not(overdueExpr(eb, today))));
      if (f.urged !== undefined) base = base.where('a.urge_count', f.urged ? '>' : '=', 0);
      const openFirst = sql`case when a.status in ('pending_sign', 'signed') and p.state in (${sql.join(openStates)}) then 0 else 1 end`;
      let q = base.select([...ASSIGNMENT_COLUMNS]);
      q =
        f.sort === '-assignedAt'
          ? q.orderBy('a.created_at', 'desc')
          : q.orderBy(openFirst).orderBy('a.reply_deadline', 'asc');
      const [rows, total] = await Promise.all([
        q
          .orderBy('a.id', 'desc')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    async board(db: Db, orgId: number, f: BoardQuery, today: string) {
      const scope = assignmentsWithProposal(db)
        .where('a.org_id', '=', orgId)
        .where('a.status', 'in', [...OPEN_STATUSES])
        .where('p.state', 'in', openStates);
      let base = scope;
      if (f.unitId) base = base.where('a.unit_id', '=', f.unitId);
      if (f.overdue !== undefined)
        base = base.where((eb) => (f.overdue ? overdueExpr(eb, today) : eb.not(overdueExpr(eb, today))));
      if (f.late === 'sign') base = base.where('a.status', '=', 'pending_sign').where('a.sign_deadline', '<', today);
      if (f.late === 'reply') base = base.where('a.reply_deadline', '<', today);
      if (f.urged !== undefined) base = base.where('a.urge_count', f.urged ? '>' : '=', 0);
      if (f.signOverdue !== undefined)
        base = base.where((eb) => {
          const late = eb.and([eb('a.status', '=', 'pending_sign'), eb('a.sign_deadline', '<', today)]);
          return f.signOverdue ? late : eb.not(late);
        });
      let q = base
        .innerJoin('handling_units as u', 'u.id', 'a.unit_id')
        .select([...ASSIGNMENT_COLUMNS, 'u.name as unit_name']);
      q =
        f.sort === '-urgeCount'
          ? q.orderBy('a.urge_count', 'desc').orderBy('a.reply_deadline', 'asc')
          : f.sort === '-deadline'
            ? q.orderBy('a.reply_deadline', 'desc')
            : q.orderBy('a.reply_deadline', 'asc');
      const [rows, total, summary] = await Promise.all([
        q
          .orderBy('a.id')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        scope
          .select([
            (eb) => eb.fn.countAll<number>().as('open'),
            sql<number>`sum(case when (a.reply_deadline < ${today} or (a.status = 'pending_sign' and a.sign_deadline < ${today})) then 1 else 0 end)`.as(
              'overdue',
            ),
            sql<number>`sum(case when a.urge_count > 0 then 1 else 0 end)`.as('urged'),
            sql<number>`sum(case when a.status = 'pending_sign' and a.sign_deadline < ${today} then 1 else 0 end)`.as(
              'sign_overdue',
            ),
          ])
          .executeTakeFirstOrThrow(),
      ]);
      return {
        rows,
        total: Number(total.n),
        summary: {
          open: Number(summary.open),
          overdue: Number(summary.overdue ?? 0),
          urged: Number(summary.urged ?? 0),
          signOverdue: Number(summary.sign_overdue ?? 0),
        },
      };
    },

    async commitments(db: Db, scope: { orgId: number } | { unitId: number }, f: CommitmentsQuery, today: string) {
      let base = db.selectFrom('proposal_commitments as c').innerJoin('proposals as p', 'p.id', 'c.proposal_id');
      base = 'orgId' in scope ? base.where('c.org_id', '=', scope.orgId) : base.where('c.unit_id', '=', scope.unitId);
      if (f.status) base = base.where('c.status', '=', f.status);
      if (f.unitId) base = base.where('c.unit_id', '=', f.unitId);
      if (f.overdue !== undefined) {
        base = f.overdue
          ? base.where('c.status', '=', 'open').where('c.due_date', '<', today)
          : base.where((eb) => eb.or([eb('c.status', '!=', 'open'), eb('c.due_date', '>=', today)]));
      }
      const [rows, total] = await Promise.all([
        base
          .innerJoin('handling_units as u', 'u.id', 'c.unit_id')
          .selectAll('c')
          .select(['p.number_label', 'p.title', 'u.name as unit_name'])
          .select((eb) =>
            eb
              .selectFrom('proposal_commitment_updates as cu')
              .whereRef('cu.commitment_id', '=', 'c.id')
              .select((e) => e.fn.max('cu.created_at').as('m'))
              .as('last_update_at'),
          )
          .orderBy('c.due_date')
          .orderBy('c.id')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    /** Open assignments whose reply deadline is within [from, until] and not yet reminded of for that deadline. */
    dueSoon: (db: Db, from: string, until: string, limit: number) =>
      assignmentsWithProposal(db)
        .select(['a.id', 'a.proposal_id', 'a.unit_id', 'a.reply_deadline'])
        .where('a.status', 'in', [...OPEN_STATUSES])
        .where('p.state', 'in', openStates)
        .where('a.reply_deadline', '>=', from)
        .where('a.reply_deadline', '<=', until)
        .where((eb) =>
          eb.or([eb('a.soon_reminded_for', 'is', null), eb('a.soon_reminded_for', '!=', eb.ref('a.reply_deadline'))]),
        )
        .orderBy('a.id')
        .limit(limit)
        .execute(),

    /** Open assignments past their reply deadline, not yet reported overdue for that deadline. */
    overdue: (db: Db, today: string, limit: number) =>
      assignmentsWithProposal(db)
        .select(['a.id', 'a.proposal_id', 'a.unit_id', 'a.reply_deadline'])
        .where('a.status', 'in', [...OPEN_STATUSES])
        .where('p.state', 'in', openStates)
        .where('a.reply_deadline', '<', today)
        .where((eb) =>
          eb.or([
            eb('a.overdue_reminded_for', 'is', null),
            eb('a.overdue_reminded_for', '!=', eb.ref('a.reply_deadline')),
          ]),
        )
        .orderBy('a.id')
        .limit(limit)
        .execute(),

    /** Open assignments still unsigned after a sign-for deadline in [since, today), not yet reminded of for that deadline. */
    signOverdue: (db: Db, since: string, today: string, limit: number) =>
      assignmentsWithProposal(db)
        .select(['a.id', 'a.proposal_id', 'a.unit_id', 'a.sign_deadline'])
        .where('a.status', '=', 'pending_sign')
        .where('p.state', 'in', openStates)
        .where('a.sign_deadline', '>=', since)
        .where('a.sign_deadline', '<', today)
        .where((eb) =>
          eb.or([
            eb('a.sign_overdue_reminded_for', 'is', null),
            eb('a.sign_overdue_reminded_for', '!=', eb.ref('a.sign_deadline')),
          ]),
        )
        .orderBy('a.id')
        .limit(limit)
        .execute(),

    /** Open commitments due in [since, today), not yet reminded of for that due date. */
    commitmentsOverdue: (db: Db, since: string, today: string, limit: number) =>
      db
        .selectFrom('proposal_commitments as c')
        .select(['c.id', 'c.proposal_id', 'c.unit_id', 'c.content', 'c.due_date'])
        .where('c.status', '=', 'open')
        .where('c.due_date', '>=', since)
        .where('c.due_date', '<', today)
        .where((eb) =>
          eb.or([eb('c.overdue_reminded_for', 'is', null), eb('c.overdue_reminded_for', '!=', eb.ref('c.due_date'))]),
        )
        .orderBy('c.id')
        .limit(limit)
        .execute(),

    markReminded: (
      db: Db,
      id: number,
      column: 'soon_reminded_for' | 'overdue_reminded_for' | 'sign_overdue_reminded_for',
      deadline: string,
    ) =>
      db
        .updateTable('proposal_assignments')
        .set({ [column]: deadline })
        .where('id', '=', id)
        .execute(),

    markCommitmentReminded: (db: Db, id: number, due: string) =>
      db.updateTable('proposal_commitments').set({ overdue_reminded_for: due }).where('id', '=', id).execute(),
  };
}

export type ListsRepo = ReturnType<typeof createListsRepo>;
