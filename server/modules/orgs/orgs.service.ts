// The organisation tree: creating counties, names and settings, sharing with the parent,
// the TOTP requirement, deactivation. Reference data is in refdata.service.ts; both are
// offered to other modules as one OrgService.
import type { z } from 'zod';
import { inTransaction, type Db } from '../../db/tx.js';
import type { Actor } from '../../platform/access/actor.js';
import type { OrgNode, OrgTree } from '../../platform/access/org-tree.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Clock } from '../../platform/clock.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { registerMessages } from '../../platform/messages.js';
import { present } from './orgs.present.js';
import { orgPolicy, type OrgRelation } from './orgs.policy.js';
import type { OrgRepo, OrgRow } from './orgs.repo.js';
import type * as S from './orgs.schema.js';
import { createRefDataService } from './refdata.service.js';

export { chineseNumber, present } from './orgs.present.js';

registerMessages({
  ORG_LEVEL_INVALID: {
    'zh-CN': '该组织之下不能建立这一级组织',
    'en-US': 'That level of organisation cannot be created here',
  },
  ORG_INACTIVE: { 'zh-CN': '该组织已停用', 'en-US': 'That organisation is deactivated' },
  ORG_HAS_ACTIVE_CHILDREN: { 'zh-CN': '请先停用其下级组织', 'en-US': 'Deactivate its sub-organisations first' },
  ORG_SHARE_OWN: {
    'zh-CN': '是否向上级共享由本组织自行设置',
    'en-US': 'Only the organisation itself decides whether to share with its parent',
  },
});

const LEVEL_LABEL = { province: '省级', city: '市级', county: '县级' } as const;
const CHILD_LEVEL = { province: 'city', city: 'county', county: null } as const;

export function createOrgService(deps: { db: Db; repo: OrgRepo; audit: AuditLog; clock: Clock; orgTree: OrgTree }) {
  const { db, repo, audit, clock, orgTree } = deps;
  const now = () => clock.now().toISOString();

  /** Home, a descendant through the tree (shared or not), or unrelated. */
  async function relationOf(actor: Actor, orgId: number): Promise<OrgRelation> {
    if (orgId === actor.orgId) return 'home';
    for (
      let node: OrgNode | undefined = await orgTree.get(orgId);
      node && node.parentId !== null;
      node = await orgTree.get(node.parentId)
    ) {
      if (node.parentId === actor.orgId) return 'descendant';
    }
    return 'other';
  }

  /** An organisation the actor may administer or at least see; anything else is missing. */
  async function reachable(actor: Actor, id: number): Promise<{ org: OrgRow; relation: OrgRelation }> {
    const org = await repo.getOrg(db, id);
    const relation = org ? await relationOf(actor, id) : 'other';
    const administers = relation !== 'other' && orgPolicy.capabilities(actor, relation, true).edit;
    if (!org || (!actor.visibleOrgIds.includes(id) && !administers)) throw notFound();
    return { org, relation };
  }

  async function requireUniqueName(name: string, exceptId?: number): Promise<void> {
    if (await repo.orgNameTaken(db, name, exceptId))
      throw conflict('DUPLICATE', `“${name}”已存在`, [{ path: 'name', message: `“${name}”已存在` }]);
  }

  return {
    ...createRefDataService(deps),

    async listOrgs(actor: Actor) {
      return (await repo.listOrgs(db, actor.visibleOrgIds)).map(present.org);
    },

    async getOrg(actor: Actor, id: number) {
      if (!actor.visibleOrgIds.includes(id)) throw notFound();
      const org = await repo.getOrg(db, id);
      if (!org) throw notFound();
      return present.org(org);
    },

    /** The administration view: the home organisation and, for tree admins, every descendant, with what may be done to each. */
    async tree(actor: Actor) {
      const all = await orgTree.all();
      const rows = await repo.listOrgs(
        db,
        all.map((o) => o.id),
      );
      const out: S.AdminOrganisation[] = [];
      for (const row of rows) {
        const relation = await relationOf(actor, row.id);
        const can = orgPolicy.capabilities(actor, relation, row.parent_id !== null);
        if (relation === 'home' ? can.edit || can.share : can.edit) {
          out.push({ ...present.org(row), visible: actor.visibleOrgIds.includes(row.id), can });
        }
      }
      if (!out.length) throw forbidden();
      return out;
    },

    async createOrg(actor: Actor, input: z.infer<typeof S.createOrgBody>) {
      const { org: parent, relation } = await reachable(actor, input.parentId);
      if (!orgPolicy.capabilities(actor, relation, parent.parent_id !== null).createChild) throw forbidden();
      if (parent.active !== 1)
        throw badRequest('ORG_INACTIVE', `${parent.name}已停用，不能新建下级组织`, [
          { path: 'parentId', message: '上级组织已停用' },
        ]);
      const allowed = CHILD_LEVEL[parent.level];
      if (allowed !== input.level) {
        const message = allowed
          ? `${parent.name}之下只能建立${LEVEL_LABEL[allowed]}组织`
          : `${parent.name}之下不能再建立下级组织`;
        throw badRequest('ORG_LEVEL_INVALID', message, [{ path: 'level', message }]);
      }
      await requireUniqueName(input.name);
      const created = await inTransaction(db, async (trx) => {
        const row = await repo.insertOrg(trx, {
          parent_id: parent.id,
          name: input.name,
          short_name: input.shortName,
          level: input.level,
          region_code: input.regionCode ?? null,
          share_with_parent: input.shareWithParent ? 1 : 0,
          created_at: now(),
          updated_at: now(),
        });
        await audit.append(trx, actor, {
          action: 'org.create',
          objectType: 'organisation',
          objectId: row.id,
          orgId: parent.id,
          detail: { name: row.name },
        });
        return row;
      });
      orgTree.invalidate();
      return present.org(created);
    },

    async updateOrg(actor: Actor, id: number, input: z.infer<typeof S.updateOrgBody>) {
      const { org, relation } = await reachable(actor, id);
      const can = orgPolicy.capabilities(actor, relation, org.parent_id !== null);
      const { shareWithParent, active, ...settings } = input;
      if (Object.keys(settings).length && !can.edit) throw forbidden();
      if (shareWithParent !== undefined && !can.share) throw forbidden('ORG_SHARE_OWN');
      if (active !== undefined && !can.deactivate) throw forbidden();
      if (input.name) await requireUniqueName(input.name, id);
      if (active === false && (await repo.hasActiveChildren(db, id))) throw conflict('ORG_HAS_ACTIVE_CHILDREN');
      const updated = await inTransaction(db, async (trx) => {
        const row = await repo.updateOrg(trx, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.shortName !== undefined && { short_name: input.shortName }),
          ...(input.regionCode !== undefined && { region_code: input.regionCode }),
          ...(shareWithParent !== undefined && { share_with_parent: shareWithParent ? 1 : 0 }),
          ...(input.totpRequired !== undefined && { totp_required: input.totpRequired ? 1 : 0 }),
          ...(active !== undefined && { active: active ? 1 : 0 }),
          updated_at: now(),
        });
        await audit.append(trx, actor, {
          action: 'org.update',
          objectType: 'organisation',
          objectId: id,
          orgId: org.id,
          detail: { changes: input },
        });
        return row;
      });
      orgTree.invalidate();
      return present.org(updated);
    },
  };
}

export type OrgService = ReturnType<typeof createOrgService>;
