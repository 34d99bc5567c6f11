// Excellent proposals (优秀提案): at the end of a year the office selects replied or closed
// proposals as the year's excellent ones, and may take a selection back.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate } from '../../../platform/clock.js';
import {
  loadVisible,
  nowIso,
  proposalLink,
  proposalName,
  proposerUserIds,
  type ProposalDeps,
} from '../core/proposals.service.js';
import { authorizeStep } from './key.policy.js';

export function createExcellentService(deps: ProposalDeps) {
  const { db, repo, audit, notify, clock } = deps;

  return {
    /** The year defaults to the year the reply came in (or this year). */
    async select(actor: Actor, id: number, input: { year?: number }) {
      return inTransaction(db, async (trx) => {
        const { p, rel } = await loadVisible(deps, actor, id, trx);
        authorizeStep('markExcellent', actor, p, rel);
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
        await notify.send(trx, {
          orgId: p.org_id,
          userIds: await proposerUserIds(deps, trx, updated),
          kind: 'proposal.excellent',
          title: '提案评为优秀提案',
          body: `您的提案${proposalName(updated)}被评为${year}年度优秀提案。`,
          link: proposalLink(id),
          objectType: 'proposal',
          objectId: id,
        });
        return id;
      });
    },

    async unselect(actor: Actor, id: number) {
      return inTransaction(db, async (trx) => {
        const { p, rel } = await loadVisible(deps, actor, id, trx);
        authorizeStep('unmarkExcellent', actor, p, rel);
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
