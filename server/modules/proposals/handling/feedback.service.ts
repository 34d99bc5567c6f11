// The proposer's feedback on a reply (one per handling round): was he contacted, how
// satisfied with the unit's attitude and with the result. Satisfied or basically satisfied
// closes the proposal; unsatisfied sends it back to the units until the re-handling limit.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { addMonths } from '../../../platform/workdays.js';
import { RATING_LABELS } from './handling.texts.js';
import { loadForStep, nowIso, tellUnits, today } from '../core/proposals.service.js';
import { proposalName } from '../core/proposals.texts.js';
import { LIVE_ASSIGNMENT, type HandlingDeps } from './handling.repo.js';
import type { RateInput } from './handling.schema.js';
import { loadSettings } from '../settings/settings.repo.js';
import { nextState } from '../core/lifecycle.model.js';

/** Re-handling gives the units one more month to answer again. */
const REHANDLE_MONTHS = 1;

export function createFeedbackService(deps: HandlingDeps) {
  const { db, repo, handling, audit, clock } = deps;

  return {
    async rate(actor: Actor, id: number, input: RateInput) {
      return inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'rate', trx);
        // The rule holds a collective proposal, which names no member, to the feedback of a member himself.
        const memberId = (p.lead_member_id ?? actor.memberId)!;
        const round = p.rehandle_count + 1;
        const now = nowIso(clock);
        await handling.insertFeedback(trx, {
          proposal_id: p.id,
          round,
          member_id: memberId,
          contacted: input.contacted,
          attitude: input.attitude,
          result: input.result,
          comments: input.comments ?? null,
          created_at: now,
        });
        const settings = await loadSettings(trx, p.org_id);
        const unsatisfied = input.attitude === 'unsatisfied' || input.result === 'unsatisfied';
        const rehandle = unsatisfied && p.rehandle_count < settings.rehandleLimit;
        const answering = (await handling.assignments(trx, p.id)).filter(
          (a) => a.role !== 'co' && LIVE_ASSIGNMENT.includes(a.status),
        );
        const rated = `办理态度${RATING_LABELS[input.attitude]}，办理结果${RATING_LABELS[input.result]}`;
        if (rehandle) {
          const deadline = addMonths(today(clock), REHANDLE_MONTHS);
          for (const a of answering) {
            await handling.updateAssignment(trx, a.id, {
              status: 'signed',
              round: a.round + 1,
              reply_deadline: deadline,
              replied_at: null,
            });
          }
          await handling.moveOpenCoDeadlines(trx, p.id, deadline);
          await repo.update(trx, id, {
            state: nextState('rateAndRehandle', p.state),
            rehandle_count: p.rehandle_count + 1,
            reply_deadline: deadline,
            updated_at: now,
          });
          await audit.append(trx, actor, {
            action: 'proposal.rate',
            objectType: 'proposal',
            objectId: id,
            orgId: p.org_id,
            detail: {
              round,
              contacted: input.contacted,
              attitude: input.attitude,
              result: input.result,
              outcome: 'rehandle',
              replyDeadline: deadline,
            },
          });
          await tellUnits(
            deps,
            trx,
            p,
            answering.map((a) => a.unit_id),
            {
              kind: 'proposal.rehandle',
              title: '提案需重新办理',
              body: `提案人对${proposalName(p)}的办理不满意（${rated}），请重新办理并于 ${deadline} 前重新答复。${input.comments ? `提案人意见：${input.comments}` : ''}`,
            },
          );
          return id;
        }
        await repo.update(trx, id, { state: nextState('rateAndClose', p.state), closed_at: now, updated_at: now });
        await audit.append(trx, actor, {
          action: 'proposal.rate',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: {
            round,
            contacted: input.contacted,
            attitude: input.attitude,
            result: input.result,
            outcome: 'closed',
          },
        });
        await tellUnits(
          deps,
          trx,
          p,
          answering.map((a) => a.unit_id),
          {
            kind: 'proposal.rated',
            title: '提案人已评价',
            body: `提案人对${proposalName(p)}的评价：${rated}。${input.comments ?? ''}`,
          },
        );
        return id;
      });
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
