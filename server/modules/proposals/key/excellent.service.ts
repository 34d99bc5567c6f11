// Excellent proposals (优秀提案): at the end of a year the office selects replied or closed
// proposals as the year's excellent ones, and may take a selection back.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate } from '../../../platform/clock.js';
import { loadForStep, nowIso, tellProposers, type ProposalDeps } from '../core/proposals.service.js';
import { proposalName } from '../core/proposals.texts.js';

export function createExcellentService(deps: ProposalDeps) {
  const { db, repo, audit, clock } = deps;

  return {
    /** The year defaults to the year the reply came in (or this year). */
    async select(actor: Actor, id: number, input: { year?: number }) {
      return inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'markExcellent', trx);
        const year = input.year ?? Number(chinaDate(p.replied_at ? new Date(p.replied_at) : clock.now()).slice(0, 4));
        const updated = await repo.update(trx, id, {
          is_excellent: 1,
          excellent_year: year,
          updated_at: nowIso(clock),
        });
        await audit.append(trx, actor, {
          action: 'proposal.excellent_select',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { year },
        });
        await tellProposers(deps, trx, updated, {
          kind: 'proposal.excellent',
          title: '提案评为优秀提案',
          body: `您的提案${proposalName(updated)}被评为${year}年度优秀提案。`,
        });
        return id;
      });
    },

    async unselect(actor: Actor, id: number) {
      return inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'unmarkExcellent', trx);
        await repo.update(trx, id, { is_excellent: 0, excellent_year: null, updated_at: nowIso(clock) });
        await audit.append(trx, actor, {
          action: 'proposal.excellent_unselect',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { year: p.excellent_year },
        });
        return id;
      });
    },
  };
}

export type ExcellentService = ReturnType<typeof createExcellentService>;
