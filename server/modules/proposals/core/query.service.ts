// Reading proposals: one proposal with what the viewer may do next, and the list each
// kind of viewer is entitled to (the office and leaders: their organisation's; members:
// their own; handling units: those assigned to them).
import { can, type Actor } from '../../../platform/access/actor.js';
import { notFound } from '../../../platform/errors.js';
import type { Written } from './drafting.service.js';
import type { ListRepo, ListScope } from './list.repo.js';
import { today, type ProposalDeps } from './proposals.service.js';
import { canView, coreAccess, relationFrom, unitSideOf } from './proposals.policy.js';
import { ReadCache } from '../../../platform/read-cache.js';
import { DETAIL_TABLES, loadDetailParts, type DetailParts } from './detail.repo.js';
import { composeDetail, isOverdue } from './proposals.present.js';
import type { ProposalRow } from './proposals.repo.js';
import type { ListItem, ListQuery } from './proposals.schema.js';

export function createQueryService(deps: ProposalDeps & { listRepo: ListRepo }) {
  const { db, clock, listRepo } = deps;
  // A proposal is read far more often than it changes; what every viewer sees alike is kept
  // while none of its tables has been written (about 3 KB each).
  const details = new ReadCache<number, { p: ProposalRow; parts: DetailParts } | null>(
    deps.changes,
    DETAIL_TABLES,
    5000,
  );

  function scopeOf(actor: Actor, mine: boolean | undefined): ListScope {
    coreAccess.require(actor, 'list');
    if (can(actor, 'proposals.manage') || can(actor, 'proposals.read_all')) {
      if (mine && actor.memberId)
        return { kind: 'proposer', memberId: actor.memberId, userId: actor.userId, orgId: actor.orgId };
      return { kind: 'org', orgId: actor.currentOrgId, authorUserId: mine ? actor.userId : undefined };
    }
    if (can(actor, 'proposals.draft'))
      return { kind: 'proposer', memberId: actor.memberId, userId: actor.userId, orgId: actor.orgId };
    // What is left of the list ability: a handling unit's user.
    return { kind: 'unit', unitId: actor.unitId!, orgId: actor.orgId };
  }

  return {
    /** One proposal as this viewer sees it, or "not found" if he may not see it. */
    async get(actor: Actor, id: number) {
      const found = await details.get(id, async () => {
        const p = await deps.repo.get(db, id);
        return p ? { p, parts: await loadDetailParts(deps, p) } : null;
      });
      if (!found) throw notFound();
      const { p, parts } = found;
      const unit = await unitSideOf(db, deps.repo, actor, p);
      const rel = relationFrom(
        actor,
        p,
        parts.proposers.find((x) => x.member_id === actor.memberId),
        unit.assignment,
        unit.replyWaits,
      );
      if (!canView(actor, p, rel)) throw notFound();
      return composeDetail(actor, p, rel, parts, today(clock));
    },

    /** A proposal just created (and perhaps submitted) by the viewer, from what was written: nothing is read back. */
    async presentWritten(actor: Actor, w: Written) {
      const rel = relationFrom(
        actor,
        w.p,
        w.proposers.find((x) => x.member_id === actor.memberId),
        undefined,
      );
      const parts = await loadDetailParts(deps, w.p, { proposers: w.proposers, fresh: { attachments: w.attachments } });
      return composeDetail(actor, w.p, rel, parts, today(clock));
    },

    async list(actor: Actor, query: ListQuery) {
      const day = today(clock);
      const { rows, total } = await listRepo.list(db, scopeOf(actor, query.mine), query, day);
      const items: ListItem[] = rows.map((r) => ({
        id: r.id,
        orgId: r.org_id,
        numberLabel: r.number_label,
        title: r.title,
        kind: r.kind,
        state: r.state,
        category: r.category,
        leadName: r.lead_name ?? r.collective_name,
        submittedAt: r.submitted_at,
        updatedAt: r.updated_at,
        isKey: r.is_key === 1,
        isExcellent: r.is_excellent === 1,
        resultClass: r.result_class,
        replyDeadline: r.reply_deadline,
        overdue: isOverdue(r, day),
      }));
      return { items, total, page: query.page, pageSize: query.pageSize };
    },
  };
}

export type QueryService = ReturnType<typeof createQueryService>;
