// Live questions: a member asks, the office moderates (approve, reject with a reason, correct
// a typo, fold a near-duplicate into another, put one on the screen, record a leader's answer).
// Each write authorises through the rule table, runs in one transaction, counts the board's
// revision up (the screen's ETag) and appends one audit entry.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { QuestionStatus } from '../../../db/tables/meetings.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import type { MeetingRow } from '../core/meetings.repo.js';
import { loadForStep, type MeetingDeps } from '../core/meetings.service.js';
import { canQuestionStep, QUESTION_STEPS, type QuestionStep } from './questions.model.js';
import { questionAccess } from './questions.policy.js';
import type { BoardRow, QuestionRepo, QuestionRow } from './questions.repo.js';
import type * as S from './questions.schema.js';

export interface QuestionDeps extends MeetingDeps {
  questions: QuestionRepo;
}

export const presentQuestion = (r: QuestionRow) => ({
  id: r.id,
  meetingId: r.meeting_id,
  source: r.source,
  memberId: r.member_id,
  asker: r.asker,
  anonymous: r.anonymous === 1,
  addressedTo: r.addressed_to,
  body: r.body,
  originalBody: r.original_body,
  status: r.status,
  rejectReason: r.reject_reason,
  mergedInto: r.merged_into,
  answeredBy: r.answered_by,
  answer: r.answer,
  answeredAt: r.answered_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const presentBoard = (b: BoardRow | undefined) => ({
  publicEnabled: b?.public_enabled === 1,
  publicToken: b?.public_token ?? null,
  screenToken: b?.screen_token ?? null,
  currentQuestionId: b?.current_question_id ?? null,
  revision: b?.revision ?? 0,
});

export const newToken = () => randomBytes(24).toString('base64url');

/** The meeting's board, made on first use with a fresh challenge key and no links yet. */
export async function boardOf(repo: QuestionRepo, trx: Db, m: MeetingRow, at: string): Promise<BoardRow> {
  await repo.ensureBoard(trx, {
    meeting_id: m.id,
    org_id: m.org_id,
    challenge_secret: randomBytes(32).toString('base64url'),
    updated_at: at,
  });
  return (await repo.board(trx, m.id))!;
}

const stateError = (step: QuestionStep, status: QuestionStatus) =>
  conflict('INVALID_STATE', '该提问当前状态不能进行此操作', { step, state: status, allowedFrom: QUESTION_STEPS[step] });

export function createQuestionService(deps: QuestionDeps) {
  const { db, audit, clock, questions } = deps;
  const now = () => clock.now().toISOString();

  /** A question of the meeting (one of another meeting, or none, is missing). */
  async function questionOf(trx: Db, m: MeetingRow, questionId: number) {
    const q = await questions.get(trx, questionId);
    if (!q || q.meeting_id !== m.id) throw notFound();
    return q;
  }

  /** One moderation step on one question: rule, state, change, revision, audit. */
  async function moderate(
    actor: Actor,
    id: number,
    questionId: number,
    step: QuestionStep,
    action: AuditAction,
    change: (trx: Db, q: QuestionRow, m: MeetingRow, at: string) => Promise<Record<string, unknown>>,
  ) {
    const { m } = await loadForStep(deps, db, actor, id, 'moderateQuestions');
    return inTransaction(db, async (trx) => {
      const q = await questionOf(trx, m, questionId);
      if (!canQuestionStep(step, q.status)) throw stateError(step, q.status);
      const at = now();
      await boardOf(questions, trx, m, at);
      const detail = await change(trx, q, m, at);
      await questions.bump(trx, m.id, at);
      await audit.append(trx, actor, {
        action,
        objectType: 'meeting_question',
        objectId: q.id,
        orgId: m.org_id,
        detail: { meetingId: m.id, from: q.status, ...detail },
      });
      return presentQuestion((await questions.get(trx, q.id))!);
    });
  }

  const moderated = (actor: Actor, at: string) => ({ moderated_by: actor.userId, moderated_at: at, updated_at: at });

  return {
    async ask(actor: Actor, id: number, input: z.infer<typeof S.askBody>) {
      const { m } = await loadForStep(deps, db, actor, id, 'askQuestion');
      return inTransaction(db, async (trx) => {
        const at = now();
        await boardOf(questions, trx, m, at);
        const { id: questionId } = await questions.insert(trx, {
          meeting_id: m.id,
          org_id: m.org_id,
          source: 'member',
          member_id: actor.memberId,
          user_id: actor.userId,
          anonymous: input.anonymous ? 1 : 0,
          addressed_to: input.addressedTo || null,
          body: input.body,
          status: 'pending',
          created_at: at,
          updated_at: at,
        });
        await questions.bump(trx, m.id, at);
        await audit.append(trx, actor, {
          action: 'meeting.question_ask',
          objectType: 'meeting_question',
          objectId: questionId,
          orgId: m.org_id,
          detail: { meetingId: m.id },
        });
        return presentQuestion((await questions.get(trx, questionId))!);
      });
    },

    async mine(actor: Actor, meetingId?: number) {
      questionAccess.require(actor, 'myQuestions');
      const rows = await questions.mine(db, actor.memberId!, meetingId);
      return {
        items: rows.map((r) => ({
          ...presentQuestion(r),
          meetingTitle: r.meeting_title,
          meetingStartsAt: r.meeting_starts_at,
        })),
      };
    },

    async list(actor: Actor, id: number, status?: QuestionStatus) {
      const { m } = await loadForStep(deps, db, actor, id, 'listQuestions');
      const [items, b] = await Promise.all([questions.list(db, m.id, status), questions.board(db, m.id)]);
      return { items: items.map(presentQuestion), board: presentBoard(b) };
    },

    approve: (actor: Actor, id: number, qid: number) =>
      moderate(actor, id, qid, 'approve', 'meeting.question_approve', async (trx, q, _m, at) => {
        await questions.update(trx, q.id, { status: 'approved', reject_reason: null, ...moderated(actor, at) });
        return { to: 'approved' };
      }),

    reject: (actor: Actor, id: number, qid: number, reason: string) =>
      moderate(actor, id, qid, 'reject', 'meeting.question_reject', async (trx, q, m, at) => {
        await questions.update(trx, q.id, { status: 'rejected', reject_reason: reason, ...moderated(actor, at) });
        await clearIfCurrent(trx, m.id, q.id);
        return { to: 'rejected', reason };
      }),

    /** A typo corrected: the text as asked is kept the first time. */
    edit: (actor: Actor, id: number, qid: number, input: z.infer<typeof S.editBody>) =>
      moderate(actor, id, qid, 'edit', 'meeting.question_edit', async (trx, q, _m, at) => {
        await questions.update(trx, q.id, {
          body: input.body,
          addressed_to: input.addressedTo === undefined ? q.addressed_to : input.addressedTo || null,
          original_body: q.original_body ?? q.body,
          ...moderated(actor, at),
        });
        return { before: q.body, after: input.body };
      }),

    /** A near-duplicate folded into another question of the meeting; the other stays as it was. */
    merge: (actor: Actor, id: number, qid: number, intoId: number) =>
      moderate(actor, id, qid, 'merge', 'meeting.question_merge', async (trx, q, m, at) => {
        if (intoId === q.id)
          throw badRequest('MERGE_SELF', '不能合并到自身', [{ path: 'intoId', message: '请选择另一条提问' }]);
        const into = await questionOf(trx, m, intoId);
        if (!canQuestionStep('mergeInto', into.status)) throw stateError('mergeInto', into.status);
        await questions.update(trx, q.id, { status: 'merged', merged_into: into.id, ...moderated(actor, at) });
        await clearIfCurrent(trx, m.id, q.id);
        return { to: 'merged', intoId: into.id };
      }),

    answer: (actor: Actor, id: number, qid: number, input: z.infer<typeof S.answerBody>) =>
      moderate(actor, id, qid, 'answer', 'meeting.question_answer', async (trx, q, _m, at) => {
        await questions.update(trx, q.id, {
          status: 'answered',
          answered_by: input.answeredBy,
          answer: input.answer,
          answered_at: q.answered_at ?? at,
          ...moderated(actor, at),
        });
        return { to: 'answered', answeredBy: input.answeredBy };
      }),

    /** The question on screen now (or none). */
    async show(actor: Actor, id: number, questionId: number | null) {
      const { m } = await loadForStep(deps, db, actor, id, 'moderateQuestions');
      return inTransaction(db, async (trx) => {
        const at = now();
        if (questionId !== null) {
          const q = await questionOf(trx, m, questionId);
          if (!canQuestionStep('show', q.status)) throw stateError('show', q.status);
        }
        await boardOf(questions, trx, m, at);
        await questions.updateBoard(trx, m.id, { current_question_id: questionId });
        await questions.bump(trx, m.id, at);
        await audit.append(trx, actor, {
          action: 'meeting.question_show',
          objectType: 'meeting',
          objectId: m.id,
          orgId: m.org_id,
          detail: { questionId },
        });
        return presentBoard(await questions.board(trx, m.id));
      });
    },
  };

  async function clearIfCurrent(trx: Db, meetingId: number, questionId: number) {
    const b = await questions.board(trx, meetingId);
    if (b?.current_question_id === questionId)
      await questions.updateBoard(trx, meetingId, { current_question_id: null });
  }
}

export type QuestionService = ReturnType<typeof createQuestionService>;
