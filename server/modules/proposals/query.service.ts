// Reading proposals: one proposal with what the viewer may do next, and the list each
// kind of viewer is entitled to (the office and leaders: their organisation's; members:
// their own; handling units: those assigned to them).
import { can, type Actor } from '../../platform/access/actor.js';
import { forbidden } from '../../platform/errors.js';
import type { ListRepo, ListScope } from './list.repo.js';
import { loadVisible, today, type ProposalDeps } from './proposals.deps.js';
import { isOverdue, presentDetail } from './proposals.present.js';
import type { ListItem, ListQuery } from './proposals.schema.js';

export function createQueryService(deps: ProposalDeps & { listRepo: ListRepo }) {
  const { db, clock, listRepo } = deps;

  function scopeOf(actor: Actor, mine: boolean | undefined): ListScope {
    if (can(actor, 'proposals.manage') || can(actor, 'proposals.read_all')) {
      if (mine && actor.memberId) return { kind: 'proposer', memberId: actor.memberId, userId: actor.userId };
      return { kind: 'org', orgId: actor.currentOrgId, authorUserId: mine ? actor.userId : undefined };
    }
    if (can(actor, 'proposals.draft')) return { kind: 'proposer', memberId: actor.memberId, userId: actor.userId };
    if (can(actor, 'proposals.handle') && actor.unitId) return { kind: 'unit', unitId: actor.unitId };
    throw forbidden();
  }

  return {
    async get(actor: Actor, id: number) {
      const { p, rel } = await loadVisible(deps, actor, id);
      return presentDetail(deps, actor, p, rel);
    },

    async list(actor: Actor, query: ListQuery) {
      const day = today(clock);
      const { rows, total } = await listRepo.list(db, scopeOf(actor, query.mine), query, day);
      const items: ListItem[] = rows.map((r) => ({
        id: r.id, orgId: r.org_id, numberLabel: r.number_label, title: r.title, kind: r.kind, state: r.state, category: r.category,
        leadName: r.lead_name ?? r.collective_name, submittedAt: r.submitted_at, updatedAt: r.updated_at, isKey: r.is_key === 1,
        isExcellent: r.is_excellent === 1, resultClass: r.result_class, replyDeadline: r.reply_deadline,
        overdue: isOverdue(r, day),
      }));
      return { items, total, page: query.page, pageSize: query.pageSize };
    },
  };
}

export type QueryService = ReturnType<typeof createQueryService>;
