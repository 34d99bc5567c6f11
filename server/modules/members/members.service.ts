// The member roster: list and search, detail, create, edit, deactivate and reactivate, the
// audited unmasking of phone and ID number, and the co-proposer directory.
import { inTransaction, type Db } from '../../db/tx.js';
import type { Actor } from '../../platform/access/actor.js';
import { requireOrgRead, requireOrgWrite, requirePermission } from '../../platform/access/guard.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Clock } from '../../platform/clock.js';
import type { PersonalDataCipher } from '../../platform/crypto/personal-data.js';
import { badRequest, conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import {
  birthDateOrFromId,
  checkMember,
  cleanIdNumber,
  cleanPhone,
  type FieldProblem,
  type MemberField,
  type RefIndex,
} from './member-rules.js';
import { idNumberIndex, memberChanges, memberRow, phoneIndex, type MemberDetails } from './member-row.js';
import { detailsOf, presentDetail, presentItem } from './members.present.js';
import { memberPolicy } from './members.policy.js';
import type { MemberRepo, MemberRow, RosterQuery } from './members.repo.js';
import type * as S from './members.schema.js';
import type { MemberAccountLinks } from '../accounts/index.js';

export type RefIndexLoader = (actor: Actor, orgId: number) => Promise<RefIndex>;

export interface MemberServiceDeps {
  db: Db;
  repo: MemberRepo;
  audit: AuditLog;
  cipher: PersonalDataCipher;
  clock: Clock;
  refIndex: RefIndexLoader;
  /** The members' accounts (the accounts module): follow deactivation and phone changes. */
  accounts: MemberAccountLinks;
}

/** Chinese text searches the name; Latin letters search full pinyin and initials by prefix (zjg, zhangjian). */
export function searchTerms(q: string | undefined): Pick<RosterQuery, 'name' | 'pinyinPrefix'> {
  const text = q?.trim();
  if (!text) return {};
  const letters = text
    .toLowerCase()
    .replace(/[\s'’]/g, '')
    .replace(/ü/g, 'v');
  if (/^[a-z]+$/.test(letters)) return { name: text, pinyinPrefix: letters };
  return { name: text };
}

/** The roster's field problems (named by field, as the import reports them) as a 400. */
export function validationFailed(problems: FieldProblem[]) {
  return invalid(problems.map((p) => ({ path: p.field, message: p.message })));
}

export function createMemberService(deps: MemberServiceDeps) {
  const { db, repo, audit, cipher, clock, refIndex, accounts } = deps;
  const now = () => clock.now().toISOString();

  async function visibleRecord(actor: Actor, id: number): Promise<MemberRow> {
    const row = await repo.get(db, id);
    if (!row) throw notFound();
    requireOrgRead(actor, row.org_id);
    return row;
  }

  async function writableRecord(actor: Actor, id: number, version: number): Promise<MemberRow> {
    const row = await visibleRecord(actor, id);
    requirePermission(actor, 'members.write');
    requireOrgWrite(actor, row.org_id);
    if (row.version !== version) throw conflict('STALE_VERSION');
    return row;
  }

  /** The roster's uniqueness rules: one ID number per term, one phone per term among serving members. */
  async function checkClashes(
    handle: Db,
    m: Pick<MemberDetails, 'termId' | 'phone' | 'idNumber'>,
    opts: { phone: boolean; idNumber: boolean; exceptId?: number },
  ) {
    if (opts.idNumber && m.idNumber) {
      const other = await repo.findClash(
        handle,
        m.termId,
        'id_number_bidx',
        idNumberIndex(cipher, m.idNumber),
        opts.exceptId,
      );
      if (other) throw conflict('DUPLICATE_ID_NUMBER', `身份证号已在本届名册中（${other.name}）`);
    }
    if (opts.phone && m.phone) {
      const bidx = phoneIndex(cipher, m.phone);
      const other = bidx && (await repo.findClash(handle, m.termId, 'phone_bidx', bidx, opts.exceptId));
      if (other) throw conflict('DUPLICATE_PHONE', `手机号已被本届委员“${other.name}”使用`);
    }
  }

  /** Resolves list filters, refusing exact look-ups to those who may not handle raw phone and ID numbers. */
  function rosterQuery(actor: Actor, f: S.MemberFilter): RosterQuery {
    const q: RosterQuery = {
      orgId: actor.currentOrgId,
      sectorId: f.sectorId,
      committeeId: f.committeeId,
      groupId: f.groupId,
      party: f.party,
      termId: f.termId,
      isNew: f.isNew,
      active: f.active,
      ...searchTerms(f.q),
    };
    if (f.phone || f.idNumber) {
      if (!memberPolicy.lookup(actor, actor.currentOrgId)) throw forbidden();
      if (f.phone) {
        const bidx = phoneIndex(cipher, f.phone);
        if (!bidx) throw validationFailed([{ field: 'phone', message: '手机号应为 11 位大陆手机号码' }]);
        q.phoneBidx = bidx;
      }
      if (f.idNumber) q.idNumberBidx = idNumberIndex(cipher, f.idNumber);
    }
    return q;
  }

  return {
    rosterQuery,

    async list(actor: Actor, query: S.MemberFilter & { page: number; pageSize: number }) {
      if (!memberPolicy.list(actor, actor.currentOrgId)) throw forbidden();
      const q = rosterQuery(actor, query);
      const [rows, total, ref] = await Promise.all([
        repo.list(db, q, query.pageSize, (query.page - 1) * query.pageSize),
        repo.count(db, q),
        refIndex(actor, actor.currentOrgId),
      ]);
      return { items: rows.map((r) => presentItem(r, ref)), total, page: query.page, pageSize: query.pageSize };
    },

    async get(actor: Actor, id: number): Promise<S.MemberDetail> {
      const row = await visibleRecord(actor, id);
      if (!memberPolicy.read(actor, row)) throw forbidden();
      const ref = await refIndex(actor, row.org_id);
      return presentDetail(row, ref, { edit: memberPolicy.write(actor, row), unmask: memberPolicy.unmask(actor, row) });
    },

    async create(actor: Actor, input: S.MemberBody): Promise<S.MemberDetail> {
      requirePermission(actor, 'members.write');
      const orgId = actor.currentOrgId;
      requireOrgWrite(actor, orgId);
      const ref = await refIndex(actor, orgId);
      const termId = input.termId ?? ref.currentTermId;
      if (!termId) throw badRequest('NO_CURRENT_TERM');
      const idNumber = cleanIdNumber(input.idNumber);
      const m: MemberDetails = {
        orgId,
        termId,
        name: input.name,
        gender: input.gender,
        ethnicity: input.ethnicity,
        birthDate: birthDateOrFromId(input.birthDate ?? null, idNumber),
        sectorId: input.sectorId,
        committeeId: input.committeeId ?? null,
        groupId: input.groupId ?? null,
        party: input.party,
        workUnit: input.workUnit ?? null,
        jobTitle: input.jobTitle ?? null,
        isNew: input.isNew,
        email: input.email ?? null,
        address: input.address ?? null,
        postalCode: input.postalCode ?? null,
        phone: cleanPhone(input.phone),
        idNumber,
      };
      const problems = checkMember(m, ref);
      if (problems.length) throw validationFailed(problems);
      const row = await inTransaction(db, async (trx) => {
        await checkClashes(trx, m, { phone: true, idNumber: true });
        const created = await repo.insert(trx, memberRow(cipher, m, now()));
        await audit.append(trx, actor, {
          action: 'member.create',
          objectType: 'member',
          objectId: created.id,
          orgId,
          detail: { name: created.name, termId },
        });
        return created;
      });
      return presentDetail(row, ref, { edit: true, unmask: memberPolicy.unmask(actor, row) });
    },

    async update(actor: Actor, id: number, input: S.UpdateMemberBody): Promise<S.MemberDetail> {
      const { version, ...body } = input;
      const row = await writableRecord(actor, id, version);
      const ref = await refIndex(actor, row.org_id);
      const changed = new Set(Object.keys(body) as MemberField[]);
      const current = detailsOf(row, cipher);
      const patch: Partial<MemberDetails> = { ...body };
      if (body.phone !== undefined) patch.phone = cleanPhone(body.phone);
      if (body.idNumber !== undefined) patch.idNumber = cleanIdNumber(body.idNumber);
      const merged: MemberDetails = { ...current, ...patch };
      // A member moved to another committee leaves a group that belongs to the old one.
      if (
        changed.has('committeeId') &&
        !changed.has('groupId') &&
        merged.groupId !== null &&
        ref.groups.get(merged.groupId)?.committeeId !== merged.committeeId
      ) {
        patch.groupId = merged.groupId = null;
      }
      if (changed.has('idNumber') && body.birthDate === undefined)
        patch.birthDate = merged.birthDate = birthDateOrFromId(null, merged.idNumber) ?? merged.birthDate;
      // A birth month the ID number falls in is completed to the day, as on creation.
      if (body.birthDate?.length === 7)
        patch.birthDate = merged.birthDate = birthDateOrFromId(body.birthDate, merged.idNumber);
      const problems = checkMember(merged, ref, changed);
      if (problems.length) throw validationFailed(problems);
      const updated = await inTransaction(db, async (trx) => {
        await checkClashes(trx, merged, {
          phone: changed.has('phone') || changed.has('termId'),
          idNumber: changed.has('idNumber') || changed.has('termId'),
          exceptId: id,
        });
        const next = await repo.update(trx, id, version, { ...memberChanges(cipher, patch), updated_at: now() });
        if (!next) throw conflict('STALE_VERSION');
        await audit.append(trx, actor, {
          action: 'member.update',
          objectType: 'member',
          objectId: id,
          orgId: row.org_id,
          detail: { fields: [...changed] },
        });
        if (changed.has('phone')) await accounts.memberPhoneChanged(trx, actor, id, merged.phone);
        return next;
      });
      return presentDetail(updated, ref, { edit: true, unmask: memberPolicy.unmask(actor, updated) });
    },

    async deactivate(actor: Actor, id: number, input: { reason: string; version: number }): Promise<S.MemberDetail> {
      const row = await writableRecord(actor, id, input.version);
      if (row.active !== 1) throw conflict('INVALID_STATE', '该委员已停用');
      const ref = await refIndex(actor, row.org_id);
      const updated = await inTransaction(db, async (trx) => {
        const next = await repo.update(trx, id, input.version, {
          active: 0,
          deactivated_at: now(),
          deactivation_reason: input.reason,
          updated_at: now(),
        });
        if (!next) throw conflict('STALE_VERSION');
        await audit.append(trx, actor, {
          action: 'member.deactivate',
          objectType: 'member',
          objectId: id,
          orgId: row.org_id,
          detail: { reason: input.reason },
        });
        await accounts.memberDeactivated(trx, actor, id);
        return next;
      });
      return presentDetail(updated, ref, { edit: true, unmask: memberPolicy.unmask(actor, updated) });
    },

    async reactivate(actor: Actor, id: number, input: { version: number }): Promise<S.MemberDetail> {
      const row = await writableRecord(actor, id, input.version);
      if (row.active === 1) throw conflict('INVALID_STATE', '该委员在任，无需恢复');
      const ref = await refIndex(actor, row.org_id);
      const updated = await inTransaction(db, async (trx) => {
        await checkClashes(trx, detailsOf(row, cipher), { phone: true, idNumber: false, exceptId: id });
        const next = await repo.update(trx, id, input.version, {
          active: 1,
          deactivated_at: null,
          deactivation_reason: null,
          updated_at: now(),
        });
        if (!next) throw conflict('STALE_VERSION');
        await audit.append(trx, actor, {
          action: 'member.reactivate',
          objectType: 'member',
          objectId: id,
          orgId: row.org_id,
        });
        return next;
      });
      return presentDetail(updated, ref, { edit: true, unmask: memberPolicy.unmask(actor, updated) });
    },

    /** Full phone and ID number. Refusals are audited too: an attempt to read personal data is worth knowing about. */
    async unmask(actor: Actor, id: number) {
      const row = await visibleRecord(actor, id);
      if (!memberPolicy.unmask(actor, row)) {
        await audit.record(actor, {
          action: 'member.unmask',
          objectType: 'member',
          objectId: id,
          orgId: row.org_id,
          result: 'denied',
        });
        throw forbidden();
      }
      const values = {
        phone: row.phone_enc ? cipher.decrypt(row.phone_enc) : null,
        idNumber: row.id_number_enc ? cipher.decrypt(row.id_number_enc) : null,
      };
      await audit.record(actor, {
        action: 'member.unmask',
        objectType: 'member',
        objectId: id,
        orgId: row.org_id,
        detail: { name: row.name, fields: ['phone', 'idNumber'] },
      });
      return values;
    },

    async directory(actor: Actor, query: { q?: string; limit: number }) {
      requirePermission(actor, 'members.directory');
      const orgId = actor.currentOrgId;
      const [rows, ref] = await Promise.all([
        repo.directory(db, orgId, searchTerms(query.q), query.limit),
        refIndex(actor, orgId),
      ]);
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        sectorName: ref.sectors.get(r.sector_id)?.name ?? '',
        committeeName: r.committee_id ? (ref.committees.get(r.committee_id)?.name ?? null) : null,
      }));
    },
  };
}

export type MemberService = ReturnType<typeof createMemberService>;
