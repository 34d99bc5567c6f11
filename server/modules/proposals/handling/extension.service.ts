// Extensions of the reply deadline: a lead or split unit applies with a new date and a
// reason; the office approves (the unit's and the proposal's deadline move) or refuses.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { loadForStep, nowIso, tellOffice, tellUnits } from '../core/proposals.service.js';
import { proposalName } from '../core/proposals.texts.js';
import { requireOpenAssignment } from './handling.policy.js';
import type { HandlingDeps } from './handling.repo.js';
import { loadForUnit } from './handling.service.js';

export function createExtensionService(deps: HandlingDeps) {
  const { db, repo, handling, audit, clock } = deps;

  return {
    async apply(actor: Actor, id: number, input: { requestedDeadline: string; reason: string }) {
      return inTransaction(db, async (trx) => {
        const { p, a } = await loadForUnit(deps, actor, id, 'applyExtension', trx);
        if (input.requestedDeadline <= a.reply_deadline) {
          throw invalid('requestedDeadline', `新的答复期限须晚于当前期限 ${a.reply_deadline}`);
        }
        if (await handling.pendingExtension(trx, a.id)) throw conflict('EXTENSION_PENDING');
        const now = nowIso(clock);
        const ext = await handling.insertExtension(trx, {
          proposal_id: p.id,
          assignment_id: a.id,
          unit_id: a.unit_id,
          requested_deadline: input.requestedDeadline,
          reason: input.reason,
          status: 'pending',
          decided_by: null,
          decided_at: null,
          decision_note: null,
          created_by: actor.userId,
          created_at: now,
        });
        // The proposal changed (its version moves): a page showing it reloads its handling and shows the request.
        await repo.update(trx, p.id, { updated_at: now });
        await audit.append(trx, actor, {
          action: 'proposal.extension_apply',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: {
            extensionId: ext.id,
            unitId: a.unit_id,
            from: a.reply_deadline,
            to: input.requestedDeadline,
            reason: input.reason,
          },
        });
        const unit = (await repo.units(trx, [a.unit_id]))[0];
        await tellOffice(deps, trx, p, {
          kind: 'proposal.extension_requested',
          title: '延期申请待审批',
          body: `${unit?.name ?? '承办单位'}申请将${proposalName(p)}的答复期限由 ${a.reply_deadline} 延至 ${input.requestedDeadline}：${input.reason}`,
        });
        return id;
      });
    },

    async decide(actor: Actor, id: number, extensionId: number, input: { approve: boolean; note?: string }) {
      return inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'decideExtension', trx);
        const ext = await handling.extension(trx, extensionId);
        if (!ext || ext.proposal_id !== p.id) throw notFound();
        if (ext.status !== 'pending') throw conflict('INVALID_STATE', undefined, { extensionStatus: ext.status });
        if (!input.approve && !input.note) {
          throw invalid('note', '不同意延期时请写明理由');
        }
        const a = await handling.assignment(trx, ext.assignment_id);
        if (!a) throw notFound();
        requireOpenAssignment(a);
        const now = nowIso(clock);
        await handling.decideExtension(trx, ext.id, {
          status: input.approve ? 'approved' : 'refused',
          decided_by: actor.userId,
          decided_at: now,
          decision_note: input.note ?? null,
        });
        if (input.approve) {
          await handling.updateAssignment(trx, a.id, { reply_deadline: ext.requested_deadline });
          // Co units answer to the lead unit: its extra time is theirs too.
          if (a.role === 'lead') await handling.moveOpenCoDeadlines(trx, p.id, ext.requested_deadline);
          await repo.update(trx, id, {
            reply_deadline: await handling.latestReplyDeadline(trx, p.id),
            updated_at: now,
          });
        } else {
          await repo.update(trx, id, { updated_at: now });
        }
        await audit.append(trx, actor, {
          action: input.approve ? 'proposal.extension_approve' : 'proposal.extension_refuse',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { extensionId: ext.id, unitId: ext.unit_id, to: ext.requested_deadline, note: input.note ?? null },
        });
        await tellUnits(
          deps,
          trx,
          p,
          [ext.unit_id],
          input.approve
            ? {
                kind: 'proposal.extension_decided',
                title: '延期申请已批准',
                body: `${proposalName(p)}的答复期限已延至 ${ext.requested_deadline}。${input.note ?? ''}`,
              }
            : {
                kind: 'proposal.extension_decided',
                title: '延期申请未获批准',
                body: `${proposalName(p)}仍须在 ${a.reply_deadline} 前答复：${input.note}`,
              },
        );
        return id;
      });
    },
  };
}

export type ExtensionService = ReturnType<typeof createExtensionService>;
