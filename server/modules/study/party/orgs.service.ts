// The party organisation chain of an organisation (党组 → 机关党委 → 党支部) kept as a tree,
// and its members (current roster members who are party members, each with a role). A branch
// hangs under the organ committee and the organ committee under the party group; a member is in
// one branch at most (a unique index holds it under concurrent writes too).
import type { z } from 'zod';
import type { PartyOrgKind } from '../../../db/tables/study-party.js';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { badRequest, conflict, isAppError, notFound } from '../../../platform/errors.js';
import { CPC, PARENT_KIND } from './party.model.js';
import { editsViewed, partyAccess } from './party.policy.js';
import type { PartyOrgRow } from './party.repo.js';
import type { PartyDeps, PartyShared } from './party.service.js';
import type * as S from './party.schema.js';

export function createOrgService(deps: PartyDeps, shared: PartyShared) {
  const { db, party } = deps;

  /** The parent a kind must have: none for the party group, else one of the kind above, of the same organisation. */
  async function checkParent(actor: Actor, kind: PartyOrgKind, parentId: number | null) {
    const wanted = PARENT_KIND[kind];
    if (wanted === null) {
      if (parentId !== null) throw badRequest('WRONG_PARENT', '党组是最高一级，不能设上级组织');
      return;
    }
    if (parentId === null) throw badRequest('PARENT_REQUIRED', '请选择上级党组织');
    const parent = await party.org(db, parentId);
    if (!parent || parent.org_id !== actor.orgId) throw badRequest('WRONG_PARENT', '上级党组织不存在');
    if (parent.kind !== wanted)
      throw badRequest('WRONG_PARENT', kind === 'branch' ? '党支部的上级应为机关党委' : '机关党委的上级应为党组');
  }

  /** A branch's rows carry the member in `branch_member_id`; a second branch is refused before the index would be. */
  async function checkBranch(trx: Db, org: PartyOrgRow, memberId: number, except?: number) {
    if (org.kind !== 'branch') return null;
    const other = await party.branchOf(trx, memberId);
    if (other && other.id !== except)
      throw conflict('IN_ANOTHER_BRANCH', '该党员已在其他党支部，一名党员只能编入一个党支部', { branch: other.name });
    return memberId;
  }

  return {
    async read(actor: Actor): Promise<z.infer<typeof S.partyOrgs>> {
      partyAccess.require(actor, 'readParty');
      const [orgs, memberships] = await Promise.all([
        party.orgs(db, actor.currentOrgId),
        party.memberships(db, actor.currentOrgId),
      ]);
      return {
        canEdit: editsViewed(actor),
        orgs: orgs.map((o) => ({
          id: o.id,
          kind: o.kind,
          name: o.name,
          parentId: o.parent_id,
          sortOrder: o.sort_order,
          members: memberships
            .filter((m) => m.party_org_id === o.id)
            .map((m) => ({
              id: m.id,
              role: m.role,
              member: { id: m.member_id, name: m.name, active: m.active === 1 },
            })),
        })),
      };
    },

    async create(actor: Actor, input: z.infer<typeof S.createOrgBody>) {
      partyAccess.require(actor, 'editParty');
      const parentId = input.parentId ?? null;
      await checkParent(actor, input.kind, parentId);
      const at = shared.now();
      const id = await inTransaction(db, async (trx) => {
        const { id } = await party.insertOrg(trx, {
          org_id: actor.orgId,
          kind: input.kind,
          name: input.name,
          parent_id: parentId,
          sort_order: input.sortOrder ?? 0,
          created_at: at,
          updated_at: at,
        });
        await shared.audit(trx, actor, 'party.org_create', 'party_org', id, { kind: input.kind, name: input.name });
        return id;
      });
      return { id };
    },

    async update(actor: Actor, id: number, input: z.infer<typeof S.updateOrgBody>) {
      partyAccess.require(actor, 'editParty');
      const org = shared.own(actor, await party.org(db, id));
      if (input.parentId !== undefined) await checkParent(actor, org.kind, input.parentId);
      await inTransaction(db, async (trx) => {
        await party.updateOrg(trx, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.parentId !== undefined && { parent_id: input.parentId }),
          ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
          updated_at: shared.now(),
        });
        await shared.audit(trx, actor, 'party.org_update', 'party_org', id, { ...input });
      });
      return { ok: true as const };
    },

    async remove(actor: Actor, id: number) {
      partyAccess.require(actor, 'editParty');
      const org = shared.own(actor, await party.org(db, id));
      if (await party.hasChildren(db, id))
        throw conflict('HAS_CHILDREN', '该党组织下还有下级组织，请先调整或删除下级组织');
      await inTransaction(db, async (trx) => {
        await party.deleteOrg(trx, id);
        await shared.audit(trx, actor, 'party.org_delete', 'party_org', id, { kind: org.kind, name: org.name });
      });
      return { ok: true as const };
    },

    async addMember(actor: Actor, partyOrgId: number, input: z.infer<typeof S.addMemberBody>) {
      partyAccess.require(actor, 'editParty');
      const org = shared.own(actor, await party.org(db, partyOrgId));
      const member = await shared.pick(actor.orgId, input.memberId);
      if (member.party !== CPC) throw badRequest('NOT_PARTY_MEMBER', '只有中共党员才能编入党组织');
      if (await party.membershipIn(db, partyOrgId, member.id))
        throw conflict('ALREADY_MEMBER', '该委员已是这个党组织的成员');
      const write = () =>
        inTransaction(db, async (trx) => {
          const branch = await checkBranch(trx, org, member.id);
          const { id } = await party.insertMembership(trx, {
            party_org_id: partyOrgId,
            org_id: actor.orgId,
            member_id: member.id,
            role: input.role,
            branch_member_id: branch,
            created_at: shared.now(),
          });
          await shared.audit(trx, actor, 'party.member_add', 'party_org', partyOrgId, {
            memberId: member.id,
            role: input.role,
          });
          return id;
        });
      // Two offices placing the same member at once: the unique index refuses the second, answered as the check would.
      const id = await write().catch(async (err: unknown) => {
        if (!isAppError(err) && org.kind === 'branch' && (await party.branchOf(db, member.id)))
          throw conflict('IN_ANOTHER_BRANCH', '该党员已在其他党支部，一名党员只能编入一个党支部');
        throw err;
      });
      return { id };
    },

    /** A new role, or a move to another party organisation of the organisation. */
    async updateMember(actor: Actor, id: number, input: z.infer<typeof S.updateMembershipBody>) {
      partyAccess.require(actor, 'editParty');
      const row = shared.own(actor, await party.membership(db, id));
      const target =
        input.partyOrgId === undefined || input.partyOrgId === row.party_org_id
          ? null
          : await party.org(db, input.partyOrgId);
      if (input.partyOrgId !== undefined && input.partyOrgId !== row.party_org_id && target?.org_id !== actor.orgId)
        throw notFound();
      if (target && (await party.membershipIn(db, target.id, row.member_id)))
        throw conflict('ALREADY_MEMBER', '该委员已是这个党组织的成员');
      await inTransaction(db, async (trx) => {
        const branch = target ? await checkBranch(trx, target, row.member_id, id) : undefined;
        const set = {
          ...(input.role !== undefined && { role: input.role }),
          ...(target && { party_org_id: target.id, branch_member_id: branch ?? null }),
        };
        // A "move" to the organisation it is already in sets no column: no UPDATE without one.
        if (Object.keys(set).length > 0) await party.updateMembership(trx, id, set);
        await shared.audit(trx, actor, 'party.member_update', 'party_org', target?.id ?? row.party_org_id, {
          memberId: row.member_id,
          ...input,
        });
      });
      return { ok: true as const };
    },

    async removeMember(actor: Actor, id: number) {
      partyAccess.require(actor, 'editParty');
      const row = shared.own(actor, await party.membership(db, id));
      await inTransaction(db, async (trx) => {
        await party.deleteMembership(trx, id);
        await shared.audit(trx, actor, 'party.member_remove', 'party_org', row.party_org_id, {
          memberId: row.member_id,
        });
      });
      return { ok: true as const };
    },
  };
}

export type OrgService = ReturnType<typeof createOrgService>;
