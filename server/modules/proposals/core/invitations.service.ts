// Co-proposers of a joint proposal (联名): the drafter's list becomes invitations, each
// invitee accepts or declines before the deadline, and the hourly task lets unanswered
// invitations lapse.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { conflict, invalid } from '../../../platform/errors.js';
import { addDays } from '../../../platform/workdays.js';
import { loadSettings } from '../settings/settings.repo.js';
import { coreAccess } from './proposals.policy.js';
import type { ProposalRow } from './proposals.repo.js';
import { loadForStep, nowIso, tell, today, type ProposalDeps } from './proposals.service.js';
import { proposalName } from './proposals.texts.js';

export function createInvitationsService(deps: ProposalDeps) {
  const { db, repo, audit, clock } = deps;

  return {
    /** Adds newly listed co-proposers as invitations and drops ones no longer listed. */
    async syncCoProposers(trx: Db, actor: Actor, p: ProposalRow, coIds: number[]) {
      const leadId = p.lead_member_id;
      if (coIds.some((id) => id === leadId)) throw invalid('coProposerIds', '联名人不能是提案人本人');
      const members = await repo.members(trx, coIds);
      for (const id of coIds) {
        const m = members.find((x) => x.id === id);
        if (!m || m.org_id !== p.org_id || m.active !== 1)
          throw invalid('coProposerIds', `委员 ${id} 不存在或已不在任`);
      }
      const existing = (await repo.proposers(trx, p.id)).filter((x) => x.role === 'co');
      for (const x of existing) if (!coIds.includes(x.member_id)) await repo.removeProposer(trx, p.id, x.member_id);
      const deadline = addDays(today(clock), (await loadSettings(trx, p.org_id)).inviteDays);
      const invited: number[] = [];
      for (const [i, id] of coIds.entries()) {
        if (existing.some((x) => x.member_id === id)) continue;
        await repo.addProposer(trx, {
          proposal_id: p.id,
          member_id: id,
          role: 'co',
          status: 'invited',
          sort_order: i + 1,
          invited_at: nowIso(clock),
          invite_deadline: deadline,
          responded_at: null,
          via_proposal_id: null,
        });
        invited.push(id);
      }
      await tell(deps, trx, p, await repo.userIdsOfMembers(trx, invited), {
        kind: 'proposal.invitation',
        title: '联名提案邀请',
        body: `${actor.displayName}邀请您联名提案《${p.title}》，请在 ${deadline} 前答复。`,
      });
    },

    async respond(actor: Actor, id: number, accept: boolean) {
      return inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'respondInvitation', trx);
        const memberId = actor.memberId!;
        const invitation = await repo.proposerRelation(trx, id, memberId);
        if (invitation?.invite_deadline && invitation.invite_deadline < today(clock)) {
          await repo.setProposerStatus(trx, id, memberId, 'expired', nowIso(clock));
          throw conflict('INVITATION_EXPIRED', '联名邀请已过答复期限');
        }
        await repo.setProposerStatus(trx, id, memberId, accept ? 'accepted' : 'declined', nowIso(clock));
        await audit.append(trx, actor, {
          action: accept ? 'proposal.invitation_accept' : 'proposal.invitation_decline',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
        });
        await tell(deps, trx, p, [p.author_user_id], {
          kind: 'proposal.invitation_answer',
          title: accept ? '联名邀请已接受' : '联名邀请被婉拒',
          body: `${actor.displayName}${accept ? '同意' : '婉拒了'}联名${proposalName(p)}。`,
        });
        return id;
      });
    },

    /**
     * The member's invitations: open ones first-class, and those of the last 180 days that were
     * answered or lapsed, so a notice about one opens a page saying what became of it. One past
     * its deadline reads as lapsed even before the hourly task has marked it.
     */
    async mine(actor: Actor) {
      coreAccess.require(actor, 'invitations');
      const since = addDays(today(clock), -180);
      const rows = await repo.invitationsOf(db, actor.memberId!, since);
      return rows.map((r) => ({
        proposalId: r.proposal_id,
        title: r.title,
        leadName: r.lead_name ?? '',
        status: r.status === 'invited' && r.invite_deadline && r.invite_deadline < today(clock) ? 'expired' : r.status,
        invitedAt: r.invited_at,
        inviteDeadline: r.invite_deadline,
        respondedAt: r.responded_at,
      }));
    },

    /** The recurring task: invitations past their deadline drop out. */
    async expire(): Promise<number> {
      const due = await repo.expiredInvitations(db, today(clock));
      for (const inv of due) {
        await inTransaction(db, async (trx) => {
          await repo.setProposerStatus(trx, inv.proposal_id, inv.member_id, 'expired', nowIso(clock));
          await audit.append(
            trx,
            { kind: 'system', name: 'invitation-expiry' },
            {
              action: 'proposal.invitation_expire',
              objectType: 'proposal',
              objectId: inv.proposal_id,
              orgId: inv.org_id,
              detail: { memberId: inv.member_id },
            },
          );
        });
      }
      return due.length;
    },
  };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;
