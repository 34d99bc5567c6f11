// Submission and withdrawal: the checks that make a proposal complete enough to submit
// (text lengths, category and themes of the organisation, a joint proposal's co-proposer),
// what submitting writes (the session it falls in, the lead's sector and committee, the
// normalised-text hash), and the drafter's withdrawal before review.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { badRequest } from '../../../platform/errors.js';
import { addDays } from '../../../platform/workdays.js';
import { loadSettings } from '../settings/settings.repo.js';
import { nextState } from './lifecycle.model.js';
import type { ProposalRepo, ProposalRow } from './proposals.repo.js';
import { loadForStep, nowIso, today, type ProposalDeps } from './proposals.service.js';
import { proposalContentHash } from './search.service.js';

export type LeadMember = NonNullable<Awaited<ReturnType<ProposalRepo['member']>>>;

/** What checking a proposal for submission reads from it (a stored row, or one about to be written). */
export type Submittable = Pick<
  ProposalRow,
  | 'org_id'
  | 'term_id'
  | 'state'
  | 'kind'
  | 'title'
  | 'reasons'
  | 'suggestions'
  | 'category'
  | 'themes'
  | 'lead_member_id'
  | 'collective_type'
  | 'collective_ref'
>;

export function createSubmissionService(deps: ProposalDeps) {
  const { db, repo, audit, clock, indexer } = deps;

  /**
   * Checks a proposal is complete and works out what submitting it writes. `hasCoProposer`
   * and `lead` are given when the caller knows them (a draft submitted as it is written).
   */
  async function submission(trx: Db, p: Submittable, o: { id?: number; lead?: LeadMember; hasCoProposer?: boolean }) {
    const to = nextState('submit', p.state);
    const settings = await loadSettings(trx, p.org_id);
    const problems: { path: string; message: string }[] = [];
    if ([...p.title].length < 5) problems.push({ path: 'title', message: '案由至少 5 个字' });
    if ([...p.reasons].length < 20) problems.push({ path: 'reasons', message: '理由至少 20 个字' });
    if ([...p.suggestions].length < 20) problems.push({ path: 'suggestions', message: '办法与建议至少 20 个字' });
    if (!p.category || !settings.categories.includes(p.category))
      problems.push({ path: 'category', message: '请选择提案类别' });
    const badThemes = (JSON.parse(p.themes) as string[]).filter((t) => !settings.themes.includes(t));
    if (badThemes.length)
      problems.push({ path: 'themes', message: `主题不在本组织的主题列表中：${badThemes.join('、')}` });
    const hasCoProposer =
      o.hasCoProposer ??
      (await repo.proposers(trx, o.id!)).some(
        (x) => x.role === 'co' && (x.status === 'invited' || x.status === 'accepted'),
      );
    if (p.kind === 'joint' && !hasCoProposer)
      problems.push({ path: 'coProposerIds', message: '联名提案至少需要一位联名人' });
    if (problems.length) throw badRequest('PROPOSAL_INCOMPLETE', '提案内容不完整，请补充后再提交', problems);

    const submittedOn = today(clock);
    const sessions = await repo.termSessions(trx, p.term_id);
    const session = sessions.find(
      (x) => addDays(x.opens_on, -settings.sessionLeadDays) <= submittedOn && submittedOn <= x.closes_on,
    );
    const lead = o.lead ?? (p.lead_member_id ? await repo.member(trx, p.lead_member_id) : undefined);
    const collectiveSector = p.collective_type === 'sector' ? Number(p.collective_ref) : null;
    const collectiveCommittee = p.collective_type === 'committee' ? Number(p.collective_ref) : null;
    return {
      state: to,
      session_id: session?.id ?? null,
      submitted_at: nowIso(clock),
      lead_sector_id: lead?.sector_id ?? collectiveSector,
      lead_committee_id: lead?.committee_id ?? collectiveCommittee,
      review_note: null,
      // Written with the step rather than by the indexer in a second update of the row.
      content_hash: proposalContentHash(p),
      updated_at: nowIso(clock),
    };
  }

  const submitAudit = (p: ProposalRow, resubmission: boolean) => ({
    action: 'proposal.submit' as const,
    objectType: 'proposal',
    objectId: p.id,
    orgId: p.org_id,
    detail: { resubmission, sessionId: p.session_id },
  });

  /** Indexes a proposal just written submitted and audits its submission (`fresh`: inserted in this transaction). */
  async function submitted(trx: Db, actor: Actor, p: ProposalRow, resubmission: boolean, fresh = false) {
    await indexer.index(trx, p, { fresh });
    await audit.append(trx, actor, submitAudit(p, resubmission));
  }

  return {
    submission,
    submitted,

    async submit(actor: Actor, id: number, version?: number) {
      return inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'submit', trx);
        const updated = await repo.update(trx, p.id, await submission(trx, p, { id: p.id }), version);
        await submitted(trx, actor, updated, p.state === 'returned');
        return id;
      });
    },

    async withdraw(actor: Actor, id: number) {
      return inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'withdraw', trx);
        const to = nextState('withdraw', p.state);
        await repo.update(trx, id, { state: to, updated_at: nowIso(clock) });
        await repo.expireInvitations(trx, id, nowIso(clock));
        await audit.append(trx, actor, {
          action: 'proposal.withdraw',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
        });
        return id;
      });
    },
  };
}

export type SubmissionService = ReturnType<typeof createSubmissionService>;
