// The organisation tree and each organisation's reference data: terms and their sessions,
// sectors, special committees with member groups, and the handling-unit registry.
import type { z } from 'zod';
import { inTransaction, type Db } from '../../db/tx.js';
import type { Actor } from '../../platform/access/actor.js';
import type { OrgTree } from '../../platform/access/org-tree.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Clock } from '../../platform/clock.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { orgPolicy } from './orgs.policy.js';
import type { GroupRow, NamedRefRow, NamedRefTableName, OrgRepo, OrgRow, TermRow, TermSessionRow, UnitRow } from './orgs.repo.js';
import type * as S from './orgs.schema.js';

const CN_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 15 -> 十五, 21 -> 二十一: how terms and sessions are named. */
export function chineseNumber(n: number): string {
  if (n <= 10) return CN_NUMERALS[n]!;
  if (n < 20) return `十${CN_NUMERALS[n - 10]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${CN_NUMERALS[tens]}十${ones ? CN_NUMERALS[ones] : ''}`;
}

export const present = {
  org: (r: OrgRow): S.Organisation => ({
    id: r.id, parentId: r.parent_id, name: r.name, shortName: r.short_name, level: r.level, regionCode: r.region_code,
    shareWithParent: r.share_with_parent === 1, totpRequired: r.totp_required === 1, active: r.active === 1,
  }),
  named: (r: NamedRefRow) => ({ id: r.id, name: r.name, sortOrder: r.sort_order, active: r.active === 1 }),
  group: (r: GroupRow) => ({ id: r.id, committeeId: r.committee_id, name: r.name, active: r.active === 1 }),
  unit: (r: UnitRow) => ({
    id: r.id, name: r.name, shortName: r.short_name, kind: r.kind as z.infer<typeof S.handlingUnit>['kind'],
    contactPerson: r.contact_person, contactPhone: r.contact_phone, sortOrder: r.sort_order, active: r.active === 1,
  }),
  term: (r: TermRow, sessions: TermSessionRow[]) => ({
    id: r.id, number: r.number, name: r.name, startsOn: r.starts_on, endsOn: r.ends_on, isCurrent: r.is_current === 1,
    sessions: sessions.filter((s) => s.term_id === r.id).map((s) => ({ id: s.id, number: s.number, name: s.name, opensOn: s.opens_on, closesOn: s.closes_on })),
  }),
};

export function createOrgService(deps: { db: Db; repo: OrgRepo; audit: AuditLog; clock: Clock; orgTree: OrgTree }) {
  const { db, repo, audit, clock, orgTree } = deps;
  const now = () => clock.now().toISOString();

  async function requireOrg(actor: Actor, id: number): Promise<OrgRow> {
    const org = await repo.getOrg(db, id);
    if (!org || !actor.visibleOrgIds.includes(id)) throw notFound();
    return org;
  }

  function requireRefDataWrite(actor: Actor, orgId: number): void {
    if (!actor.visibleOrgIds.includes(orgId)) throw notFound();
    if (!orgPolicy.manageRefData(actor, orgId)) throw forbidden();
  }

  async function ownedRecord<T extends { org_id: number }>(actor: Actor, row: T | undefined): Promise<T> {
    if (!row) throw notFound();
    requireRefDataWrite(actor, row.org_id);
    return row;
  }

  return {
    async listOrgs(actor: Actor) {
      return (await repo.listOrgs(db, actor.visibleOrgIds)).map(present.org);
    },

    async getOrg(actor: Actor, id: number) {
      return present.org(await requireOrg(actor, id));
    },

    async createOrg(actor: Actor, input: z.infer<typeof S.createOrgBody>) {
      const parent = await requireOrg(actor, input.parentId);
      if (!orgPolicy.manageOrg(actor, parent.id)) throw forbidden();
      const allowedChild = { province: 'city', city: 'county', county: null } as const;
      if (allowedChild[parent.level] !== input.level) {
        throw badRequest('ORG_LEVEL_INVALID', `${parent.name}之下只能建立${allowedChild[parent.level] === 'city' ? '市级' : '县级'}组织`);
      }
      const created = await inTransaction(db, async (trx) => {
        const row = await repo.insertOrg(trx, {
          parent_id: parent.id, name: input.name, short_name: input.shortName, level: input.level,
          region_code: input.regionCode ?? null, share_with_parent: input.shareWithParent ? 1 : 0, created_at: now(), updated_at: now(),
        });
        await audit.append(trx, actor, { action: 'org.create', objectType: 'organisation', objectId: row.id, orgId: parent.id, detail: { name: row.name } });
        return row;
      });
      orgTree.invalidate();
      return present.org(created);
    },

    async updateOrg(actor: Actor, id: number, input: z.infer<typeof S.updateOrgBody>) {
      const org = await requireOrg(actor, id);
      if (!orgPolicy.manageOrg(actor, id)) throw forbidden();
      const updated = await inTransaction(db, async (trx) => {
        const row = await repo.updateOrg(trx, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.shortName !== undefined && { short_name: input.shortName }),
          ...(input.regionCode !== undefined && { region_code: input.regionCode }),
          ...(input.shareWithParent !== undefined && { share_with_parent: input.shareWithParent ? 1 : 0 }),
          ...(input.totpRequired !== undefined && { totp_required: input.totpRequired ? 1 : 0 }),
          ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
          updated_at: now(),
        });
        await audit.append(trx, actor, { action: 'org.update', objectType: 'organisation', objectId: id, orgId: org.id, detail: { changes: input } });
        return row;
      });
      orgTree.invalidate();
      return present.org(updated);
    },

    async refData(actor: Actor, orgId: number): Promise<S.RefData> {
      if (!orgPolicy.readRefData(actor, orgId)) throw notFound();
      const [terms, sessions, sectors, committees, groups, units] = await Promise.all([
        repo.listTerms(db, orgId), repo.listSessions(db, orgId), repo.listNamed(db, 'sectors', orgId),
        repo.listNamed(db, 'committees', orgId), repo.listGroups(db, orgId), repo.listUnits(db, orgId),
      ]);
      return {
        orgId,
        terms: terms.map((t) => present.term(t, sessions)),
        sectors: sectors.map(present.named),
        committees: committees.map((c) => ({ ...present.named(c), groups: groups.filter((g) => g.committee_id === c.id).map(present.group) })),
        units: units.map(present.unit),
      };
    },

    async createTerm(actor: Actor, input: z.infer<typeof S.createTermBody>) {
      requireRefDataWrite(actor, actor.orgId);
      return inTransaction(db, async (trx) => {
        if (input.isCurrent) await repo.clearCurrentTerm(trx, actor.orgId);
        const row = await repo.insertTerm(trx, {
          org_id: actor.orgId, number: input.number, name: input.name || `第${chineseNumber(input.number)}届`,
          starts_on: input.startsOn, ends_on: input.endsOn ?? null, is_current: input.isCurrent ? 1 : 0,
        });
        await audit.append(trx, actor, { action: 'term.create', objectType: 'term', objectId: row.id, orgId: actor.orgId, detail: { number: row.number } });
        return present.term(row, []);
      });
    },

    async updateTerm(actor: Actor, id: number, input: z.infer<typeof S.updateTermBody>) {
      const term = await ownedRecord(actor, await repo.getTerm(db, id));
      await inTransaction(db, async (trx) => {
        if (input.isCurrent) await repo.clearCurrentTerm(trx, term.org_id);
        await repo.updateTerm(trx, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.startsOn !== undefined && { starts_on: input.startsOn }),
          ...(input.endsOn !== undefined && { ends_on: input.endsOn }),
          ...(input.isCurrent !== undefined && { is_current: input.isCurrent ? 1 : 0 }),
        });
        await audit.append(trx, actor, { action: 'term.update', objectType: 'term', objectId: id, orgId: term.org_id, detail: { changes: input } });
      });
      return { ok: true as const };
    },

    async createSession(actor: Actor, termId: number, input: z.infer<typeof S.createSessionBody>) {
      const term = await ownedRecord(actor, await repo.getTerm(db, termId));
      return inTransaction(db, async (trx) => {
        const row = await repo.insertSession(trx, {
          org_id: term.org_id, term_id: term.id, number: input.number,
          name: input.name || `${term.name}第${chineseNumber(input.number)}次会议`, opens_on: input.opensOn, closes_on: input.closesOn,
        });
        await audit.append(trx, actor, { action: 'term_session.create', objectType: 'term_session', objectId: row.id, orgId: term.org_id });
        return { id: row.id, number: row.number, name: row.name, opensOn: row.opens_on, closesOn: row.closes_on };
      });
    },

    async updateSession(actor: Actor, id: number, input: z.infer<typeof S.updateSessionBody>) {
      const session = await ownedRecord(actor, await repo.getSession(db, id));
      const opens = input.opensOn ?? session.opens_on;
      const closes = input.closesOn ?? session.closes_on;
      if (closes < opens) throw badRequest('VALIDATION_FAILED', undefined, [{ path: 'closesOn', message: '闭幕日期不能早于开幕日期' }]);
      await inTransaction(db, async (trx) => {
        await repo.updateSession(trx, id, {
          ...(input.name !== undefined && { name: input.name }), opens_on: opens, closes_on: closes,
        });
        await audit.append(trx, actor, { action: 'term_session.update', objectType: 'term_session', objectId: id, orgId: session.org_id, detail: { changes: input } });
      });
      return { ok: true as const };
    },

    async createNamed(actor: Actor, table: NamedRefTableName, input: z.infer<typeof S.createNamedRefBody>) {
      requireRefDataWrite(actor, actor.orgId);
      if (await repo.namedExists(db, table, actor.orgId, input.name)) throw conflict('DUPLICATE', `“${input.name}”已存在`);
      return inTransaction(db, async (trx) => {
        const row = await repo.insertNamed(trx, table, { org_id: actor.orgId, name: input.name, sort_order: input.sortOrder });
        await audit.append(trx, actor, { action: `${table.slice(0, -1)}.create`, objectType: table.slice(0, -1), objectId: row.id, orgId: actor.orgId, detail: { name: row.name } });
        return present.named(row);
      });
    },

    async updateNamed(actor: Actor, table: NamedRefTableName, id: number, input: z.infer<typeof S.updateNamedRefBody>) {
      const row = await ownedRecord(actor, await repo.getNamed(db, table, id));
      if (input.name && (await repo.namedExists(db, table, row.org_id, input.name, id))) throw conflict('DUPLICATE', `“${input.name}”已存在`);
      return inTransaction(db, async (trx) => {
        const updated = await repo.updateNamed(trx, table, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
          ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
        });
        await audit.append(trx, actor, { action: `${table.slice(0, -1)}.update`, objectType: table.slice(0, -1), objectId: id, orgId: row.org_id, detail: { changes: input } });
        return present.named(updated);
      });
    },

    async createGroup(actor: Actor, input: z.infer<typeof S.createGroupBody>) {
      const committee = await repo.getNamed(db, 'committees', input.committeeId);
      if (!committee || committee.org_id !== actor.orgId) throw badRequest('VALIDATION_FAILED', undefined, [{ path: 'committeeId', message: '专委会不存在' }]);
      requireRefDataWrite(actor, committee.org_id);
      return inTransaction(db, async (trx) => {
        const row = await repo.insertGroup(trx, { org_id: committee.org_id, committee_id: committee.id, name: input.name });
        await audit.append(trx, actor, { action: 'member_group.create', objectType: 'member_group', objectId: row.id, orgId: committee.org_id, detail: { name: row.name } });
        return present.group(row);
      });
    },

    async updateGroup(actor: Actor, id: number, input: z.infer<typeof S.updateGroupBody>) {
      const group = await ownedRecord(actor, await repo.getGroup(db, id));
      return inTransaction(db, async (trx) => {
        const row = await repo.updateGroup(trx, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
        });
        await audit.append(trx, actor, { action: 'member_group.update', objectType: 'member_group', objectId: id, orgId: group.org_id, detail: { changes: input } });
        return present.group(row);
      });
    },

    async createUnit(actor: Actor, input: z.infer<typeof S.createUnitBody>) {
      requireRefDataWrite(actor, actor.orgId);
      if (await repo.unitNameTaken(db, actor.orgId, input.name)) throw conflict('DUPLICATE', `“${input.name}”已存在`);
      return inTransaction(db, async (trx) => {
        const row = await repo.insertUnit(trx, {
          org_id: actor.orgId, name: input.name, short_name: input.shortName ?? input.name, kind: input.kind,
          contact_person: input.contactPerson ?? null, contact_phone: input.contactPhone ?? null, sort_order: input.sortOrder,
        });
        await audit.append(trx, actor, { action: 'handling_unit.create', objectType: 'handling_unit', objectId: row.id, orgId: actor.orgId, detail: { name: row.name } });
        return present.unit(row);
      });
    },

    async updateUnit(actor: Actor, id: number, input: z.infer<typeof S.updateUnitBody>) {
      const unit = await ownedRecord(actor, await repo.getUnit(db, id));
      if (input.name && (await repo.unitNameTaken(db, unit.org_id, input.name, id))) throw conflict('DUPLICATE', `“${input.name}”已存在`);
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
        await audit.append(trx, actor, { action: 'handling_unit.update', objectType: 'handling_unit', objectId: id, orgId: unit.org_id, detail: { changes: input } });
        return present.unit(row);
      });
    },
  };
}

export type OrgService = ReturnType<typeof createOrgService>;
