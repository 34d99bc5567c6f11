// Following up what the replies promised (重答复轻落实 is what users complain of): the
// unit reports progress on each commitment until it is done; the office may drop one with
// a reason; overdue open commitments are listed for the office and for the unit.
import { inTransaction } from '../../../db/tx.js';
import { can, type Actor } from '../../../platform/access/actor.js';
import { notFound } from '../../../platform/errors.js';
import { daysBetween } from '../../../platform/workdays.js';
import {
  loadVisible,
  nowIso,
  officeUserIds,
  proposerUserIds,
  tell,
  tellUnits,
  today,
} from '../core/proposals.service.js';
import { proposalName } from '../core/proposals.texts.js';
import { commitmentRules, handlingAccess } from './handling.policy.js';
import type { CommitmentRow, HandlingDeps } from './handling.repo.js';
import type { CommitmentsQuery } from './handling.schema.js';
import type { ListsRepo } from './worklists.repo.js';

export function createCommitmentsService(deps: HandlingDeps & { lists: ListsRepo }) {
  const { db, repo, handling, audit, clock, lists } = deps;

  /** The commitment and its proposal, which the actor must be able to see, with the step authorised. */
  async function load(actor: Actor, id: number, step: 'progress' | 'drop', trx = db) {
    const c: CommitmentRow | undefined = await handling.commitment(trx, id);
    if (!c) throw notFound();
    const { p, rel } = await loadVisible(deps, actor, c.proposal_id, trx);
    commitmentRules.authorize(actor, step, { p, c }, rel);
    return { c, p };
  }

  return {
    async progress(actor: Actor, id: number, input: { note: string; done: boolean }) {
      return inTransaction(db, async (trx) => {
        const { c, p } = await load(actor, id, 'progress', trx);
        const now = nowIso(clock);
        await handling.insertCommitmentUpdate(trx, {
          commitment_id: c.id,
          note: input.note,
          marks_done: input.done ? 1 : 0,
          created_by: actor.userId,
          created_at: now,
        });
        if (input.done) await handling.updateCommitment(trx, c.id, { status: 'done', done_at: now });
        await audit.append(trx, actor, {
          action: input.done ? 'proposal.commitment_done' : 'proposal.commitment_progress',
          objectType: 'proposal',
          objectId: p.id,
          orgId: p.org_id,
          detail: { commitmentId: c.id, unitId: c.unit_id, content: c.content, note: input.note },
        });
        if (input.done) {
          const unit = (await repo.units(trx, [c.unit_id]))[0];
          const m = {
            kind: 'proposal.commitment_done',
            title: '承诺事项已落实',
            body: `${unit?.name ?? '承办单位'}在${proposalName(p)}答复中承诺的“${c.content}”已落实：${input.note}`,
          };
          await tell(
            deps,
            trx,
            p,
            [...(await proposerUserIds(deps, trx, p)), ...(await officeUserIds(deps, trx, p.org_id))],
            m,
          );
        }
        return c.proposal_id;
      });
    },

    async drop(actor: Actor, id: number, input: { reason: string }) {
      return inTransaction(db, async (trx) => {
        const { c, p } = await load(actor, id, 'drop', trx);
        const now = nowIso(clock);
        await handling.updateCommitment(trx, c.id, { status: 'dropped' });
        await handling.insertCommitmentUpdate(trx, {
          commitment_id: c.id,
          note: input.reason,
          marks_done: 0,
          created_by: actor.userId,
          created_at: now,
        });
        await audit.append(trx, actor, {
          action: 'proposal.commitment_drop',
          objectType: 'proposal',
          objectId: p.id,
          orgId: p.org_id,
          detail: { commitmentId: c.id, unitId: c.unit_id, content: c.content, reason: input.reason },
        });
        await tellUnits(deps, trx, p, [c.unit_id], {
          kind: 'proposal.commitment_dropped',
          title: '承诺事项不再跟踪',
          body: `${proposalName(p)}的承诺事项“${c.content}”不再跟踪：${input.reason}`,
        });
        return c.proposal_id;
      });
    },

    /** The office sees its organisation's commitments (the one being viewed); a unit its own. */
    async list(actor: Actor, query: CommitmentsQuery) {
      handlingAccess.require(actor, 'listCommitments');
      const reader = can(actor, 'proposals.manage') || can(actor, 'proposals.read_all');
      const scope = reader ? { orgId: actor.currentOrgId } : { unitId: actor.unitId! };
      const day = today(clock);
      const { rows, total } = await lists.commitments(db, scope, query, day);
      return {
        items: rows.map((r) => {
          const overdue = r.status === 'open' && r.due_date < day;
          return {
            id: r.id,
            proposalId: r.proposal_id,
            numberLabel: r.number_label,
            title: r.title,
            unitId: r.unit_id,
            unitName: r.unit_name,
            content: r.content,
            dueDate: r.due_date,
            status: r.status,
            doneAt: r.done_at,
            overdue,
            daysOverdue: overdue ? daysBetween(r.due_date, day) : 0,
            lastUpdateAt: (r.last_update_at as string | null) ?? null,
          };
        }),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  };
}

export type CommitmentsService = ReturnType<typeof createCommitmentsService>;
