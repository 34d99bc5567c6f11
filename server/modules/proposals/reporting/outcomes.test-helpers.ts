// Factories for the reading-side tests (boards, statistics, evaluation, exports, public
// page): handling data written straight to the tables with the semantics of the handling
// workflow (assignment statuses, lead/co/split roles, formal replies and co-opinions,
// feedback rounds, commitments), so each test builds exactly the figures it checks.
import type { Insertable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type {
  ProposalAssignmentsTable,
  ProposalCommitmentsTable,
  ProposalFeedbackTable,
  ProposalRepliesTable,
  ProposalsTable,
} from '../../../db/tables/proposals.js';

type Assignment = Partial<Insertable<ProposalAssignmentsTable>> & { proposal_id: number; unit_id: number };

export async function addAssignment(db: Db, a: Assignment): Promise<number> {
  const p = await db.selectFrom('proposals').select('org_id').where('id', '=', a.proposal_id).executeTakeFirstOrThrow();
  const created = a.created_at ?? '2026-03-10T02:00:00.000Z';
  const row = await db
    .insertInto('proposal_assignments')
    .values({
      org_id: p.org_id,
      role: 'lead',
      status: 'signed',
      round: 1,
      part_note: null,
      sign_deadline: '2026-03-15',
      reply_deadline: '2026-06-10',
      signed_at: a.status === 'pending_sign' || a.status === 'declined' ? null : created,
      declined_at: null,
      decline_reason: null,
      replied_at: null,
      last_urged_at: null,
      created_at: created,
      ...a,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

type Reply = Partial<Insertable<ProposalRepliesTable>> & { assignment_id: number; created_by: number };

export async function addReply(db: Db, r: Reply): Promise<number> {
  const a = await db
    .selectFrom('proposal_assignments')
    .select(['proposal_id', 'unit_id'])
    .where('id', '=', r.assignment_id)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('proposal_replies')
    .values({
      proposal_id: a.proposal_id,
      unit_id: a.unit_id,
      kind: 'reply',
      round: 1,
      result_class: r.kind === 'co_opinion' ? null : 'A',
      body: '经研究，我单位已将该建议纳入年度重点工作，正在组织实施。',
      file_id: null,
      signer: '办公室',
      status: 'submitted',
      sent_back_note: null,
      created_at: '2026-05-01T02:00:00.000Z',
      ...r,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

type Feedback = Partial<Insertable<ProposalFeedbackTable>> & { proposal_id: number; member_id: number };

export async function addFeedback(db: Db, f: Feedback): Promise<void> {
  await db
    .insertInto('proposal_feedback')
    .values({
      round: 1,
      contacted: 'visited',
      attitude: 'satisfied',
      result: 'satisfied',
      comments: null,
      created_at: '2026-07-01T02:00:00.000Z',
      ...f,
    })
    .execute();
}

type Commitment = Partial<Insertable<ProposalCommitmentsTable>> & { reply_id: number; due_date: string };

export async function addCommitment(db: Db, c: Commitment): Promise<void> {
  const r = await db
    .selectFrom('proposal_replies')
    .innerJoin('proposals as p', 'p.id', 'proposal_replies.proposal_id')
    .select(['proposal_replies.proposal_id', 'proposal_replies.unit_id', 'p.org_id'])
    .where('proposal_replies.id', '=', c.reply_id)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('proposal_commitments')
    .values({
      proposal_id: r.proposal_id,
      org_id: r.org_id,
      unit_id: r.unit_id,
      content: '年底前完成试点并总结推广',
      status: 'open',
      done_at: null,
      created_at: '2026-05-01T02:00:00.000Z',
      ...c,
    })
    .execute();
}

/** Moves a proposal along as the handling workflow would have (state, result class, dates). */
export async function setProposal(db: Db, id: number, set: Partial<Insertable<ProposalsTable>>): Promise<void> {
  await db.updateTable('proposals').set(set).where('id', '=', id).execute();
}

/** An accepted proposal taken through handling to "replied": one lead unit, its formal reply, the proposal updated. */
export async function replied(
  db: Db,
  proposalId: number,
  o: { unitId: number; by: number; resultClass?: 'A' | 'B' | 'C' | 'D'; body?: string; at?: string },
) {
  const at = o.at ?? '2026-05-01T02:00:00.000Z';
  const assignmentId = await addAssignment(db, {
    proposal_id: proposalId,
    unit_id: o.unitId,
    status: 'replied',
    replied_at: at,
  });
  const replyId = await addReply(db, {
    assignment_id: assignmentId,
    created_by: o.by,
    result_class: o.resultClass ?? 'A',
    created_at: at,
    ...(o.body && { body: o.body }),
  });
  await setProposal(db, proposalId, {
    state: 'replied',
    result_class: o.resultClass ?? 'A',
    assigned_at: '2026-03-10T02:00:00.000Z',
    reply_deadline: '2026-06-10',
    replied_at: at,
  });
  return { assignmentId, replyId };
}
