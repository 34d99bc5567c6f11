// The proposer's side before review: drafts (individual, joint with invited co-proposers,
// collective in a group's name), submission, withdrawal, and answering an invitation.
import { inTransaction, type Db } from '../../../db/tx.js';
import { can, type Actor } from '../../../platform/access/actor.js';
import { badRequest, conflict, forbidden } from '../../../platform/errors.js';
import { addDays } from '../../../platform/workdays.js';
import { PARTIES, type PartyCode } from '../../members/parties.js';
import { removeAttachments } from './attachments.service.js';
import { loadVisible, nowIso, proposalLink, proposalName, today, type ProposalDeps } from './proposals.service.js';
import type { StoredFile } from '../../../platform/files/file-service.js';
import { proposalContentHash } from './search.service.js';
import type { ProposalRepo, ProposalRow, ProposerRow } from './proposals.repo.js';
import type { DraftInput } from './proposals.schema.js';
import { loadSettings } from '../settings/settings.repo.js';
import { nextState } from './lifecycle.model.js';
import { PROPOSAL_FILE_OWNER } from './proposals.present.js';

type DraftPatch = Partial<DraftInput> & { leadMemberId?: number };
type NewDraft = DraftInput & { leadMemberId?: number };
type LeadMember = NonNullable<Awaited<ReturnType<ProposalRepo['member']>>>;

interface PreparedDraft {
  orgId: number;
  termId: number;
  /** The lead proposer (not for a collective proposal). */
  lead: LeadMember | undefined;
}

/** A proposal as a step left it, with what its detail needs, so the answer reads nothing back. */
export interface Written {
  p: ProposalRow;
  proposers: ProposerRow[];
  attachments: StoredFile[];
}

export function createDraftingService(deps: ProposalDeps) {
  const { db, repo, audit, notify, files, clock, indexer } = deps;

  async function collectiveName(trx: Db, orgId: number, c: NonNullable<DraftInput['collective']>): Promise<string> {
    if (c.type === 'party') {
      const label = PARTIES[c.ref as PartyCode]?.['zh-CN'];
      if (!label || c.ref === 'nonparty')
        throw badRequest('VALIDATION_FAILED', undefined, [{ path: 'collective.ref', message: '党派代码无效' }]);
      const org = await trx
        .selectFrom('organisations')
        .select('short_name')
        .where('id', '=', orgId)
        .executeTakeFirstOrThrow();
      return `${label}${org.short_name.replace(/政协$/, '')}委员会`;
    }
    const table = c.type === 'committee' ? 'committees' : c.type === 'sector' ? 'sectors' : 'member_groups';
    const row = typeof c.ref === 'number' ? await repo.named(trx, table, c.ref) : undefined;
    if (!row || row.org_id !== orgId)
      throw badRequest('VALIDATION_FAILED', undefined, [{ path: 'collective.ref', message: '集体提案的名义不存在' }]);
    return row.name;
  }

  /** Adds newly listed co-proposers as invitations and drops ones no longer listed. */
  async function syncCoProposers(trx: Db, actor: Actor, p: ProposalRow, coIds: number[]) {
    const leadId = p.lead_member_id;
    if (coIds.some((id) => id === leadId))
      throw badRequest('VALIDATION_FAILED', undefined, [{ path: 'coProposerIds', message: '联名人不能是提案人本人' }]);
    const members = await repo.members(trx, coIds);
    for (const id of coIds) {
      const m = members.find((x) => x.id === id);
      if (!m || m.org_id !== p.org_id || m.active !== 1) {
        throw badRequest('VALIDATION_FAILED', undefined, [
          { path: 'coProposerIds', message: `委员 ${id} 不存在或已不在任` },
        ]);
      }
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
    if (invited.length) {
      await notify.send(trx, {
        orgId: p.org_id,
        userIds: await repo.userIdsOfMembers(trx, invited),
        kind: 'proposal.invitation',
        title: '联名提案邀请',
        body: `${actor.displayName}邀请您联名提案《${p.title}》，请在 ${deadline} 前答复。`,
        link: proposalLink(p.id),
        objectType: 'proposal',
        objectId: p.id,
      });
    }
  }

  async function validateRefs(trx: Db, orgId: number, input: DraftPatch) {
    if (input.suggestedUnitIds?.length) {
      const units = await repo.units(trx, input.suggestedUnitIds);
      if (units.length !== new Set(input.suggestedUnitIds).size || units.some((u) => u.org_id !== orgId)) {
        throw badRequest('VALIDATION_FAILED', undefined, [
          { path: 'suggestedUnitIds', message: '建议的承办单位不存在' },
        ]);
      }
    }
  }

  /**
   * A new lead proposer for a draft the office entered on a member's behalf (a paper
   * proposal typed under the wrong name), or undefined when the lead stays. Only before
   * submission, and only by the office: a member's own proposal is his.
   */
  async function leadChange(trx: Db, actor: Actor, p: ProposalRow, input: DraftPatch): Promise<LeadMember | undefined> {
    const { leadMemberId } = input;
    if (leadMemberId === undefined || leadMemberId === p.lead_member_id) return undefined;
    if (p.kind === 'collective')
      throw badRequest('VALIDATION_FAILED', undefined, [{ path: 'leadMemberId', message: '集体提案没有提案人' }]);
    if (!can(actor, 'proposals.manage')) throw forbidden('LEAD_FIXED', '只有政协机关代为录入的提案可以更换提案人');
    if (p.state !== 'draft') throw conflict('INVALID_STATE', '提案提交后不能更换提案人');
    const lead = await repo.member(trx, leadMemberId);
    if (!lead || lead.org_id !== p.org_id || lead.active !== 1) {
      throw badRequest('VALIDATION_FAILED', undefined, [{ path: 'leadMemberId', message: '提案人不存在或已不在任' }]);
    }
    // Still a co-proposer after this edit: one member cannot be both.
    const coAfter =
      input.coProposerIds ??
      (await repo.proposers(trx, p.id))
        .filter((x) => x.role === 'co' && (x.status === 'invited' || x.status === 'accepted'))
        .map((x) => x.member_id);
    if (coAfter.includes(leadMemberId)) {
      throw badRequest('VALIDATION_FAILED', undefined, [
        { path: 'leadMemberId', message: '该委员是本提案的联名人，请先从联名人中移除' },
      ]);
    }
    return lead;
  }

  /** Who may draft, for whom, in which term: checked before the transaction. */
  async function prepareDraft(actor: Actor, input: NewDraft): Promise<PreparedDraft> {
    const office = can(actor, 'proposals.manage');
    if (!office && !can(actor, 'proposals.draft')) throw forbidden();
    const orgId = actor.orgId;
    let lead: LeadMember | undefined;
    if (input.kind === 'collective') {
      if (!office) throw forbidden('COLLECTIVE_BY_OFFICE', '集体提案由政协机关以集体名义录入');
      if (!input.collective)
        throw badRequest('VALIDATION_FAILED', undefined, [{ path: 'collective', message: '请选择以谁的名义提出' }]);
    } else {
      const leadMemberId = office && input.leadMemberId ? input.leadMemberId : actor.memberId;
      if (!leadMemberId) throw forbidden('NOT_A_MEMBER', '只有委员本人或机关代为录入时才能起草提案');
      lead = await repo.member(db, leadMemberId);
      if (!lead || lead.org_id !== orgId || lead.active !== 1) {
        throw badRequest('VALIDATION_FAILED', undefined, [{ path: 'leadMemberId', message: '提案人不存在或已不在任' }]);
      }
    }
    if (input.kind === 'individual' && input.coProposerIds.length) {
      throw badRequest('VALIDATION_FAILED', undefined, [
        { path: 'coProposerIds', message: '个人提案没有联名人；联名请选择“联名提案”' },
      ]);
    }
    const term = await repo.currentTerm(db, orgId);
    if (!term) throw conflict('NO_CURRENT_TERM', '本组织尚未设置当前届次，请联系机关工作人员');
    return { orgId, termId: term.id, lead };
  }

  /** What checking a proposal for submission reads from it (a stored row, or one about to be written). */
  type Submittable = Pick<
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

  /**
   * Checks a proposal is complete and works out what submitting it writes: the state, the
   * session it falls in, the lead's sector and committee, the normalised-text hash.
   * `hasCoProposer` and `lead` are given when the caller knows them (a draft submitted as it
   * is written).
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
    action: 'proposal.submit',
    objectType: 'proposal',
    objectId: p.id,
    orgId: p.org_id,
    detail: { resubmission, sessionId: p.session_id },
  });

  /**
   * Writes a new proposal with its proposers and files, and audits its creation. With
   * `submit`, it is written already submitted (checked as a submission is), indexed, and the
   * submission audited after the creation: one row written once, the same record as two steps.
   */
  async function insertDraft(
    trx: Db,
    actor: Actor,
    input: NewDraft,
    ready: PreparedDraft,
    submit = false,
  ): Promise<Written> {
    const { orgId, lead } = ready;
    await validateRefs(trx, orgId, input);
    const now = nowIso(clock);
    const values = {
      org_id: orgId,
      term_id: ready.termId,
      session_id: null as number | null,
      kind: input.kind,
      collective_type: input.collective?.type ?? null,
      collective_ref: input.collective ? String(input.collective.ref) : null,
      collective_name: input.collective ? await collectiveName(trx, orgId, input.collective) : null,
      title: input.title,
      reasons: input.reasons,
      suggestions: input.suggestions,
      category: input.category ?? null,
      themes: JSON.stringify(input.themes),
      is_public: input.isPublic ? 1 : 0,
      suggested_unit_ids: JSON.stringify(input.suggestedUnitIds),
      state: 'draft' as ProposalRow['state'],
      series: null,
      number: null,
      number_label: null,
      author_user_id: actor.userId,
      lead_member_id: lead?.id ?? null,
      lead_sector_id: null as number | null,
      lead_committee_id: null as number | null,
      content_hash: null as string | null,
      merged_into_id: null,
      reject_reason: null,
      review_note: null,
      result_class: null,
      reply_deadline: null,
      key_status: null,
      key_leader_user_id: null,
      excellent_year: null,
      submitted_at: null as string | null,
      reviewed_at: null,
      assigned_at: null,
      replied_at: null,
      closed_at: null,
      created_at: now,
      updated_at: now,
    };
    if (submit) {
      const hasCoProposer = input.kind === 'joint' && input.coProposerIds.length > 0;
      Object.assign(values, await submission(trx, values, { lead, hasCoProposer }));
    }
    const p = await repo.insert(trx, values);
    if (lead) {
      await repo.addProposer(trx, {
        proposal_id: p.id,
        member_id: lead.id,
        role: 'lead',
        status: 'accepted',
        sort_order: 0,
        invited_at: null,
        invite_deadline: null,
        responded_at: now,
        via_proposal_id: null,
      });
    }
    if (input.kind === 'joint') await syncCoProposers(trx, actor, p, input.coProposerIds);
    const attachments = await files.attach(trx, actor, input.attachmentIds, PROPOSAL_FILE_OWNER, p.id);
    await audit.append(trx, actor, {
      action: 'proposal.create',
      objectType: 'proposal',
      objectId: p.id,
      orgId,
      detail: { kind: p.kind },
    });
    if (submit) {
      await indexer.index(trx, p);
      await audit.append(trx, actor, submitAudit(p, false));
    }
    // The answer to a submission shows its proposers (a joint one's invitations too).
    const proposers = submit ? await repo.proposers(trx, p.id) : [];
    return { p, proposers, attachments };
  }

  /** Submits a draft (or a returned proposal) its drafter has loaded in this transaction. */
  async function submitIn(trx: Db, actor: Actor, p: ProposalRow, version?: number) {
    const updated = await repo.update(trx, p.id, await submission(trx, p, { id: p.id }), version);
    await indexer.index(trx, updated);
    await audit.append(trx, actor, submitAudit(updated, p.state === 'returned'));
  }

  return {
    /** Saves a new draft. */
    async create(actor: Actor, input: NewDraft): Promise<number> {
      const ready = await prepareDraft(actor, input);
      return inTransaction(db, async (trx) => (await insertDraft(trx, actor, input, ready)).p.id);
    },

    /**
     * Saves a new draft and submits it in one transaction: the checks and audit entries of
     * the two steps, all or nothing. Answers with what the detail needs, so nothing just
     * written is read back.
     */
    async createSubmitted(actor: Actor, input: NewDraft): Promise<Written> {
      const ready = await prepareDraft(actor, input);
      return inTransaction(db, (trx) => insertDraft(trx, actor, input, ready, true));
    },

    async update(actor: Actor, id: number, input: DraftPatch & { version: number; removeAttachmentIds?: string[] }) {
      return inTransaction(db, async (trx) => {
        const { p, rel } = await loadVisible(deps, actor, id, trx);
        if (!rel.isAuthor) throw forbidden();
        nextState('editDraft', p.state);
        if (input.kind && input.kind !== p.kind) throw badRequest('KIND_FIXED', '提案类型在起草后不能更改，请新建提案');
        await validateRefs(trx, p.org_id, input);
        const newLead = await leadChange(trx, actor, p, input);
        const updated = await repo.update(
          trx,
          id,
          {
            ...(newLead && { lead_member_id: newLead.id }),
            ...(input.title !== undefined && { title: input.title }),
            ...(input.reasons !== undefined && { reasons: input.reasons }),
            ...(input.suggestions !== undefined && { suggestions: input.suggestions }),
            ...(input.category !== undefined && { category: input.category }),
            ...(input.themes !== undefined && { themes: JSON.stringify(input.themes) }),
            ...(input.isPublic !== undefined && { is_public: input.isPublic ? 1 : 0 }),
            ...(input.suggestedUnitIds !== undefined && { suggested_unit_ids: JSON.stringify(input.suggestedUnitIds) }),
            ...(input.collective && {
              collective_type: input.collective.type,
              collective_ref: String(input.collective.ref),
              collective_name: await collectiveName(trx, p.org_id, input.collective),
            }),
            updated_at: nowIso(clock),
          },
          input.version,
        );
        if (newLead) {
          await repo.removeProposer(trx, id, p.lead_member_id!);
          // He may have had an invitation he declined or let lapse: the lead row replaces it.
          await repo.removeProposer(trx, id, newLead.id);
          await repo.addProposer(trx, {
            proposal_id: id,
            member_id: newLead.id,
            role: 'lead',
            status: 'accepted',
            sort_order: 0,
            invited_at: null,
            invite_deadline: null,
            responded_at: nowIso(clock),
            via_proposal_id: null,
          });
        }
        if (p.kind === 'joint' && input.coProposerIds) await syncCoProposers(trx, actor, updated, input.coProposerIds);
        // After the version check: ids from a stale form are answered as a stale form (409).
        const removed = await removeAttachments(deps, trx, p.id, input.removeAttachmentIds ?? []);
        if (input.attachmentIds) await files.attach(trx, actor, input.attachmentIds, PROPOSAL_FILE_OWNER, p.id);
        const detail = {
          ...(removed.length > 0 && { removedFiles: removed.map((f) => ({ id: f.id, name: f.name })) }),
          ...(newLead && { lead: { from: p.lead_member_id, to: newLead.id } }),
        };
        await audit.append(trx, actor, {
          action: 'proposal.edit',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          ...(Object.keys(detail).length > 0 && { detail }),
        });
        return id;
      });
    },

    async submit(actor: Actor, id: number, version?: number) {
      return inTransaction(db, async (trx) => {
        const { p, rel } = await loadVisible(deps, actor, id, trx);
        if (!rel.isAuthor) throw forbidden();
        await submitIn(trx, actor, p, version);
        return id;
      });
    },

    /**
     * Deletes a draft its drafter no longer wants. Only a draft: once submitted a proposal is
     * part of the record and can only be withdrawn. Its files become unreadable at once (the
     * purge deletes them); invited co-proposers are told the invitation is void. The audit
     * entry keeps the title, so the trail still says what was deleted.
     */
    async deleteDraft(actor: Actor, id: number): Promise<void> {
      await inTransaction(db, async (trx) => {
        const { p, rel } = await loadVisible(deps, actor, id, trx);
        if (!rel.isAuthor) throw forbidden();
        if (p.state !== 'draft') throw conflict('INVALID_STATE', '只有草稿可以删除；已提交的提案可以撤回');
        const invited = (await repo.proposers(trx, id)).filter(
          (x) => x.role === 'co' && (x.status === 'invited' || x.status === 'accepted'),
        );
        const filed = await files.listFor(trx, PROPOSAL_FILE_OWNER, id);
        await files.detach(
          trx,
          filed.map((f) => f.id),
          PROPOSAL_FILE_OWNER,
          id,
        );
        await repo.deleteDraft(trx, id);
        await audit.append(trx, actor, {
          action: 'proposal.delete_draft',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { title: p.title, kind: p.kind, files: filed.length },
        });
        if (invited.length) {
          await notify.send(trx, {
            orgId: p.org_id,
            userIds: await repo.userIdsOfMembers(
              trx,
              invited.map((x) => x.member_id),
            ),
            kind: 'proposal.invitation_void',
            title: '联名邀请已取消',
            body: `${actor.displayName}删除了草稿《${p.title}》，对您的联名邀请随之取消。`,
            objectType: 'proposal',
            objectId: id,
          });
        }
      });
    },

    async withdraw(actor: Actor, id: number) {
      return inTransaction(db, async (trx) => {
        const { p, rel } = await loadVisible(deps, actor, id, trx);
        if (!rel.isAuthor) throw forbidden();
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

    async respondInvitation(actor: Actor, id: number, accept: boolean) {
      return inTransaction(db, async (trx) => {
        const { p, rel } = await loadVisible(deps, actor, id, trx);
        // Never invited: not his to answer (403). Invited once, but answered or lapsed: a state conflict (409).
        if (!actor.memberId || !rel.proposer || rel.proposer.role === 'lead')
          throw forbidden('NOT_INVITED', '您不在此提案的联名邀请之列');
        if (rel.proposer.status !== 'invited') throw conflict('NO_OPEN_INVITATION', '没有待答复的联名邀请');
        if (!['draft', 'submitted', 'returned'].includes(p.state))
          throw conflict('INVALID_STATE', '提案已进入审查，邀请已失效');
        const invitation = await repo.proposerRelation(trx, id, actor.memberId);
        if (invitation?.invite_deadline && invitation.invite_deadline < today(clock)) {
          await repo.setProposerStatus(trx, id, actor.memberId, 'expired', nowIso(clock));
          throw conflict('INVITATION_EXPIRED', '联名邀请已过答复期限');
        }
        await repo.setProposerStatus(trx, id, actor.memberId, accept ? 'accepted' : 'declined', nowIso(clock));
        await audit.append(trx, actor, {
          action: accept ? 'proposal.invitation_accept' : 'proposal.invitation_decline',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
        });
        await notify.send(trx, {
          orgId: p.org_id,
          userIds: [p.author_user_id],
          kind: 'proposal.invitation_answer',
          title: accept ? '联名邀请已接受' : '联名邀请被婉拒',
          body: `${actor.displayName}${accept ? '同意' : '婉拒了'}联名${proposalName(p)}。`,
          link: proposalLink(id),
          objectType: 'proposal',
          objectId: id,
        });
        return id;
      });
    },

    /** The recurring task: invitations past their deadline drop out. */
    async expireInvitations(): Promise<number> {
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

export type DraftingService = ReturnType<typeof createDraftingService>;
