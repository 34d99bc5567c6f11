// The office's answer to a co unit (会办单位) that does not sign for a proposal by its
// deadline, or does not work on it: put another unit in its place. The old assignment is
// cancelled (the unit loses the proposal), the new unit gets a fresh sign-for deadline and
// the lead unit's reply deadline; both units are told and the change is audited.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate } from '../../../platform/clock.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { addWorkingDays } from '../../../platform/workdays.js';
import { loadForStep, nowIso, tellUnits, today } from '../core/proposals.service.js';
import { proposalName } from '../core/proposals.texts.js';
import { loadSettings } from '../settings/settings.repo.js';
import { assignable } from './assignment.service.js';
import { LIVE_ASSIGNMENT, type HandlingDeps } from './handling.repo.js';
import type { ReplaceCoUnitInput } from './handling.schema.js';

export function createCoUnitsService(deps: HandlingDeps) {
  const { db, repo, handling, audit, clock } = deps;

  return {
    async replace(actor: Actor, id: number, input: ReplaceCoUnitInput) {
      return inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'replaceCoUnit', trx);
        const all = await handling.assignments(trx, p.id);
        const old = all.find((a) => a.id === input.assignmentId);
        if (!old) throw notFound();
        if (old.role !== 'co')
          throw invalid('assignmentId', '只能更换会办单位；主办或分办单位退回后由政协机关重新交办');
        // A co unit that has given its opinion has done its part: nothing left to hand over.
        if (old.status !== 'pending_sign' && old.status !== 'signed') {
          throw conflict('INVALID_STATE', undefined, {
            assignmentStatus: old.status,
            allowedFrom: ['pending_sign', 'signed'],
          });
        }
        const unit = assignable((await repo.units(trx, [input.unitId]))[0], p.org_id, 'unitId');
        if (all.some((a) => a.unit_id === unit.id && LIVE_ASSIGNMENT.includes(a.status))) {
          throw invalid('unitId', `${unit.name}已承办此提案`);
        }
        const settings = await loadSettings(trx, p.org_id);
        const day = today(clock);
        const signDeadline = addWorkingDays(day, settings.signDays, settings.holidays);
        const now = nowIso(clock);
        await handling.updateAssignment(trx, old.id, { status: 'cancelled' });
        const fresh = await handling.insertPendingAssignment(trx, {
          proposal_id: p.id,
          org_id: p.org_id,
          unit_id: unit.id,
          role: 'co',
          part_note: null,
          round: old.round,
          sign_deadline: signDeadline,
          // A co unit follows the lead unit's deadline.
          reply_deadline: old.reply_deadline,
          created_at: now,
        });
        await repo.update(trx, p.id, { updated_at: now });
        await audit.append(trx, actor, {
          action: 'proposal.co_unit_replace',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: {
            assignmentId: old.id,
            newAssignmentId: fresh.id,
            fromUnitId: old.unit_id,
            toUnitId: unit.id,
            fromStatus: old.status,
            signOverdue: old.status === 'pending_sign' && old.sign_deadline < chinaDate(clock.now()),
            reason: input.reason,
          },
        });
        await tellUnits(deps, trx, p, [old.unit_id], {
          kind: 'proposal.assignment_cancelled',
          title: '会办交办已撤回',
          body: `政协机关已将${proposalName(p)}的会办改由${unit.name}承担：${input.reason}`,
        });
        await tellUnits(deps, trx, p, [unit.id], {
          kind: 'proposal.assigned',
          title: '新交办提案',
          body: `${proposalName(p)}交由贵单位会办，请于 ${signDeadline} 前签收，并在 ${old.reply_deadline} 前向主办单位提出会办意见。`,
        });
        return id;
      });
    },
  };
}

export type CoUnitsService = ReturnType<typeof createCoUnitsService>;
