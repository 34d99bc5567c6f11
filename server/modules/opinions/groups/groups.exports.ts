// The groups' Excel, read by whoever reads the groups and recorded in the audit trail like
// every export.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate } from '../../../platform/clock.js';
import { groupsAccess } from './groups.policy.js';
import { groupsSheet } from './groups-sheet.js';
import type { GroupsDeps, GroupsService } from './groups.service.js';
import type { GroupOut } from './groups.schema.js';

/** Groups read a page at a time for the export (every member of each). */
const PAGE = 200;

export function createGroupsExports(deps: GroupsDeps, groups: GroupsService) {
  const { db, audit, clock, groupsRepo: repo } = deps;
  return {
    async sheet(actor: Actor, q: { campaignId?: number; orgId?: number }) {
      groupsAccess.require(actor, 'exportGroups');
      const scope = await groups.scopeOf(actor, q);
      const all: GroupOut[] = [];
      for (let page = 1; ; page++) {
        const list = await groups.list(actor, { ...q, page, pageSize: PAGE, minSize: 2 });
        for (const g of list.items) all.push(g.size > g.members.length ? await groups.detail(actor, g.id) : g);
        if (list.items.length < PAGE) break;
      }
      const orgName = await repo.orgName(db, scope.orgId);
      const campaign = scope.campaignId === null ? null : await repo.campaignOrg(db, scope.campaignId);
      const today = chinaDate(clock.now());
      const title = `${orgName}${campaign ? `${campaign.title}` : ''}相似意见分组（截至${today}）`;
      const data = await groupsSheet(title, all);
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'opinion.groups_export',
          objectType: scope.campaignId === null ? 'organisation' : 'opinion_campaign',
          objectId: scope.campaignId ?? scope.orgId,
          orgId: scope.orgId,
          detail: { groups: all.length, opinions: all.reduce((s, g) => s + g.size, 0) },
        }),
      );
      return { filename: `相似意见分组-${today}.xlsx`, data };
    },
  };
}

export type GroupsExports = ReturnType<typeof createGroupsExports>;
