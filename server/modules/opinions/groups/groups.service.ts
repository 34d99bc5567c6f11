// The office's and leaders' view of the groups (list, one group), the office's corrections
// (an opinion out of its group or into another, two groups merged) and the regroup of a
// campaign. Each write authorises through the rules, runs in one transaction with the
// placement's reads, and appends one audit entry.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import { groupRules, groupsAccess, isOpinionOffice, readsOpinions } from './groups.policy.js';
import type { GroupRow, GroupsRepo, MemberRow, Scope } from './groups.repo.js';
import type * as S from './groups.schema.js';
import type { Placement } from './placement.service.js';

export interface GroupsDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  groupsRepo: GroupsRepo;
  placement: Placement;
}

/** In a list, a group shows this many of its members (its detail shows them all). */
const LISTED_MEMBERS = 20;

export const presentMember = (m: MemberRow): S.MemberOut => ({
  id: m.id,
  title: m.title,
  body: m.body,
  channel: m.channel as S.MemberOut['channel'],
  status: m.status as S.MemberOut['status'],
  createdAt: m.created_at,
  fixed: m.group_fixed,
});

export function createGroupsService(deps: GroupsDeps) {
  const { db, clock, audit, groupsRepo: repo, placement } = deps;

  /** The scope asked for: a campaign's (its organiser's by default) or an organisation's outside campaigns. */
  async function scopeOf(actor: Actor, q: { campaignId?: number; orgId?: number }): Promise<Scope> {
    const orgId = q.orgId ?? actor.currentOrgId;
    if (q.campaignId !== undefined) {
      const c = await repo.campaignOrg(db, q.campaignId);
      if (!c) throw notFound('CAMPAIGN_NOT_FOUND', '活动不存在');
      const scope = { orgId: q.orgId ?? c.org_id, campaignId: c.id };
      if (!readsOpinions(actor, scope.orgId)) throw forbidden();
      return scope;
    }
    if (!readsOpinions(actor, orgId)) throw forbidden();
    return { orgId, campaignId: null };
  }

  function present(actor: Actor, g: GroupRow, members: MemberRow[], limit = Infinity): S.GroupOut {
    const rep = members.find((m) => m.id === g.representative_id) ?? members[0] ?? null;
    return {
      id: g.id,
      orgId: g.org_id,
      campaignId: g.campaign_id,
      size: g.size,
      representative: rep && presentMember(rep),
      members: members.slice(0, limit).map(presentMember),
      updatedAt: g.updated_at,
      allowedActions: groupRules.allowed(actor, g, undefined),
    };
  }

  async function loadGroup(trx: Db, actor: Actor, id: number): Promise<GroupRow> {
    const g = await repo.group(trx, id);
    if (!g || !readsOpinions(actor, g.org_id)) throw notFound('GROUP_NOT_FOUND', '分组不存在');
    return g;
  }

  const log = (
    trx: Db,
    actor: Actor,
    action: Parameters<AuditLog['append']>[2]['action'],
    g: { id: number; org_id: number },
    detail: Record<string, unknown>,
  ) => audit.append(trx, actor, { action, objectType: 'opinion_group', objectId: g.id, orgId: g.org_id, detail });

  return {
    scopeOf,

    async list(actor: Actor, q: S.ListQueryIn): Promise<S.GroupList> {
      groupsAccess.require(actor, 'readGroups');
      const scope = await scopeOf(actor, q);
      const { total, rows } = await repo.groups(db, scope, {
        offset: (q.page - 1) * q.pageSize,
        limit: q.pageSize,
        minSize: q.minSize,
      });
      const members = await repo.members(
        db,
        rows.map((r) => r.id),
      );
      const byGroup = new Map<number, MemberRow[]>();
      for (const m of members) byGroup.set(m.group_id!, [...(byGroup.get(m.group_id!) ?? []), m]);
      return {
        orgId: scope.orgId,
        orgName: await repo.orgName(db, scope.orgId),
        campaignId: scope.campaignId,
        total,
        grouped: await repo.groupedCount(db, scope),
        alone: await repo.aloneCount(db, scope),
        canManage: isOpinionOffice(actor, scope.orgId),
        campaigns: await repo.campaignsOf(db, scope.orgId),
        items: rows.map((g) => present(actor, g, byGroup.get(g.id) ?? [], LISTED_MEMBERS)),
      };
    },

    async detail(actor: Actor, id: number): Promise<S.GroupOut> {
      groupsAccess.require(actor, 'readGroups');
      const g = await loadGroup(db, actor, id);
      return present(actor, g, await repo.members(db, [g.id]));
    },

    /**
     * Takes an opinion out of its group (groupId null: it stays alone, a regroup too leaves it
     * alone) or puts it into another group of its campaign and organisation.
     */
    async move(actor: Actor, opinionId: number, groupId: number | null) {
      groupsAccess.require(actor, 'moveOpinion');
      return inTransaction(db, async (trx) => {
        const op = await repo.opinion(trx, opinionId);
        if (!op || !readsOpinions(actor, op.org_id)) throw notFound('OPINION_NOT_FOUND', '意见不存在');
        if (!isOpinionOffice(actor, op.org_id)) throw forbidden();
        const { grouper } = await placement.ready(trx, { orgId: op.org_id, campaignId: op.campaign_id });
        let target: GroupRow | null = null;
        if (groupId !== null) {
          target = (await repo.group(trx, groupId)) ?? null;
          if (!target || target.org_id !== op.org_id || target.campaign_id !== op.campaign_id)
            throw invalid('groupId', '分组不存在或不属于同一活动');
          if (op.group_id === groupId) throw conflict('ALREADY_IN_GROUP', '该意见已在此分组中');
        }
        // An opinion put into a group confirms the group: its members are kept together by a
        // regroup, as after a merge (else the regroup could place them elsewhere and leave it alone).
        const confirmed = groupId === null ? [] : (await repo.members(trx, [groupId])).map((m) => m.id);
        await repo.setGroup(trx, [op.id, ...confirmed], groupId, groupId === null ? 'alone' : 'placed');
        for (const g of [op.group_id, groupId]) if (g !== null) await placement.refresh(trx, grouper, g);
        await log(
          trx,
          actor,
          'opinion.group_move',
          { id: groupId ?? op.group_id ?? 0, org_id: op.org_id },
          {
            opinionId: op.id,
            from: op.group_id,
            to: groupId,
          },
        );
        return { ok: true as const };
      });
    },

    /** Merges group `otherId` into `id`: every member is then placed there by the office. */
    async merge(actor: Actor, id: number, otherId: number) {
      return inTransaction(db, async (trx) => {
        const g = await loadGroup(trx, actor, id);
        groupRules.authorize(actor, 'mergeGroups', g, undefined);
        if (otherId === id) throw invalid('groupId', '不能与自身合并');
        const other = await repo.group(trx, otherId);
        if (!other || other.org_id !== g.org_id || other.campaign_id !== g.campaign_id)
          throw invalid('groupId', '分组不存在或不属于同一活动');
        const moved = await repo.members(trx, [other.id]);
        const kept = await repo.members(trx, [g.id]);
        await repo.setGroup(
          trx,
          [...moved, ...kept].map((m) => m.id),
          g.id,
          'placed',
        );
        await repo.deleteGroups(trx, [other.id]);
        const { grouper } = await placement.ready(trx, { orgId: g.org_id, campaignId: g.campaign_id });
        await placement.refresh(trx, grouper, g.id);
        await log(trx, actor, 'opinion.group_merge', g, { merged: other.id, opinions: moved.length });
        return { ok: true as const };
      });
    },

    async regroup(actor: Actor, q: { campaignId?: number; orgId?: number }): Promise<S.Regrouped> {
      groupsAccess.require(actor, 'regroupOpinions');
      const scope = await scopeOf(actor, q);
      if (!isOpinionOffice(actor, scope.orgId)) throw forbidden();
      return inTransaction(db, async (trx) => {
        const r = await placement.regroup(trx, scope);
        await audit.append(trx, actor, {
          action: 'opinion.groups_regroup',
          objectType: scope.campaignId === null ? 'organisation' : 'opinion_campaign',
          objectId: scope.campaignId ?? scope.orgId,
          orgId: scope.orgId,
          detail: { ...r, at: clock.now().toISOString() },
        });
        return r;
      });
    },
  };
}

export type GroupsService = ReturnType<typeof createGroupsService>;
