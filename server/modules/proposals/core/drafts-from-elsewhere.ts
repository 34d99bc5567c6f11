// A proposal draft another module writes for members, inside its own transaction: the opinions
// module routes an opinion (or a group of them) into a proposal, prefilled with its title and
// text and the opinions' submitters as proposers. The first submitter leads it and becomes its
// drafter (he completes and submits it as any draft of his); the others are invited as
// co-proposers, as a joint proposal's drafter would invite them. Each is told.
import type { Db } from '../../../db/tx.js';
import type { Platform } from '../../../platform/platform.js';
import { addDays } from '../../../platform/workdays.js';
import { currentTerm } from '../../orgs/index.js';
import { loadSettings } from '../settings/settings.repo.js';
import { createProposalRepo } from './proposals.repo.js';
import { nowIso, tell, today } from './proposals.service.js';

export interface DraftSeed {
  orgId: number;
  title: string;
  /** The reasons (案由); the suggestions are left for the proposer to write. */
  reasons: string;
  /** The proposers, the lead first: members of the organisation. */
  memberIds: number[];
  /** Who routed it (the office), the drafter when the lead has no account. */
  byUserId: number;
  /** Where it came from, said in the notice (e.g. 界别活动周意见). */
  source: string;
}

export type CreateDraftFrom = (trx: Db, seed: DraftSeed) => Promise<number>;

export function draftsFromElsewhereOf(platform: Pick<Platform, 'clock' | 'notify'>): CreateDraftFrom {
  const repo = createProposalRepo();
  const deps = { notify: platform.notify };
  return async (trx, seed) => {
    const [leadId, ...coIds] = [...new Set(seed.memberIds)];
    const term = await currentTerm(trx, seed.orgId);
    if (!term) throw new Error(`organisation ${seed.orgId} has no current term`);
    const now = nowIso(platform.clock);
    const leadUsers = leadId ? await repo.userIdsOfMembers(trx, [leadId]) : [];
    const p = await repo.insert(trx, {
      org_id: seed.orgId,
      term_id: term.id,
      kind: coIds.length ? 'joint' : 'individual',
      title: seed.title,
      reasons: seed.reasons,
      suggestions: '',
      themes: '[]',
      suggested_unit_ids: '[]',
      state: 'draft',
      author_user_id: leadUsers[0] ?? seed.byUserId,
      lead_member_id: leadId ?? null,
      created_at: now,
      updated_at: now,
    });
    const deadline = addDays(today(platform.clock), (await loadSettings(trx, seed.orgId)).inviteDays);
    for (const [i, memberId] of [leadId, ...coIds].entries()) {
      if (memberId === undefined) continue;
      await repo.addProposer(trx, {
        proposal_id: p.id,
        member_id: memberId,
        role: i === 0 ? 'lead' : 'co',
        status: i === 0 ? 'accepted' : 'invited',
        sort_order: i,
        invited_at: i === 0 ? null : now,
        invite_deadline: i === 0 ? null : deadline,
        responded_at: i === 0 ? now : null,
        via_proposal_id: null,
      });
    }
    await tell(deps, trx, p, leadUsers, {
      kind: 'proposal.draft_from_opinion',
      title: '您的意见已转为提案草稿',
      body: `${seed.source}《${seed.title}》已转为以您为提案人的提案草稿，请补充完善后提交。`,
    });
    await tell(deps, trx, p, await repo.userIdsOfMembers(trx, coIds), {
      kind: 'proposal.invitation',
      title: '联名提案邀请',
      body: `${seed.source}《${seed.title}》已转为提案草稿，您是提出该意见的委员之一，请在 ${deadline} 前答复是否联名。`,
    });
    return p.id;
  };
}
