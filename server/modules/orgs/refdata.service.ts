// Each organisation's reference data: terms and their sessions, sectors, special committees
// with member groups, and the handling-unit registry. Kept by the organisation's own
// office; parents read their counties' reference data and never change it.
import type { z } from 'zod';
import { inTransaction, type Db } from '../../db/tx.js';
import type { Actor } from '../../platform/access/actor.js';
import { requireOrgWrite, requirePermission } from '../../platform/access/guard.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { chineseNumber, present } from './orgs.present.js';
import { orgPolicy } from './orgs.policy.js';
import type { NamedRefTableName, OrgRepo } from './orgs.repo.js';
import type * as S from './orgs.schema.js';

const duplicate = (name: string, path = 'name') =>
  conflict('DUPLICATE', `“${name}”已存在`, [{ path, message: `“${name}”已存在` }]);

export function createRefDataService(deps: { db: Db; repo: OrgRepo; audit: AuditLog }) {
  const { db, repo, audit } = deps;

  /** Not visible -> 404; no permission -> 403; a county's data seen from the city -> 403 read-only. */
  function requireWrite(actor: Actor, orgId: number): void {
    if (!actor.visibleOrgIds.includes(orgId)) throw notFound();
    requirePermission(actor, 'refdata.manage');
    requireOrgWrite(actor, orgId);
  }

  async function owned<T extends { org_id: number }>(actor: Actor, row: T | undefined): Promise<T> {
    if (!row) throw notFound();
    requireWrite(actor, row.org_id);
    return row;
  }

  return {
    async refData(actor: Actor, orgId: number): Promise<S.RefData> {
      if (!orgPolicy.readRefData(actor, orgId)) throw notFound();
      const [terms, sessions, sectors, committees, groups, units] = await Promise.all([
        repo.listTerms(db, orgId),
        repo.listSessions(db, orgId),
        repo.listNamed(db, 'sectors', orgId),
        repo.listNamed(db, 'committees', orgId),
        repo.listGroups(db, orgId),
        repo.listUnits(db, orgId),
      ]);
      return {
        orgId,
        terms: terms.map((t) => present.term(t, sessions)),
        sectors: sectors.map(present.named),
        committees: committees.map((c) => ({
          ...present.named(c),
          groups: groups.filter((g) => g.committee_id === c.id).map(present.group),
        })),
        units: units.map(present.unit),
      };
    },

    async createTerm(actor: Actor, input: z.infer<typeof S.createTermBody>) {
      requireWrite(actor, actor.orgId);
      if (await repo.termNumberTaken(db, actor.orgId, input.number))
        throw duplicate(`第${chineseNumber(input.number)}届`, 'number');
      return inTransaction(db, async (trx) => {
        if (input.isCurrent) await repo.clearCurrentTerm(trx, actor.orgId);
        const row = await repo.insertTerm(trx, {
          org_id: actor.orgId,
          number: input.number,
          name: input.name || `第${chineseNumber(input.number)}届`,
          starts_on: input.startsOn,
          ends_on: input.endsOn ?? null,
          is_current: input.isCurrent ? 1 : 0,
        });
        await audit.append(trx, actor, {
          action: 'term.create',
          objectType: 'term',
          objectId: row.id,
          orgId: actor.orgId,
          detail: { number: row.number },
        });
        return present.term(row, []);
      });
    },

    async updateTerm(actor: Actor, id: number, input: z.infer<typeof S.updateTermBody>) {
      const term = await owned(actor, await repo.getTerm(db, id));
      const endsOn = input.endsOn !== undefined ? input.endsOn : term.ends_on;
      if (endsOn && endsOn < (input.startsOn ?? term.starts_on)) throw invalid('endsOn', '届满日期不能早于开始日期');
      await inTransaction(db, async (trx) => {
        // One current term per organisation: making this one current retires the other.
        if (input.isCurrent) await repo.clearCurrentTerm(trx, term.org_id);
        await repo.updateTerm(trx, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.startsOn !== undefined && { starts_on: input.startsOn }),
          ...(input.endsOn !== undefined && { ends_on: input.endsOn }),
          ...(input.isCurrent !== undefined && { is_current: input.isCurrent ? 1 : 0 }),
        });
        await audit.append(trx, actor, {
          action: 'term.update',
          objectType: 'term',
          objectId: id,
          orgId: term.org_id,
          detail: { changes: input },
        });
      });
      return { ok: true as const };
    },

    async createSession(actor: Actor, termId: number, input: z.infer<typeof S.createSessionBody>) {
      const term = await owned(actor, await repo.getTerm(db, termId));
      if (await repo.sessionNumberTaken(db, term.id, input.number))
        throw duplicate(`${term.name}第${chineseNumber(input.number)}次会议`, 'number');
      return inTransaction(db, async (trx) => {
        const row = await repo.insertSession(trx, {
          org_id: term.org_id,
          term_id: term.id,
          number: input.number,
          name: input.name || `${term.name}第${chineseNumber(input.number)}次会议`,
          opens_on: input.opensOn,
          closes_on: input.closesOn,
        });
        await audit.append(trx, actor, {
          action: 'term_session.create',
          objectType: 'term_session',
          objectId: row.id,
          orgId: term.org_id,
        });
        return present.session(row);
      });
    },

    async updateSession(actor: Actor, id: number, input: z.infer<typeof S.updateSessionBody>) {
      const session = await owned(actor, await repo.getSession(db, id));
      const opens = input.opensOn ?? session.opens_on;
      const closes = input.closesOn ?? session.closes_on;
      if (closes < opens) throw invalid('closesOn', '闭幕日期不能早于开幕日期');
      await inTransaction(db, async (trx) => {
        await repo.updateSession(trx, id, {
          ...(input.name !== undefined && { name: input.name }),
          opens_on: opens,
          closes_on: closes,
        });
        await audit.append(trx, actor, {
          action: 'term_session.update',
          objectType: 'term_session',
          objectId: id,
          orgId: session.org_id,
          detail: { changes: input },
        });
      });
      return { ok: true as const };
    },

    async createNamed(actor: Actor, table: NamedRefTableName, input: z.infer<typeof S.createNamedRefBody>) {
      requireWrite(actor, actor.orgId);
      if (await repo.namedExists(db, table, actor.orgId, input.name)) throw duplicate(input.name);
      return inTransaction(db, async (trx) => {
        const row = await repo.insertNamed(trx, table, {
          org_id: actor.orgId,
          name: input.name,
          sort_order: input.sortOrder,
        });
        await audit.append(trx, actor, {
          action: `${table.slice(0, -1) as 'sector' | 'committee'}.create`,
          objectType: table.slice(0, -1),
          objectId: row.id,
          orgId: actor.orgId,
          detail: { name: row.name },
        });
        return present.named(row);
      });
    },

    async updateNamed(actor: Actor, table: NamedRefTableName, id: number, input: z.infer<typeof S.updateNamedRefBody>) {
      const row = await owned(actor, await repo.getNamed(db, table, id));
      if (input.name && (await repo.namedExists(db, table, row.org_id, input.name, id))) throw duplicate(input.name);
      return inTransaction(db, async (trx) => {
        const updated = await repo.updateNamed(trx, table, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
          ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
        });
        await audit.append(trx, actor, {
          action: `${table.slice(0, -1) as 'sector' | 'committee'}.update`,
          objectType: table.slice(0, -1),
          objectId: id,
          orgId: row.org_id,
          detail: { changes: input },
        });
        return present.named(updated);
      });
    },

    async createGroup(actor: Actor, input: z.infer<typeof S.createGroupBody>) {
      requireWrite(actor, actor.orgId);
      const committee = await repo.getNamed(db, 'committees', input.committeeId);
      if (!committee || committee.org_id !== actor.orgId) throw invalid('committeeId', '专委会不存在');
      if (committee.active !== 1) throw invalid('committeeId', '该专委会已停用，不能新建委员小组');
      if (await repo.groupNameTaken(db, committee.id, input.name)) throw duplicate(input.name);
      return inTransaction(db, async (trx) => {
        const row = await repo.insertGroup(trx, {
          org_id: committee.org_id,
          committee_id: committee.id,
          name: input.name,
        });
        await audit.append(trx, actor, {
          action: 'member_group.create',
          objectType: 'member_group',
          objectId: row.id,
          orgId: committee.org_id,
          detail: { name: row.name },
        });
        return present.group(row);
      });
    },

    async updateGroup(actor: Actor, id: number, input: z.infer<typeof S.updateGroupBody>) {
      const group = await owned(actor, await repo.getGroup(db, id));
      if (input.name && (await repo.groupNameTaken(db, group.committee_id, input.name, id)))
        throw duplicate(input.name);
      return inTransaction(db, async (trx) => {
        const row = await repo.updateGroup(trx, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
        });
        await audit.append(trx, actor, {
          action: 'member_group.update',
          objectType: 'member_group',
          objectId: id,
          orgId: group.org_id,
          detail: { changes: input },
        });
        return present.group(row);
      });
    },

    async createUnit(actor: Actor, input: z.infer<typeof S.createUnitBody>) {
      requireWrite(actor, actor.orgId);
      if (await repo.unitNameTaken(db, actor.orgId, input.name)) throw duplicate(input.name);
      return inTransaction(db, async (trx) => {
        const row = await repo.insertUnit(trx, {
          org_id: actor.orgId,
          name: input.name,
          short_name: input.shortName ?? input.name,
          kind: input.kind,
          contact_person: input.contactPerson ?? null,
          contact_phone: input.contactPhone ?? null,
          sort_order: input.sortOrder,
        });
        await audit.append(trx, actor, {
          action: 'handling_unit.create',
          objectType: 'handling_unit',
          objectId: row.id,
          orgId: actor.orgId,
          detail: { name: row.name },
        });
        return present.unit(row);
      });
    },

    async updateUnit(actor: Actor, id: number, input: z.infer<typeof S.updateUnitBody>) {
      const unit = await owned(actor, await repo.getUnit(db, id));
      if (input.name && (await repo.unitNameTaken(db, unit.org_id, input.name, id))) throw duplicate(input.name);
      return inTransaction(db, async (trx) => {
        const row = await repo.updateUnit(trx, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.shortName !== undefined && { short_name: input.shortName }),
          ...(input.kind !== undefined && { kind: input.kind }),
          ...(input.contactPerson !== undefined && { contact_person: input.contactPerson }),
          ...(input.contactPhone !== undefined && { contact_phone: input.contactPhone }),
          ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
          ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
        });
        await audit.append(trx, actor, {
          action: 'handling_unit.update',
          objectType: 'handling_unit',
          objectId: id,
          orgId: unit.org_id,
          detail: { changes: input },
        });
        return present.unit(row);
      });
    },
  };
}
