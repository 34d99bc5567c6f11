// The formal reply of a lead or split unit (its result class and commitments; the proposal
// is replied once every such unit has answered), and the office's answers to a reply: send
// it back as inadequate, or close the proposal without waiting for feedback.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate } from '../../../platform/clock.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { loadSettings } from '../settings/settings.repo.js';
import { nextState, type ResultClass } from '../core/lifecycle.model.js';
import { PROPOSAL_FILE_OWNER } from '../core/detail.repo.js';
import type { ProposalRow } from '../core/proposals.repo.js';
import { loadForStep, nowIso, tellOffice, tellProposers, tellUnits, today } from '../core/proposals.service.js';
import { proposalName } from '../core/proposals.texts.js';
import { LIVE_ASSIGNMENT, type HandlingDeps } from './handling.repo.js';
import type { ReplyInput } from './handling.schema.js';
import { loadForUnit } from './handling.service.js';

export function createReplyService(deps: HandlingDeps) {
  const { db, repo, handling, audit, files, clock, indexer } = deps;

  /** When every live lead/split assignment has replied: the proposal's class is the worst of this round's replies. */
  async function completedClass(trx: Db, p: ProposalRow): Promise<ResultClass | null> {
    const answering = (await handling.assignments(trx, p.id)).filter(
      (a) => a.role !== 'co' && LIVE_ASSIGNMENT.includes(a.status),
    );
    if (!answering.length || answering.some((a) => a.status !== 'replied')) return null;
    const replies = (await handling.replies(trx, p.id)).filter(
      (r) =>
        r.kind === 'reply' &&
        r.status === 'submitted' &&
        answering.some((a) => a.id === r.assignment_id && a.round === r.round),
    );
    return (
      replies
        .map((r) => r.result_class ?? 'D')
        .sort()
        .at(-1) ?? null
    );
  }

  return {
    async reply(actor: Actor, id: number, input: ReplyInput) {
      return inTransaction(db, async (trx) => {
        const { p, a } = await loadForUnit(deps, actor, id, 'reply', trx);
        const day = today(clock);
        const problems: { path: string; message: string }[] = [];
        if ((input.resultClass === 'B' || input.resultClass === 'C') && !input.commitments.length) {
          problems.push({ path: 'commitments', message: '“正在解决”和“列入计划解决”的答复须写明承诺事项和完成时限' });
        }
        input.commitments.forEach((c, i) => {
          if (c.dueDate < day) problems.push({ path: `commitments.${i}.dueDate`, message: '承诺完成时限不能早于今天' });
        });
        if (problems.length) throw invalid(problems);
        if (input.fileId) await files.attach(trx, actor, [input.fileId], PROPOSAL_FILE_OWNER, p.id);
        const now = nowIso(clock);
        const r = await handling.insertReply(trx, {
          proposal_id: p.id,
          assignment_id: a.id,
          unit_id: a.unit_id,
          kind: 'reply',
          round: a.round,
          result_class: input.resultClass,
          body: input.body,
          file_id: input.fileId ?? null,
          signer: input.signer,
          status: 'submitted',
          sent_back_note: null,
          created_by: actor.userId,
          created_at: now,
        });
        for (const c of input.commitments) {
          await handling.insertCommitment(trx, {
            proposal_id: p.id,
            org_id: p.org_id,
            reply_id: r.id,
            unit_id: a.unit_id,
            content: c.content,
            due_date: c.dueDate,
            status: 'open',
            done_at: null,
            created_at: now,
          });
        }
        await handling.updateAssignment(trx, a.id, { status: 'replied', replied_at: now });
        // A later deadline no longer matters once the reply is in: a request still waiting for the office lapses.
        const lapsed = await handling.lapsePendingExtensions(trx, p.id, a.unit_id, now);
        const resultClass = await completedClass(trx, p);
        const updated = resultClass
          ? await repo.update(trx, id, {
              state: nextState('allReplied', p.state),
              replied_at: now,
              result_class: resultClass,
              updated_at: now,
            })
          : await repo.update(trx, id, { updated_at: now });
        if (resultClass) await indexer.index(trx, updated);
        await audit.append(trx, actor, {
          action: 'proposal.reply',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: {
            replyId: r.id,
            unitId: a.unit_id,
            role: a.role,
            resultClass: input.resultClass,
            commitments: input.commitments.length,
            late: chinaDate(clock.now()) > a.reply_deadline,
            allReplied: !!resultClass,
            ...(lapsed.length > 0 && { lapsedExtensionIds: lapsed }),
          },
        });
        const labels = (await loadSettings(trx, p.org_id)).resultLabels;
        const unit = (await repo.units(trx, [a.unit_id]))[0];
        await tellOffice(deps, trx, updated, {
          kind: 'proposal.reply_received',
          title: '承办单位已答复',
          body: `${unit?.name ?? '承办单位'}已答复${proposalName(p)}（${input.resultClass}类：${labels[input.resultClass]}）。`,
        });
        if (resultClass) {
          await tellProposers(deps, trx, updated, {
            kind: 'proposal.reply_received',
            title: '提案已答复',
            body: `${proposalName(p)}已收到承办单位的答复（${labels[resultClass]}），请查看答复内容。`,
          });
          await tellProposers(deps, trx, updated, {
            kind: 'proposal.feedback_requested',
            title: '请评价提案办理情况',
            body: `请对${proposalName(p)}的办理态度和办理结果作出评价。`,
          });
        }
        return id;
      });
    },

    async sendBack(actor: Actor, id: number, input: { replyId: number; note: string }) {
      return inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'sendBackReply', trx);
        const to = nextState('sendBackReply', p.state);
        const r = await handling.reply(trx, input.replyId);
        if (!r || r.proposal_id !== p.id || r.kind !== 'reply') throw notFound();
        const a = await handling.assignment(trx, r.assignment_id);
        if (r.status !== 'submitted' || !a || a.status !== 'replied' || a.round !== r.round) {
          throw conflict('INVALID_STATE', undefined, { replyStatus: r.status, current: a?.round === r.round });
        }
        const now = nowIso(clock);
        await handling.sendBackReply(trx, r.id, input.note);
        await handling.updateAssignment(trx, a.id, { status: 'signed', replied_at: null });
        // What a sent-back reply promised is void with it: the new reply states its own commitments.
        for (const c of await handling.openCommitmentsOfReply(trx, r.id)) {
          await handling.updateCommitment(trx, c.id, { status: 'dropped' });
          await handling.insertCommitmentUpdate(trx, {
            commitment_id: c.id,
            note: '答复被退回，此项承诺随之作废',
            marks_done: 0,
            created_by: actor.userId,
            created_at: now,
          });
        }
        const updated = await repo.update(trx, id, {
          state: to,
          replied_at: null,
          result_class: null,
          updated_at: now,
        });
        await indexer.index(trx, updated);
        await audit.append(trx, actor, {
          action: 'proposal.reply_send_back',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { replyId: r.id, unitId: r.unit_id, note: input.note },
        });
        await tellUnits(deps, trx, updated, [r.unit_id], {
          kind: 'proposal.reply_sent_back',
          title: '答复被退回',
          body: `${proposalName(p)}的答复被政协机关退回，请修改后于 ${a.reply_deadline} 前重新答复：${input.note}`,
        });
        return id;
      });
    },

    async close(actor: Actor, id: number, input: { note?: string }) {
      return inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'close', trx);
        const to = nextState('close', p.state);
        const now = nowIso(clock);
        const updated = await repo.update(trx, id, { state: to, closed_at: now, updated_at: now });
        await audit.append(trx, actor, {
          action: 'proposal.close',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { note: input.note ?? null, withoutFeedback: true },
        });
        await tellProposers(deps, trx, updated, {
          kind: 'proposal.closed',
          title: '提案已办结',
          body: `${proposalName(p)}已办结。${input.note ?? ''}`,
        });
        return id;
      });
    },
  };
}

export type ReplyService = ReturnType<typeof createReplyService>;
