// Where opinions go: a new one placed into the groups of its organisation and campaign (called
// by intake inside its transaction), and a scope regrouped from scratch in arrival order with
// the office's corrections kept (an opinion taken out stays alone; one the office placed stays
// in its group, which then survives). Both read the groups from the caller's transaction.
import type { Db } from '../../../db/tx.js';
import type { Clock } from '../../../platform/clock.js';
import { MEMBERS_COMPARED, type GroupView, type OpinionGrouper } from '../../../platform/search/opinion-grouping.js';
import type { GrouperStore } from './grouper-store.js';
import type { GroupsRepo, MemberRow, Scope } from './groups.repo.js';

/** The representative is chosen among a group's first members (a medoid is quadratic in them). */
const REPRESENTATIVE_POOL = 60;

export interface PlacementDeps {
  clock: Clock;
  groupsRepo: GroupsRepo;
  store: GrouperStore;
}

export function createPlacement(deps: PlacementDeps) {
  const { clock, groupsRepo: repo, store } = deps;
  const now = () => clock.now().toISOString();

  /** Size and representative of a group after a change; a group left with one member is dissolved. */
  async function refresh(trx: Db, grouper: OpinionGrouper, groupId: number): Promise<void> {
    // The first members' ids and a count, not every member's row: a group of a big campaign
    // holds thousands, and each placement into it refreshes it.
    const first = await repo.firstMembers(trx, groupId, REPRESENTATIVE_POOL);
    if (first.length < 2) {
      await repo.setGroup(trx, first, null);
      await repo.deleteGroups(trx, [groupId]);
      return;
    }
    const size = first.length < REPRESENTATIVE_POOL ? first.length : await repo.memberCount(trx, groupId);
    const representative = grouper.representative(first);
    await repo.updateGroup(trx, groupId, { size, representative_id: representative, at: now() });
  }

  /** Places a new opinion (inserted in `trx`); an opinion already grouped or corrected is left as it is. */
  async function place(trx: Db, opinionId: number): Promise<void> {
    const op = await repo.opinion(trx, opinionId);
    if (!op || op.group_id !== null || op.group_fixed !== null) return;
    const scope: Scope = { orgId: op.org_id, campaignId: op.campaign_id };
    const { grouper, shard } = await store.ready(trx, scope);
    // Added again from its row: on SQLite a rolled-back opinion's id may be given to this one.
    grouper.add(op.id, shard, op);
    const hits = grouper.candidates(op.id);
    if (!hits.length) return;
    const columns = new Map(
      (
        await repo.groupColumns(
          trx,
          hits.map((h) => h.id),
        )
      ).map((c) => [c.id, c]),
    );
    const groupIds = [...new Set([...columns.values()].map((c) => c.group_id).filter((g): g is number => g !== null))];
    // Only the members compared are read (the oldest), not the whole of each candidate group.
    const members = new Map<number, number[]>();
    for (const g of groupIds) members.set(g, await repo.firstMembers(trx, g, MEMBERS_COMPARED));
    const view: GroupView = {
      groupOf: (id) => columns.get(id)?.group_id ?? null,
      membersOf: (g) => members.get(g) ?? [],
      // A candidate no longer in the table (rolled back, deleted) or kept alone by the office.
      barred: (id) => id !== op.id && (!columns.has(id) || columns.get(id)!.group_fixed === 'alone'),
    };
    const placed = grouper.place(op.id, view, undefined, hits);
    if (placed.group !== null) {
      await repo.setGroup(trx, [op.id], placed.group);
      await refresh(trx, grouper, placed.group);
    } else if (placed.pairWith !== null) {
      const groupId = await repo.insertGroup(trx, {
        org_id: op.org_id,
        campaign_id: op.campaign_id,
        size: 2,
        at: now(),
      });
      if (!(await repo.claimAlone(trx, placed.pairWith, groupId))) {
        // Grouped meanwhile by another placement: join that group instead.
        await repo.deleteGroups(trx, [groupId]);
        const other = (await repo.groupColumns(trx, [placed.pairWith]))[0]?.group_id;
        if (other === undefined || other === null) return;
        await repo.setGroup(trx, [op.id], other);
        await refresh(trx, grouper, other);
        return;
      }
      await repo.setGroup(trx, [op.id], groupId);
      await refresh(trx, grouper, groupId);
    }
  }

  /**
   * Regroups a scope from scratch in arrival order. Opinions the office placed keep their group
   * (the group stays, and others may join it); opinions it took out stay alone; the rest are
   * placed again. Returns how many groups and grouped opinions there are after.
   */
  async function regroup(trx: Db, scope: Scope): Promise<{ groups: number; grouped: number; opinions: number }> {
    const { grouper } = await store.reload(trx, scope);
    const rows = await repo.scopeOpinions(trx, scope);
    const pinned = rows.filter((r) => r.group_fixed === 'placed' && r.group_id !== null);
    const groupOf = new Map<number, number>();
    const members = new Map<number, number[]>();
    for (const r of pinned) {
      groupOf.set(r.id, r.group_id!);
      members.set(r.group_id!, [...(members.get(r.group_id!) ?? []), r.id]);
    }
    const pinnedIds = new Set(pinned.map((r) => r.id));
    const done = new Set(pinnedIds);
    const alone = new Set(rows.filter((r) => r.group_fixed === 'alone').map((r) => r.id));
    const view: GroupView = {
      groupOf: (id) => groupOf.get(id) ?? null,
      membersOf: (g) => members.get(g) ?? [],
      barred: (id) => alone.has(id),
    };
    // New groups get negative keys until they are stored.
    let next = -1;
    for (const r of rows) {
      if (done.has(r.id)) continue;
      const placed = grouper.place(r.id, view, (other) => done.has(other));
      done.add(r.id);
      if (placed.group !== null) {
        groupOf.set(r.id, placed.group);
        members.get(placed.group)!.push(r.id);
      } else if (placed.pairWith !== null) {
        const key = next--;
        groupOf.set(placed.pairWith, key).set(r.id, key);
        members.set(key, [placed.pairWith, r.id]);
      }
    }
    // Store: the old groups without a pinned member go, the new ones are inserted.
    const kept = new Set(pinned.map((r) => r.group_id!));
    const old = [...new Set(rows.map((r) => r.group_id).filter((g): g is number => g !== null && !kept.has(g)))];
    await repo.setGroup(
      trx,
      rows.filter((r) => !(r.group_fixed === 'placed' && r.group_id !== null) && r.group_id !== null).map((r) => r.id),
      null,
    );
    await repo.deleteGroups(trx, old);
    const at = now();
    let grouped = 0,
      groups = 0;
    for (const [key, ids] of members) {
      let id = key;
      if (key < 0)
        id = await repo.insertGroup(trx, { org_id: scope.orgId, campaign_id: scope.campaignId, size: ids.length, at });
      await repo.setGroup(
        trx,
        ids.filter((m) => !pinnedIds.has(m)),
        id,
      );
      if (ids.length < 2) {
        await refresh(trx, grouper, id);
        continue;
      }
      const representative = grouper.representative(ids.slice(0, REPRESENTATIVE_POOL));
      await repo.updateGroup(trx, id, { size: ids.length, representative_id: representative, at });
      grouped += ids.length;
      groups++;
    }
    return { groups, grouped, opinions: rows.length };
  }

  return { place, regroup, refresh, ready: store.ready };
}

export type Placement = ReturnType<typeof createPlacement>;
export type { MemberRow };
