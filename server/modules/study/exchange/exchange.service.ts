// The party-group learning exchange: the office keeps the attendees (members of its roster),
// each attendee writes his account of a month on his phone while the month is open, the office
// sees who has written and who has not and reminds the latter once a day. Each write authorises
// through the rules, runs in one transaction and appends one audit entry.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaDate, type Clock } from '../../../platform/clock.js';
import { conflict, forbidden, invalid } from '../../../platform/errors.js';
import type { Notifier } from '../../../platform/notify/notifier.js';
import { activeUserIdsOfMembers } from '../../accounts/index.js';
import { membersByIds } from '../../members/index.js';
import { readsStudy } from '../plan/plan.policy.js';
import { monthState, previousMonth } from './exchange.model.js';
import { exchangeAccess, exchangeRules, type ExchangeMonth, type ExchangeRelation } from './exchange.policy.js';
import type { ExchangeRepo } from './exchange.repo.js';
import { exchangeTexts } from './exchange.texts.js';

export interface ExchangeDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  notify: Notifier;
  exchange: ExchangeRepo;
}

export function createExchangeService(deps: ExchangeDeps) {
  const { db, clock, audit, notify, exchange } = deps;
  const times = () => {
    const n = clock.now();
    return { now: n.toISOString(), today: chinaDate(n) };
  };

  async function relationOf(trx: Db, s: ExchangeMonth, today: string): Promise<ExchangeRelation> {
    const [attendee, reminder] = await Promise.all([
      s.memberId === null ? false : exchange.isAttendee(trx, s.orgId, s.memberId),
      exchange.reminderOn(trx, s.orgId, s.month, today),
    ]);
    return { today, attendee, remindedToday: !!reminder };
  }

  /** Who a month lists: the attendees named by then, and whoever wrote that month (an attendee since removed). */
  async function monthRows(trx: Db, orgId: number, month: string) {
    const [list, accounts] = await Promise.all([
      exchange.attendees(trx, orgId),
      exchange.accountsOf(trx, orgId, month),
    ]);
    const byMember = new Map(accounts.map((a) => [a.member_id, a]));
    const rows = list
      .filter((a) => byMember.has(a.member_id) || chinaDate(new Date(a.added_at)).slice(0, 7) <= month)
      .map((a) => ({ memberId: a.member_id, name: a.name }));
    for (const a of accounts)
      if (!rows.some((r) => r.memberId === a.member_id)) rows.push({ memberId: a.member_id, name: a.name });
    return rows.map((r) => {
      const a = byMember.get(r.memberId);
      return { ...r, written: !!a, body: a?.body ?? null, updatedAt: a?.updated_at ?? null };
    });
  }

  return {
    async attendees(actor: Actor) {
      exchangeAccess.require(actor, 'readExchange');
      if (!readsStudy(actor, actor.currentOrgId)) throw forbidden();
      return (await exchange.attendees(db, actor.currentOrgId)).map((a) => ({
        memberId: a.member_id,
        name: a.name,
        addedAt: a.added_at,
      }));
    },

    /** Replaces the list: the members named stay or are added, the others leave it (their accounts stay). */
    async setAttendees(actor: Actor, memberIds: number[]) {
      exchangeAccess.require(actor, 'manageExchange');
      const ids = [...new Set(memberIds)];
      const found = await membersByIds(db, ids);
      if (found.length !== ids.length || found.some((m) => m.org_id !== actor.orgId || m.active !== 1))
        throw invalid('memberIds', '所选委员不存在、已不在任或不属于本单位');
      const at = times().now;
      return inTransaction(db, async (trx) => {
        const removed = Number((await exchange.removeAttendees(trx, actor.orgId, ids)).numDeletedRows);
        const added = (await exchange.addAttendees(trx, actor.orgId, ids, actor.userId, at)).length;
        await audit.append(trx, actor, {
          action: 'study.exchange_attendees',
          objectType: 'study_exchange',
          objectId: actor.orgId,
          orgId: actor.orgId,
          detail: { memberIds: ids, added, removed },
        });
        return { added, removed };
      });
    },

    async month(actor: Actor, month: string) {
      exchangeAccess.require(actor, 'readExchange');
      const orgId = actor.currentOrgId;
      if (!readsStudy(actor, orgId)) throw forbidden();
      const { today } = times();
      const subject: ExchangeMonth = { orgId, month, memberId: null };
      const [rows, rel, last] = await Promise.all([
        monthRows(db, orgId, month),
        relationOf(db, subject, today),
        exchange.lastReminder(db, orgId, month),
      ]);
      const written = rows.filter((r) => r.written).length;
      return {
        month,
        state: monthState(month, today),
        counts: { attendees: rows.length, written, missing: rows.length - written },
        // Not yet written first, each part by name.
        rows: [...rows.filter((r) => !r.written), ...rows.filter((r) => r.written)],
        lastRemindedAt: last?.created_at ?? null,
        allowedActions: exchangeRules.allowed(actor, subject, rel),
      };
    },

    /** Tells the month's not-yet-written attendees (those with an account), once a day. */
    async remind(actor: Actor, month: string) {
      const { now, today } = times();
      const subject: ExchangeMonth = { orgId: actor.orgId, month, memberId: null };
      return inTransaction(db, async (trx) => {
        exchangeRules.authorize(actor, 'remindExchange', subject, await relationOf(trx, subject, today));
        const missing = (await monthRows(trx, actor.orgId, month)).filter((r) => !r.written).map((r) => r.memberId);
        if (!missing.length) throw conflict('ALL_WRITTEN', '本月交流人员都已填写，无需提醒');
        const userIds = await activeUserIdsOfMembers(trx, missing);
        const claimed = await exchange.claimReminder(trx, {
          org_id: actor.orgId,
          month,
          reminded_on: today,
          reminded_by: actor.userId,
          reminded: userIds.length,
          created_at: now,
        });
        if (!claimed) throw conflict('REMINDED_TODAY', '今天已提醒过未填写人员，请明天再提醒');
        await notify.send(trx, {
          orgId: actor.orgId,
          userIds,
          kind: 'study.exchange_reminder',
          ...exchangeTexts.reminder(month),
          link: '/study/exchange',
          objectType: 'study_exchange',
          objectId: `${actor.orgId}:${month}`,
          dedupeKey: `study.exchange:${actor.orgId}:${month}:${today}`,
        });
        await audit.append(trx, actor, {
          action: 'study.exchange_remind',
          objectType: 'study_exchange',
          objectId: actor.orgId,
          orgId: actor.orgId,
          detail: { month, missing: missing.length, reminded: userIds.length },
        });
        return { missing: missing.length, reminded: userIds.length };
      });
    },

    /** The member's own: whether he is an attendee, the open months and his earlier accounts. */
    async mine(actor: Actor) {
      exchangeAccess.require(actor, 'myExchange');
      const { today } = times();
      if (actor.memberId === null) return { memberId: null, attendee: false, open: [], history: [] };
      const memberId = actor.memberId;
      const [attendee, accounts] = await Promise.all([
        exchange.isAttendee(db, actor.orgId, memberId),
        exchange.accountsOfMember(db, memberId, 24),
      ]);
      const current = today.slice(0, 7);
      const of = (month: string) => {
        const a = accounts.find((x) => x.month === month);
        return { month, body: a?.body ?? null, updatedAt: a?.updated_at ?? null, writable: attendee };
      };
      return {
        memberId,
        attendee,
        open: [of(current), of(previousMonth(current))],
        history: accounts
          .filter((a) => monthState(a.month, today) === 'closed')
          .map((a) => ({ month: a.month, body: a.body, updatedAt: a.updated_at, writable: false })),
      };
    },

    /** Writes or rewrites the member's own account of an open month. */
    async write(actor: Actor, month: string, memberId: number, body: string) {
      const { now, today } = times();
      const subject: ExchangeMonth = { orgId: actor.orgId, month, memberId };
      return inTransaction(db, async (trx) => {
        exchangeRules.authorize(actor, 'writeExchange', subject, await relationOf(trx, subject, today));
        const before = await exchange.accountOf(trx, memberId, month);
        await exchange.insertAccount(trx, { org_id: actor.orgId, member_id: memberId, month, body, at: now });
        await audit.append(trx, actor, {
          action: 'study.exchange_write',
          objectType: 'study_exchange',
          objectId: actor.orgId,
          orgId: actor.orgId,
          detail: { month, memberId, revised: !!before },
        });
        return { month, body, updatedAt: now, writable: true };
      });
    },
  };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
