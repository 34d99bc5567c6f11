// A member's own record and his requests to change his contact details. The request is
// sealed (it may hold a phone number), waits for the office, and takes effect on approval.
import { inTransaction, type Db } from '../../db/tx.js';
import type { Actor } from '../../platform/access/actor.js';
import { requireOrgRead, requireOrgWrite, requirePermission } from '../../platform/access/guard.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Clock } from '../../platform/clock.js';
import { maskPhone, type PersonalDataCipher } from '../../platform/crypto/personal-data.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import type { Notifier } from '../../platform/notify/notifier.js';
import { checkContact, cleanPhone } from './member-rules.js';
import { memberChanges, phoneIndex } from './member-row.js';
import { presentDetail } from './members.present.js';
import type { ContactChangeRow, MemberRepo, MemberRow } from './members.repo.js';
import { CONTACT_FIELDS, type ContactChanges, type ContactChangeView, type ContactField } from './members.schema.js';
import type { RefIndexLoader } from './members.service.js';
import { validationFailed } from './members.service.js';
import type { MemberAccountLinks } from '../accounts/index.js';

const COLUMN: Record<ContactField, keyof MemberRow> = {
  phone: 'phone_enc',
  email: 'email',
  address: 'address',
  postalCode: 'postal_code',
  workUnit: 'work_unit',
  jobTitle: 'job_title',
};

export function createContactChangeService(deps: {
  db: Db;
  repo: MemberRepo;
  audit: AuditLog;
  cipher: PersonalDataCipher;
  clock: Clock;
  notify: Notifier;
  refIndex: RefIndexLoader;
  accounts: MemberAccountLinks;
}) {
  const { db, repo, audit, cipher, clock, notify, refIndex, accounts } = deps;
  const now = () => clock.now().toISOString();

  function currentValues(m: MemberRow, unmasked: boolean): ContactChanges {
    const out: Record<string, string | null> = {};
    for (const f of CONTACT_FIELDS) {
      if (f === 'phone') out.phone = unmasked && m.phone_enc ? cipher.decrypt(m.phone_enc) : m.phone_masked;
      else out[f] = (m[COLUMN[f]] as string | null) ?? null;
    }
    return out as ContactChanges;
  }

  /** The sealed request: the values asked for, and those they replace as they were when asked. */
  function open(c: ContactChangeRow): { changes: ContactChanges; before: ContactChanges } {
    return JSON.parse(cipher.decrypt(c.changes_enc)) as { changes: ContactChanges; before: ContactChanges };
  }

  function view(c: ContactChangeRow, m: MemberRow, sectorName: string, unmasked: boolean): ContactChangeView {
    const { changes, before } = open(c);
    // While pending, the decider compares with the record as it is now; afterwards, with what it was.
    const current = c.status === 'pending' ? currentValues(m, unmasked) : before;
    for (const values of [changes, current]) if (!unmasked && values.phone) values.phone = maskPhone(values.phone);
    return {
      id: c.id,
      memberId: c.member_id,
      memberName: m.name,
      sectorName,
      fields: JSON.parse(c.fields) as ContactField[],
      changes,
      current,
      status: c.status,
      createdAt: c.created_at,
      decidedAt: c.decided_at,
      decisionNote: c.decision_note,
    };
  }

  async function ownRecord(actor: Actor): Promise<MemberRow> {
    const row = actor.memberId ? await repo.get(db, actor.memberId) : undefined;
    if (!row) throw notFound('NOT_A_MEMBER');
    return row;
  }

  async function decide(actor: Actor, id: number, outcome: 'approved' | 'rejected', note: string | null) {
    const change = await repo.getChange(db, id);
    if (!change) throw notFound();
    requireOrgRead(actor, change.org_id);
    requirePermission(actor, 'contact_changes.decide');
    requireOrgWrite(actor, change.org_id);
    if (change.status !== 'pending') throw conflict('INVALID_STATE', '该申请已处理');
    const member = await repo.get(db, change.member_id);
    if (!member) throw notFound();
    const { changes } = open(change);
    const fields = JSON.parse(change.fields) as ContactField[];
    const decided = await inTransaction(db, async (trx) => {
      if (outcome === 'approved' && changes.phone) {
        const bidx = phoneIndex(cipher, changes.phone);
        const other = bidx && (await repo.findClash(trx, member.term_id, 'phone_bidx', bidx, member.id));
        if (other) throw conflict('DUPLICATE_PHONE', `手机号已被本届委员“${other.name}”使用，不能批准`);
      }
      const row = await repo.decideChange(trx, id, {
        status: outcome,
        decided_by: actor.userId,
        decided_at: now(),
        decision_note: note,
      });
      if (!row) throw conflict('INVALID_STATE', '该申请已处理');
      if (outcome === 'approved') {
        const updated = await repo.update(trx, member.id, member.version, {
          ...memberChanges(cipher, changes),
          updated_at: now(),
        });
        if (!updated) throw conflict('STALE_VERSION');
        if (changes.phone !== undefined)
          await accounts.memberPhoneChanged(trx, actor, member.id, changes.phone ?? null);
      }
      await audit.append(trx, actor, {
        action: outcome === 'approved' ? 'member.contact_change.approve' : 'member.contact_change.reject',
        objectType: 'member',
        objectId: member.id,
        orgId: change.org_id,
        detail: { changeId: id, fields, ...(note && { note }) },
      });
      await notify.send(trx, {
        orgId: change.org_id,
        userIds: [change.requested_by],
        kind: 'member.contact_change',
        title: outcome === 'approved' ? '您的联系方式修改申请已通过' : '您的联系方式修改申请未通过',
        ...(note && { body: note }),
        link: '/my-info',
        objectType: 'member_contact_change',
        objectId: id,
      });
      return row;
    });
    const [fresh, ref] = await Promise.all([repo.get(db, member.id), refIndex(actor, member.org_id)]);
    return view(decided, fresh ?? member, ref.sectors.get(member.sector_id)?.name ?? '', false);
  }

  return {
    async me(actor: Actor) {
      const row = await ownRecord(actor);
      const [ref, pending] = await Promise.all([refIndex(actor, row.org_id), repo.pendingChangeOf(db, row.id)]);
      const { can: _can, ...detail } = presentDetail(row, ref, { edit: false, unmask: false });
      const sectorName = ref.sectors.get(row.sector_id)?.name ?? '';
      return {
        member: { ...detail, phone: row.phone_enc ? cipher.decrypt(row.phone_enc) : null },
        pendingChange: pending ? view(pending, row, sectorName, true) : null,
      };
    },

    async request(actor: Actor, input: ContactChanges) {
      const member = await ownRecord(actor);
      if (member.active !== 1) throw conflict('INVALID_STATE', '您的委员信息已停用，无法修改');
      if (await repo.pendingChangeOf(db, member.id)) throw conflict('CONTACT_CHANGE_PENDING');
      const wanted: ContactChanges = {
        ...input,
        ...(input.phone !== undefined && { phone: cleanPhone(input.phone) ?? undefined }),
      };
      const problems = checkContact({ phone: wanted.phone, email: wanted.email, postalCode: wanted.postalCode });
      if (problems.length) throw validationFailed(problems);
      const current = currentValues(member, true);
      const changes: ContactChanges = {};
      for (const f of CONTACT_FIELDS) {
        const next = wanted[f];
        if (next === undefined) continue;
        const normal = next === '' ? null : next;
        if ((current[f] ?? null) !== normal) (changes as Record<string, string | null>)[f] = normal;
      }
      const fields = Object.keys(changes) as ContactField[];
      if (!fields.length) throw badRequest('NOTHING_CHANGED');
      if (changes.phone === null) throw validationFailed([{ field: 'phone', message: '手机号不能为空' }]);
      if (changes.phone) {
        const bidx = phoneIndex(cipher, changes.phone);
        const other = bidx && (await repo.findClash(db, member.term_id, 'phone_bidx', bidx, member.id));
        if (other) throw conflict('DUPLICATE_PHONE', '该手机号已被其他委员使用，请核对');
      }
      const row = await inTransaction(db, async (trx) => {
        const created = await repo.insertChange(trx, {
          org_id: member.org_id,
          member_id: member.id,
          requested_by: actor.userId,
          changes_enc: cipher.encrypt(
            JSON.stringify({ changes, before: Object.fromEntries(fields.map((f) => [f, current[f] ?? null])) }),
          ),
          fields: JSON.stringify(fields),
          status: 'pending',
          created_at: now(),
        });
        await audit.append(trx, actor, {
          action: 'member.contact_change.request',
          objectType: 'member',
          objectId: member.id,
          orgId: member.org_id,
          detail: { changeId: created.id, fields },
        });
        return created;
      });
      const ref = await refIndex(actor, member.org_id);
      return view(row, member, ref.sectors.get(member.sector_id)?.name ?? '', true);
    },

    async list(actor: Actor, query: { status: ContactChangeRow['status']; page: number; pageSize: number }) {
      requirePermission(actor, 'contact_changes.decide');
      const orgId = actor.currentOrgId;
      const [rows, total, ref] = await Promise.all([
        repo.listChanges(db, orgId, query.status, query.pageSize, (query.page - 1) * query.pageSize),
        repo.countChanges(db, orgId, query.status),
        refIndex(actor, orgId),
      ]);
      const members = new Map(
        (await repo.membersByIds(db, [...new Set(rows.map((r) => r.member_id))])).map((m) => [m.id, m]),
      );
      return {
        items: rows.map((r) => {
          const m = members.get(r.member_id)!;
          return view(r, m, ref.sectors.get(m.sector_id)?.name ?? '', false);
        }),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    approve: (actor: Actor, id: number, note?: string) => decide(actor, id, 'approved', note ?? null),
    reject: (actor: Actor, id: number, note: string) => decide(actor, id, 'rejected', note),
  };
}

export type ContactChangeService = ReturnType<typeof createContactChangeService>;
