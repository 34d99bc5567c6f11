// What follows an adopted report: forwarding it to leaders and departments (报送), the leaders'
// instructions on it (批示) and what was done about them (落实情况). The office records each;
// the authors are told.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { notFound } from '../../../platform/errors.js';
import type { ReportLevel } from '../../../db/tables/sqmy-reports.js';
import { reportRules } from './reports.policy.js';
import type { ReportsDeps, ReportSteps } from './reports.service.js';
import { reportTexts } from './reports.texts.js';

export function createFollowService(deps: ReportsDeps, steps: ReportSteps) {
  const { db, audit, reports } = deps;
  const { load, tellAuthors, now } = steps;

  return {
    async forward(actor: Actor, id: number, input: { level: ReportLevel; recipient: string; forwardedOn: string }) {
      return inTransaction(db, async (trx) => {
        const { r, rel } = await load(trx, actor, id);
        reportRules.authorize(actor, 'forwardReport', r, rel);
        const forwardId = await reports.insertForward(trx, {
          report_id: id,
          level: input.level,
          recipient: input.recipient,
          forwarded_on: input.forwardedOn,
          created_by: actor.userId,
          created_at: now(),
        });
        await audit.append(trx, actor, {
          action: 'opinions.report_forward',
          objectType: 'sqmy_report',
          objectId: id,
          orgId: r.org_id,
          detail: { level: input.level, recipient: input.recipient },
        });
        await tellAuthors(
          trx,
          r,
          reportTexts.forwarded(r.title, input.level, input.recipient),
          'opinions.report_forwarded',
        );
        return { id: forwardId };
      });
    },

    async instruct(
      actor: Actor,
      id: number,
      input: { leader: string; level: ReportLevel; instructedOn: string; text: string },
    ) {
      return inTransaction(db, async (trx) => {
        const { r, rel } = await load(trx, actor, id);
        reportRules.authorize(actor, 'recordInstruction', r, rel);
        const at = now();
        const instructionId = await reports.insertInstruction(trx, {
          report_id: id,
          leader: input.leader,
          level: input.level,
          instructed_on: input.instructedOn,
          text: input.text,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'opinions.report_instruction',
          objectType: 'sqmy_report',
          objectId: id,
          orgId: r.org_id,
          detail: { leader: input.leader, level: input.level },
        });
        await tellAuthors(trx, r, reportTexts.instructed(r.title, input.leader), 'opinions.report_instructed');
        return { id: instructionId };
      });
    },

    async followUp(actor: Actor, id: number, instructionId: number, followUp: string) {
      return inTransaction(db, async (trx) => {
        const { r, rel } = await load(trx, actor, id);
        const x = await reports.instructionById(trx, instructionId);
        if (!x || x.report_id !== id) throw notFound('INSTRUCTION_NOT_FOUND', '批示记录不存在');
        reportRules.authorize(actor, 'recordFollowUp', r, rel);
        const at = now();
        await reports.updateInstruction(trx, instructionId, { follow_up: followUp, follow_up_at: at, updated_at: at });
        await audit.append(trx, actor, {
          action: 'opinions.report_follow_up',
          objectType: 'sqmy_report',
          objectId: id,
          orgId: r.org_id,
          detail: { instructionId },
        });
        await tellAuthors(trx, r, reportTexts.followedUp(r.title), 'opinions.report_followed_up');
        return { id: instructionId, followUpAt: at };
      });
    },
  };
}

export type FollowService = ReturnType<typeof createFollowService>;
