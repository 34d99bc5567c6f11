// Assignment (交办) by the office and the units' answer to it: sign for it (签收) or
// decline it with a reason. A lead or split unit's decline returns the proposal to the
// office for reassignment; a co unit's decline only takes that unit out. Also urging (催办).
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate } from '../../../platform/clock.js';
import { invalid, notFound } from '../../../platform/errors.js';
import { addMonths, addWorkingDays } from '../../../platform/workdays.js';
import { nextState, type ProposalState } from '../core/lifecycle.model.js';
import type { ProposalRow } from '../core/proposals.repo.js';
import { loadForStep, nowIso, tellOffice, tellUnits, today } from '../core/proposals.service.js';
import { proposalName } from '../core/proposals.texts.js';
import { requireOpenAssignment } from './handling.policy.js';
import { LIVE_ASSIGNMENT, type AssignmentRow, type HandlingDeps } from './handling.repo.js';
import type { AssignInput } from './handling.schema.js';
import { loadForUnit } from './handling.service.js';
import { ROLE_LABEL } from './handling.texts.js';
import { loadSettings } from '../settings/settings.repo.js';

/** Either one lead unit with optional co units, or split handling by two or more units each answering its part. */
function checkShape(units: AssignInput['units']): void {
  if (new Set(units.map((u) => u.unitId)).size !== units.length) throw invalid('units', '同一单位不能重复交办');
  const splits = units.filter((u) => u.role === 'split');
  if (splits.length) {
    if (splits.length !== units.length) throw invalid('units', '分办时每个单位都是分办单位，不另设主办、会办');
    if (splits.length < 2) throw invalid('units', '分办至少需要两个单位；只有一个单位时请设为主办');
    const i = units.findIndex((u) => !u.partNote);
    if (i >= 0) throw invalid(`units.${i}.partNote`, '请写明该单位负责答复的部分');
    return;
  }
  if (units.filter((u) => u.role === 'lead').length !== 1) throw invalid('units', '须指定且只能指定一个主办单位');
}

/** A unit the office may assign: one of the proposal's organisation, still active. */
export function assignable<U extends { org_id: number; active: number; name: string }>(
  unit: U | undefined,
  orgId: number,
  path: string,
): U {
  if (!unit || unit.org_id !== orgId) throw invalid(path, '承办单位不存在');
  if (unit.active !== 1) throw invalid(path, `${unit.name}已停用，不能交办`);
  return unit;
}

export function createAssignmentService(deps: HandlingDeps) {
  const { db, repo, handling, audit, clock } = deps;

  /**
   * Handling starts as soon as a unit that answers for the proposal (the lead, or any split
   * unit) has signed: co units give their opinion to the lead and never hold it back, and
   * each split unit answers its own part. Returns whether this signature started it.
   */
  async function afterSigning(trx: Db, p: ProposalRow): Promise<boolean> {
    const live = (await handling.assignments(trx, p.id)).filter((a) => LIVE_ASSIGNMENT.includes(a.status));
    const starts = p.state === 'assigned' && live.some((a) => a.role !== 'co' && a.status === 'signed');
    const state: ProposalState = starts ? nextState('startHandling', p.state) : p.state;
    await repo.update(trx, p.id, { state, updated_at: nowIso(clock) });
    return starts;
  }

  async function unitName(trx: Db, unitId: number): Promise<string> {
    return (await repo.units(trx, [unitId]))[0]?.name ?? '承办单位';
  }

  return {
    async assign(actor: Actor, id: number, input: AssignInput) {
      return inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'assign', trx);
        const to = nextState('assign', p.state);
        checkShape(input.units);
        const units = await repo.units(
          trx,
          input.units.map((u) => u.unitId),
        );
        for (const [i, u] of input.units.entries())
          assignable(
            units.find((x) => x.id === u.unitId),
            p.org_id,
            `units.${i}.unitId`,
          );
        const settings = await loadSettings(trx, p.org_id);
        const day = today(clock);
        const signDeadline = addWorkingDays(day, settings.signDays, settings.holidays);
        const replyDeadline = addMonths(day, settings.replyMonths);
        const now = nowIso(clock);
        for (const u of input.units) {
          await handling.insertPendingAssignment(trx, {
            proposal_id: p.id,
            org_id: p.org_id,
            unit_id: u.unitId,
            role: u.role,
            part_note: u.partNote ?? null,
            round: p.rehandle_count + 1,
            sign_deadline: signDeadline,
            reply_deadline: replyDeadline,
            created_at: now,
          });
        }
        const updated = await repo.update(trx, id, {
          state: to,
          assigned_at: now,
          reply_deadline: replyDeadline,
          updated_at: now,
        });
        await audit.append(trx, actor, {
          action: 'proposal.assign',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: {
            units: input.units.map((u) => ({ unitId: u.unitId, role: u.role })),
            signDeadline,
            replyDeadline,
            note: input.note ?? null,
          },
        });
        for (const u of input.units) {
          await tellUnits(deps, trx, updated, [u.unitId], {
            kind: 'proposal.assigned',
            title: '新交办提案',
            body:
              `${proposalName(updated)}交由贵单位${ROLE_LABEL[u.role]}${u.partNote ? `（负责：${u.partNote}）` : ''}，` +
              `请于 ${signDeadline} 前签收，${replyDeadline} 前答复。${input.note ? `交办意见：${input.note}` : ''}`,
          });
        }
        return id;
      });
    },

    async sign(actor: Actor, id: number) {
      return inTransaction(db, async (trx) => {
        const { p, a } = await loadForUnit(deps, actor, id, 'sign', trx);
        const now = nowIso(clock);
        await handling.updateAssignment(trx, a.id, { status: 'signed', signed_at: now });
        const handlingStarted = await afterSigning(trx, p);
        await audit.append(trx, actor, {
          action: 'proposal.sign',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: {
            unitId: a.unit_id,
            role: a.role,
            late: chinaDate(clock.now()) > a.sign_deadline,
            handlingStarted,
          },
        });
        return id;
      });
    },

    async decline(actor: Actor, id: number, input: { reason: string }) {
      return inTransaction(db, async (trx) => {
        const { p, a } = await loadForUnit(deps, actor, id, 'declineAssignment', trx);
        const now = nowIso(clock);
        await handling.updateAssignment(trx, a.id, {
          status: 'declined',
          declined_at: now,
          decline_reason: input.reason,
        });
        const name = await unitName(trx, a.unit_id);
        if (a.role === 'co') {
          await repo.update(trx, p.id, { updated_at: now });
          await audit.append(trx, actor, {
            action: 'proposal.assignment_decline',
            objectType: 'proposal',
            objectId: id,
            orgId: p.org_id,
            detail: { unitId: a.unit_id, role: a.role, reason: input.reason },
          });
          await tellOffice(deps, trx, p, {
            kind: 'proposal.assignment_declined',
            title: '会办单位退回交办',
            body: `${name}退回了${proposalName(p)}的会办：${input.reason}`,
          });
          return id;
        }
        const to = nextState('leadDeclined', p.state);
        const cancelled = await handling.cancelOpen(trx, p.id, a.id);
        const updated = await repo.update(trx, id, { state: to, reply_deadline: null, updated_at: now });
        await audit.append(trx, actor, {
          action: 'proposal.assignment_decline',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: {
            unitId: a.unit_id,
            role: a.role,
            reason: input.reason,
            reassign: true,
            cancelledUnitIds: cancelled,
          },
        });
        await tellOffice(deps, trx, updated, {
          kind: 'proposal.assignment_declined',
          title: '承办单位退回交办，请重新交办',
          body: `${name}退回了${proposalName(p)}（${ROLE_LABEL[a.role]}）：${input.reason}`,
        });
        await tellUnits(deps, trx, updated, cancelled, {
          kind: 'proposal.assignment_cancelled',
          title: '交办已撤回',
          body: `${proposalName(p)}的${ROLE_LABEL[a.role]}单位已退回交办，本次交办撤回，将由政协机关重新交办。`,
        });
        return id;
      });
    },

    async urge(actor: Actor, id: number, input: { assignmentId: number; note?: string }) {
      return inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'urge', trx);
        const a: AssignmentRow | undefined = await handling.assignment(trx, input.assignmentId);
        if (!a || a.proposal_id !== p.id) throw notFound();
        requireOpenAssignment(a);
        const now = nowIso(clock);
        await handling.updateAssignment(trx, a.id, { urge_count: a.urge_count + 1, last_urged_at: now });
        await handling.insertUrging(trx, {
          proposal_id: p.id,
          assignment_id: a.id,
          unit_id: a.unit_id,
          note: input.note ?? null,
          created_by: actor.userId,
          created_at: now,
        });
        await repo.update(trx, id, { updated_at: now });
        await audit.append(trx, actor, {
          action: 'proposal.urge',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { unitId: a.unit_id, assignmentId: a.id, count: a.urge_count + 1, note: input.note ?? null },
        });
        const what =
          a.status === 'pending_sign'
            ? `请尽快签收（签收期限 ${a.sign_deadline}）`
            : `请抓紧办理（答复期限 ${a.reply_deadline}）`;
        await tellUnits(deps, trx, p, [a.unit_id], {
          kind: 'proposal.urged',
          title: '提案催办',
          body: `${proposalName(p)}${what}。${input.note ?? ''}`,
        });
        return id;
      });
    },
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
