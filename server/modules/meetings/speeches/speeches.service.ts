// Speeches: an invitee hands in and revises his speech; the office reviews each one (oral,
// written exchange, back for revision, rejected) and orders the oral ones; the programme is
// read by whoever sees the meeting. Each write authorises through the rule table, runs in one
// transaction and appends one audit entry; the author hears of every review.
import type { z } from 'zod';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { badRequest, conflict, invalid, notFound } from '../../../platform/errors.js';
import type { MeetingRow } from '../core/meetings.repo.js';
import { loadForStep, type MeetingDeps } from '../core/meetings.service.js';
import { canSpeechStep, DECISIONS, needsReason, SPEECH_STEPS, type Decision } from './speeches.model.js';
import { speechAccess } from './speeches.policy.js';
import type { SpeechRepo, SpeechRow } from './speeches.repo.js';
import type * as S from './speeches.schema.js';
import { speechTexts } from './speeches.texts.js';

export interface SpeechDeps extends MeetingDeps {
  speeches: SpeechRepo;
}

const present = (r: SpeechRow) => ({
  id: r.id,
  meetingId: r.meeting_id,
  memberId: r.member_id,
  speaker: r.speaker,
  title: r.title,
  body: r.body,
  status: r.status,
  oralOrder: r.oral_order,
  reviewNote: r.review_note,
  reviewedAt: r.reviewed_at,
  submittedAt: r.submitted_at,
  updatedAt: r.updated_at,
});

const stateError = (step: keyof typeof SPEECH_STEPS, status: string) =>
  conflict('INVALID_STATE', step === 'revise' ? '发言已审核，不能再修改' : '该发言当前状态不能审核', {
    step,
    state: status,
    allowedFrom: SPEECH_STEPS[step],
  });

export function createSpeechService(deps: SpeechDeps) {
  const { db, audit, clock, notify, speeches } = deps;
  const now = () => clock.now().toISOString();

  /** A speech of the meeting (a speech of another meeting, or none, is missing). */
  async function speechOf(trx: Db, m: MeetingRow, speechId: number) {
    const s = await speeches.get(trx, speechId);
    if (!s || s.meeting_id !== m.id) throw notFound();
    return s;
  }

  /** Accepted speeches: the oral ones in their order, then the written exchange. */
  async function programme(actor: Actor, id: number, trx: Db) {
    const { m } = await loadForStep(deps, trx, actor, id, null);
    const rows = await speeches.programme(trx, m.id);
    const item = (r: (typeof rows)[number]) => ({
      id: r.id,
      speaker: r.speaker,
      sector: r.sector,
      title: r.title,
      mode: r.status as 'oral' | 'written',
      oralOrder: r.oral_order,
    });
    return {
      oral: rows.filter((r) => r.status === 'oral').map(item),
      written: rows.filter((r) => r.status === 'written').map(item),
    };
  }

  return {
    async submit(actor: Actor, id: number, input: z.infer<typeof S.speechBody>) {
      const { m } = await loadForStep(deps, db, actor, id, 'submitSpeech');
      const memberId = actor.memberId!;
      return inTransaction(db, async (trx) => {
        const mine = await speeches.ofMember(trx, m.id, memberId);
        if (mine)
          throw conflict('ALREADY_SUBMITTED', '您已为本次会议提交过发言，可在“我的发言”中修改', { speechId: mine.id });
        const at = now();
        const { id: speechId } = await speeches.insert(trx, {
          meeting_id: m.id,
          org_id: m.org_id,
          member_id: memberId,
          user_id: actor.userId,
          title: input.title,
          body: input.body,
          status: 'submitted',
          submitted_at: at,
          created_at: at,
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'meeting.speech_submit',
          objectType: 'meeting_speech',
          objectId: speechId,
          orgId: m.org_id,
          detail: { meetingId: m.id, title: input.title },
        });
        return present((await speeches.get(trx, speechId))!);
      });
    },

    /** The author's revision: a waiting or returned speech is handed in again. */
    async revise(actor: Actor, id: number, speechId: number, input: z.infer<typeof S.speechBody>) {
      const { m } = await loadForStep(deps, db, actor, id, 'reviseSpeech');
      return inTransaction(db, async (trx) => {
        const s = await speechOf(trx, m, speechId);
        if (s.member_id !== actor.memberId) throw notFound();
        if (!canSpeechStep('revise', s.status)) throw stateError('revise', s.status);
        const at = now();
        await speeches.update(trx, s.id, {
          title: input.title,
          body: input.body,
          status: 'submitted',
          submitted_at: at,
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'meeting.speech_revise',
          objectType: 'meeting_speech',
          objectId: s.id,
          orgId: m.org_id,
          detail: { meetingId: m.id, from: s.status },
        });
        return present((await speeches.get(trx, s.id))!);
      });
    },

    async review(actor: Actor, id: number, speechId: number, input: z.infer<typeof S.reviewBody>) {
      const { m } = await loadForStep(deps, db, actor, id, 'reviewSpeech');
      const d: Decision = input.decision;
      const note = input.note || null;
      if (needsReason(d) && !note) throw invalid('note', '退回或不予采用时请写明理由');
      return inTransaction(db, async (trx) => {
        const s = await speechOf(trx, m, speechId);
        if (!canSpeechStep('review', s.status)) throw stateError('review', s.status);
        const status = DECISIONS[d];
        const at = now();
        // An oral speech keeps its place; one newly made oral goes to the end of the programme.
        const oralOrder =
          status !== 'oral' ? null : s.status === 'oral' ? s.oral_order : await speeches.nextOralOrder(trx, m.id);
        await speeches.update(trx, s.id, {
          status,
          oral_order: oralOrder,
          review_note: note,
          reviewed_by: actor.userId,
          reviewed_at: at,
          updated_at: at,
        });
        await notify.send(trx, {
          orgId: m.org_id,
          userIds: [s.user_id],
          kind: 'meeting.speech_reviewed',
          ...speechTexts.reviewed(m.title, s.title, d, note),
          link: `/meetings/${m.id}`,
          objectType: 'meeting_speech',
          objectId: s.id,
        });
        await audit.append(trx, actor, {
          action: `meeting.speech_${d}`,
          objectType: 'meeting_speech',
          objectId: s.id,
          orgId: m.org_id,
          detail: { meetingId: m.id, from: s.status, to: status, note },
        });
        return present((await speeches.get(trx, s.id))!);
      });
    },

    /** The programme's new order: every oral speech of the meeting exactly once. */
    async order(actor: Actor, id: number, speechIds: readonly number[]) {
      const { m } = await loadForStep(deps, db, actor, id, 'orderProgramme');
      return inTransaction(db, async (trx) => {
        const oral = await speeches.oralIds(trx, m.id);
        const given = new Set(speechIds);
        if (given.size !== speechIds.length || given.size !== oral.length || oral.some((o) => !given.has(o)))
          throw badRequest('ORDER_MISMATCH', '请按顺序列出本次会议全部口头发言，每篇一次', [
            { path: 'speechIds', message: `应为 ${oral.length} 篇口头发言` },
          ]);
        const at = now();
        for (const [i, sid] of speechIds.entries())
          await speeches.update(trx, sid, { oral_order: i + 1, updated_at: at });
        await audit.append(trx, actor, {
          action: 'meeting.programme_order',
          objectType: 'meeting',
          objectId: m.id,
          orgId: m.org_id,
          detail: { speechIds },
        });
        return programme(actor, id, trx);
      });
    },

    async list(actor: Actor, id: number, status?: z.infer<typeof S.speechListQuery>['status']) {
      const { m } = await loadForStep(deps, db, actor, id, 'listSpeeches');
      return { items: (await speeches.list(db, m.id, status)).map(present) };
    },

    programme: (actor: Actor, id: number) => programme(actor, id, db),

    async mine(actor: Actor, meetingId?: number) {
      speechAccess.require(actor, 'mySpeeches');
      const rows = await speeches.mine(db, actor.memberId!, meetingId);
      return {
        items: rows.map((r) => ({
          ...present(r),
          meetingTitle: r.meeting_title,
          meetingStartsAt: r.meeting_starts_at,
          meetingEndsAt: r.meeting_ends_at,
        })),
      };
    },
  };
}

export type SpeechService = ReturnType<typeof createSpeechService>;
