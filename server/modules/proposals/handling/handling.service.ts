// Handling by the units once they have signed: contacts with the proposer and co units'
// opinions to the lead unit. The formal reply and the office's answers to it are in
// reply.service.ts.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { invalid, notFound } from '../../../platform/errors.js';
import type { ProposalStep } from '../proposals.policy.js';
import type { Relation } from '../core/proposals.policy.js';
import type { ProposalRow } from '../core/proposals.repo.js';
import { loadForStep, nowIso, tellUnits, today } from '../core/proposals.service.js';
import { proposalName } from '../core/proposals.texts.js';
import { LIVE_ASSIGNMENT, type AssignmentRow, type HandlingDeps } from './handling.repo.js';
import type { CONTACT_WAYS } from './handling.texts.js';

/** A unit's step: the proposal, authorised for the step, and the unit's assignment of it. */
export async function loadForUnit(
  deps: HandlingDeps,
  actor: Actor,
  id: number,
  step: ProposalStep,
  trx: Db,
): Promise<{ p: ProposalRow; rel: Relation; a: AssignmentRow }> {
  const { p, rel } = await loadForStep(deps, actor, id, step, trx);
  // The rule holds the unit to an assignment, read in this transaction.
  const a = await deps.handling.assignment(trx, rel.unitAssignment!.id);
  if (!a) throw notFound();
  return { p, rel, a };
}

export function createHandlingService(deps: HandlingDeps) {
  const { db, repo, handling, audit, clock } = deps;

  return {
    async contact(
      actor: Actor,
      id: number,
      input: { contactedOn: string; way: keyof typeof CONTACT_WAYS; notes: string },
    ) {
      return inTransaction(db, async (trx) => {
        const { p, a } = await loadForUnit(deps, actor, id, 'contact', trx);
        if (input.contactedOn > today(clock)) {
          throw invalid('contactedOn', '联系日期不能晚于今天');
        }
        const now = nowIso(clock);
        await handling.insertContact(trx, {
          proposal_id: p.id,
          unit_id: a.unit_id,
          contacted_on: input.contactedOn,
          way: input.way,
          notes: input.notes,
          created_by: actor.userId,
          created_at: now,
        });
        await repo.update(trx, id, { updated_at: now });
        await audit.append(trx, actor, {
          action: 'proposal.contact',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { unitId: a.unit_id, way: input.way, contactedOn: input.contactedOn },
        });
        return id;
      });
    },

    async coOpinion(actor: Actor, id: number, input: { body: string }) {
      return inTransaction(db, async (trx) => {
        const { p, a } = await loadForUnit(deps, actor, id, 'coOpinion', trx);
        const now = nowIso(clock);
        await handling.insertReply(trx, {
          proposal_id: p.id,
          assignment_id: a.id,
          unit_id: a.unit_id,
          kind: 'co_opinion',
          round: a.round,
          result_class: null,
          body: input.body,
          file_id: null,
          signer: null,
          status: 'submitted',
          sent_back_note: null,
          created_by: actor.userId,
          created_at: now,
        });
        await handling.updateAssignment(trx, a.id, { status: 'replied', replied_at: now });
        await repo.update(trx, id, { updated_at: now });
        await audit.append(trx, actor, {
          action: 'proposal.co_opinion',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { unitId: a.unit_id },
        });
        const leads = (await handling.assignments(trx, p.id)).filter(
          (x) => x.role === 'lead' && LIVE_ASSIGNMENT.includes(x.status),
        );
        const unit = (await repo.units(trx, [a.unit_id]))[0];
        await tellUnits(
          deps,
          trx,
          p,
          leads.map((x) => x.unit_id),
          {
            kind: 'proposal.co_opinion',
            title: '会办意见已送达',
            body: `${unit?.name ?? '会办单位'}就${proposalName(p)}提出了会办意见，请在答复时统筹考虑。`,
          },
        );
        return id;
      });
    },
  };
}

export type HandlingService = ReturnType<typeof createHandlingService>;
