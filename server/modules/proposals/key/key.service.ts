// Key proposals (重点提案): the office nominates, the chair's meeting approves or declines
// (recorded by an approving leader or the office), an approved one gets a leading leader
// (领办) who, with the office, records instructions, supervision visits and meetings.
import { inTransaction, type Db } from '../../../db/tx.js';
import { can, type Actor } from '../../../platform/access/actor.js';
import { chinaDate } from '../../../platform/clock.js';
import { invalid } from '../../../platform/errors.js';
import { groupBy } from '../../../platform/group-by.js';
import { isOverdue } from '../core/proposals.present.js';
import type { ProposalRow } from '../core/proposals.repo.js';
import {
  loadForStep,
  loadVisible,
  nowIso,
  OFFICE_ROLES,
  proposerUserIds,
  tell,
  today,
  type ProposalDeps,
} from '../core/proposals.service.js';
import { proposalName } from '../core/proposals.texts.js';
import type { ProposalStep } from '../proposals.policy.js';
import { isCommitteeLeader, keyAccess } from './key.policy.js';
import { isOffice } from '../core/proposals.policy.js';
import type { KeyRepo } from './key.repo.js';
import type { KeyBoardItem, KeyEventKind, KeyEventView } from './key.schema.js';

export function createKeyService(deps: ProposalDeps & { keyRepo: KeyRepo }) {
  const { db, repo, keyRepo, audit, clock } = deps;

  const load = (trx: Db, actor: Actor, id: number, step: ProposalStep) => loadForStep(deps, actor, id, step, trx);

  function notFuture(date: string, path: string) {
    if (date > today(clock)) throw invalid(path, '日期不能晚于今天');
  }

  const notice = (trx: Db, p: ProposalRow, userIds: number[], kind: string, title: string, body: string) =>
    tell(deps, trx, p, userIds, { kind, title, body });

  return {
    async nominate(actor: Actor, id: number, input: { note?: string }) {
      return inTransaction(db, async (trx) => {
        const { p } = await load(trx, actor, id, 'nominateKey');
        await repo.update(trx, id, {
          is_key: 1,
          key_status: 'nominated',
          key_leader_user_id: null,
          updated_at: nowIso(clock),
        });
        await audit.append(trx, actor, {
          action: 'proposal.key_nominate',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { note: input.note ?? null },
        });
        return id;
      });
    },

    async cancelNomination(actor: Actor, id: number) {
      return inTransaction(db, async (trx) => {
        const { p } = await load(trx, actor, id, 'cancelKeyNomination');
        await repo.update(trx, id, { is_key: 0, key_status: null, updated_at: nowIso(clock) });
        await audit.append(trx, actor, {
          action: 'proposal.key_nomination_cancel',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
        });
        return id;
      });
    },

    /** Records the chair's meeting decision; the meeting itself joins the proposal's key events. */
    async decide(actor: Actor, id: number, input: { approved: boolean; meetingDate: string; note?: string }) {
      notFuture(input.meetingDate, 'meetingDate');
      return inTransaction(db, async (trx) => {
        const { p } = await load(trx, actor, id, 'decideKey');
        const updated = await repo.update(trx, id, {
          is_key: input.approved ? 1 : 0,
          key_status: input.approved ? 'approved' : 'declined',
          updated_at: nowIso(clock),
        });
        const verdict = input.approved ? '同意列为重点提案' : '不列为重点提案';
        await keyRepo.addEvent(trx, {
          proposal_id: id,
          kind: 'meeting',
          happened_on: input.meetingDate,
          summary: `主席会议审定：${verdict}${input.note ? `。${input.note}` : ''}`,
          leader_user_id: null,
          created_by: actor.userId,
          created_at: nowIso(clock),
        });
        await audit.append(trx, actor, {
          action: 'proposal.key_decide',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { approved: input.approved, meetingDate: input.meetingDate, note: input.note ?? null },
        });
        if (input.approved) {
          await notice(
            trx,
            updated,
            await proposerUserIds(deps, trx, updated),
            'proposal.key_approved',
            '提案列为重点提案',
            `您的提案${proposalName(updated)}经主席会议审定列为重点提案。`,
          );
        }
        if (!can(actor, 'proposals.manage')) {
          const office = (await repo.userIdsWithRoles(trx, p.org_id, OFFICE_ROLES)).filter((u) => u !== actor.userId);
          await notice(
            trx,
            updated,
            office,
            'proposal.key_decided',
            '重点提案审定结果',
            `${actor.displayName}录入审定结果：${proposalName(updated)}${verdict}。`,
          );
        }
        return id;
      });
    },

    async assignLeader(actor: Actor, id: number, input: { leaderUserId: number }) {
      return inTransaction(db, async (trx) => {
        const { p } = await load(trx, actor, id, 'assignKeyLeader');
        const leader = await keyRepo.user(trx, input.leaderUserId);
        const isLeader =
          !!leader && leader.active === 1 && leader.org_id === p.org_id && keyRepo.isLeaderAccount(leader.roles);
        if (!leader || !isLeader) {
          throw invalid('leaderUserId', '领办领导须为本组织在任的领导账号');
        }
        if (p.key_leader_user_id === leader.id) return id;
        const updated = await repo.update(trx, id, { key_leader_user_id: leader.id, updated_at: nowIso(clock) });
        await audit.append(trx, actor, {
          action: 'proposal.key_leader',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { leaderUserId: leader.id, previous: p.key_leader_user_id },
        });
        await notice(
          trx,
          updated,
          [leader.id],
          'proposal.key_leader',
          '请领办重点提案',
          `${leader.leader_title ?? ''}${leader.display_name}同志：重点提案${proposalName(updated)}由您领衔督办，请在“我领办的重点提案”中查看办理进展。`,
        );
        return id;
      });
    },

    async recordEvent(actor: Actor, id: number, input: { kind: KeyEventKind; happenedOn: string; summary: string }) {
      notFuture(input.happenedOn, 'happenedOn');
      return inTransaction(db, async (trx) => {
        const { p, rel } = await load(trx, actor, id, 'recordKeyEvent');
        const event = await keyRepo.addEvent(trx, {
          proposal_id: id,
          kind: input.kind,
          happened_on: input.happenedOn,
          summary: input.summary,
          // A leader's own instruction is his; one the office records is the leading leader's.
          leader_user_id: rel.isKeyLeader || isCommitteeLeader(actor, p) ? actor.userId : p.key_leader_user_id,
          created_by: actor.userId,
          created_at: nowIso(clock),
        });
        await repo.update(trx, id, { updated_at: nowIso(clock) });
        await audit.append(trx, actor, {
          action: 'proposal.key_event',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { eventId: event.id, kind: input.kind },
        });
        // An instruction is addressed to whoever handles the proposal, and the office follows it up.
        if (input.kind === 'instruction') {
          const unitIds = (await keyRepo.units(trx, [id])).map((u) => u.unit_id);
          const office = isOffice(actor, p) ? [] : await repo.userIdsWithRoles(trx, p.org_id, OFFICE_ROLES);
          const to = [...(await repo.userIdsOfUnits(trx, unitIds)), ...office].filter((u) => u !== actor.userId);
          await notice(
            trx,
            p,
            to,
            'proposal.key_instruction',
            '重点提案领导批示',
            `${proposalName(p)}有新的领导批示（${input.happenedOn}）：${input.summary}`,
          );
        }
        return event.id;
      });
    },

    async events(actor: Actor, id: number): Promise<KeyEventView[]> {
      await loadVisible(deps, actor, id);
      const rows = await keyRepo.events(db, id);
      return rows.map((e) => ({
        id: e.id,
        kind: e.kind,
        happenedOn: e.happened_on,
        summary: e.summary,
        leader: e.leader_user_id && e.leader_name ? { id: e.leader_user_id, name: e.leader_name } : null,
        createdBy: { id: e.created_by, name: e.created_by_name },
        createdAt: e.created_at,
      }));
    },

    /** Leaders of the office's organisation who may be asked to lead a key proposal. */
    async leaders(actor: Actor) {
      keyAccess.require(actor, 'keyLeaders');
      const rows = await keyRepo.leadersOf(db, actor.orgId);
      return { items: rows.map((r) => ({ id: r.id, name: r.display_name, title: r.leader_title })) };
    },

    async board(actor: Actor, query: { mine?: boolean; termId?: number }) {
      keyAccess.require(actor, query.mine ? 'ownKeyBoard' : 'keyBoard');
      const rows = await keyRepo.board(db, {
        orgId: actor.currentOrgId,
        leaderUserId: query.mine ? actor.userId : undefined,
        termId: query.termId,
      });
      const ids = rows.map((r) => r.id);
      const [units, counts, last] = await Promise.all([
        keyRepo.units(db, ids),
        keyRepo.eventCounts(db, ids),
        keyRepo.lastEvents(db, ids),
      ]);
      const day = chinaDate(clock.now());
      const unitsOf = groupBy(units, (u) => u.proposal_id);
      const countsOf = groupBy(counts, (c) => c.proposal_id);
      const lastOf = new Map(last.map((e) => [e.proposal_id, e]));
      const items: KeyBoardItem[] = rows.map((r) => {
        const eventCounts = { instruction: 0, visit: 0, meeting: 0, other: 0 };
        for (const c of countsOf.get(r.id) ?? []) eventCounts[c.kind] += Number(c.n);
        const lastEvent = lastOf.get(r.id);
        return {
          id: r.id,
          numberLabel: r.number_label,
          title: r.title,
          state: r.state,
          keyStatus: r.key_status,
          leader:
            r.key_leader_user_id && r.leader_name
              ? { id: r.key_leader_user_id, name: r.leader_name, title: r.leader_title }
              : null,
          units: (unitsOf.get(r.id) ?? []).map((u) => ({
            id: u.unit_id,
            name: u.name,
            role: u.role,
            status: u.status,
          })),
          replyDeadline: r.reply_deadline,
          overdue: isOverdue(r, day),
          resultClass: r.result_class,
          lastEvent: lastEvent
            ? { kind: lastEvent.kind, happenedOn: lastEvent.happened_on, summary: lastEvent.summary }
            : null,
          eventCounts,
        };
      });
      const approved = items.filter((i) => i.keyStatus === 'approved');
      return {
        items,
        totals: {
          nominated: items.filter((i) => i.keyStatus === 'nominated').length,
          approved: approved.length,
          withLeader: approved.filter((i) => i.leader).length,
          replied: items.filter((i) => i.state === 'replied' || i.state === 'closed').length,
          overdue: items.filter((i) => i.overdue).length,
        },
      };
    },
  };
}

export type KeyService = ReturnType<typeof createKeyService>;
