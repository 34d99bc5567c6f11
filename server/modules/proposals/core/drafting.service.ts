// The proposer's drafts: writing a new one (individual, joint with invited co-proposers,
// collective in a group's name), possibly submitting it at once, editing it, and deleting
// it while it is still a draft. Submission checks are in submission.service.ts, invitations
// in invitations.service.ts, what a draft may name in draft-input.service.ts.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { badRequest } from '../../../platform/errors.js';
import type { StoredFile } from '../../../platform/files/file-service.js';
import { removeAttachments } from './attachments.service.js';
import type { DraftInputChecks, DraftPatch, NewDraft, PreparedDraft } from './draft-input.service.js';
import type { InvitationsService } from './invitations.service.js';
import { PROPOSAL_FILE_OWNER } from './detail.repo.js';
import type { ProposalRow, ProposerRow } from './proposals.repo.js';
import { loadForStep, nowIso, type ProposalDeps } from './proposals.service.js';
import type { SubmissionService } from './submission.service.js';

/** A proposal as a step left it, with what its detail needs, so the answer reads nothing back. */
export interface Written {
  p: ProposalRow;
  proposers: ProposerRow[];
  attachments: StoredFile[];
}

export function createDraftingService(
  deps: ProposalDeps & { input: DraftInputChecks; submission: SubmissionService; invitations: InvitationsService },
) {
  const { db, repo, audit, notify, files, clock, input: checks, submission, invitations } = deps;

  const leadRow = (proposalId: number, memberId: number, at: string) => ({
    proposal_id: proposalId,
    member_id: memberId,
    role: 'lead' as const,
    status: 'accepted' as const,
    sort_order: 0,
    invited_at: null,
    invite_deadline: null,
    responded_at: at,
    via_proposal_id: null,
  });

  /**
   * Writes a new proposal with its proposers and files, and audits its creation. With
   * `submit`, it is written already submitted (checked as a submission is), indexed, and the
   * submission audited after the creation: one row written once, the same record as two steps.
   */
  async function insertDraft(trx: Db, actor: Actor, input: NewDraft, ready: PreparedDraft, submit = false) {
    const { orgId, lead } = ready;
    await checks.validateRefs(trx, orgId, input);
    const now = nowIso(clock);
    const values = {
      org_id: orgId,
      term_id: ready.termId,
      session_id: null as number | null,
      kind: input.kind,
      collective_type: input.collective?.type ?? null,
      collective_ref: input.collective ? String(input.collective.ref) : null,
      collective_name: input.collective ? await checks.collectiveName(trx, orgId, input.collective) : null,
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
      Object.assign(values, await submission.submission(trx, values, { lead, hasCoProposer }));
    }
    const p = await repo.insert(trx, values);
    if (lead) await repo.addProposer(trx, leadRow(p.id, lead.id, now));
    if (input.kind === 'joint') await invitations.syncCoProposers(trx, actor, p, input.coProposerIds);
    const attachments = await files.attach(trx, actor, input.attachmentIds, PROPOSAL_FILE_OWNER, p.id);
    await audit.append(trx, actor, {
      action: 'proposal.create',
      objectType: 'proposal',
      objectId: p.id,
      orgId,
      detail: { kind: p.kind },
    });
    if (submit) await submission.submitted(trx, actor, p, false, true);
    // The answer to a submission shows its proposers (a joint one's invitations too).
    const proposers = submit ? await repo.proposers(trx, p.id) : [];
    return { p, proposers, attachments };
  }

  return {
    /** Saves a new draft. */
    async create(actor: Actor, input: NewDraft): Promise<number> {
      const ready = await checks.prepare(actor, input);
      return inTransaction(db, async (trx) => (await insertDraft(trx, actor, input, ready)).p.id);
    },

    /**
     * Saves a new draft and submits it in one transaction: the checks and audit entries of
     * the two steps, all or nothing. Answers with what the detail needs, so nothing just
     * written is read back.
     */
    async createSubmitted(actor: Actor, input: NewDraft): Promise<Written> {
      const ready = await checks.prepare(actor, input);
      return inTransaction(db, (trx) => insertDraft(trx, actor, input, ready, true));
    },

    async update(actor: Actor, id: number, input: DraftPatch & { version: number; removeAttachmentIds?: string[] }) {
      return inTransaction(db, async (trx) => {
        const { p, rel } = await loadForStep(deps, actor, id, 'editDraft', trx);
        if (input.kind && input.kind !== p.kind) throw badRequest('KIND_FIXED', '提案类型在起草后不能更改，请新建提案');
        await checks.validateRefs(trx, p.org_id, input);
        const newLead = await checks.leadChange(trx, actor, p, rel, input);
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
              collective_name: await checks.collectiveName(trx, p.org_id, input.collective),
            }),
            updated_at: nowIso(clock),
          },
          input.version,
        );
        if (newLead) {
          await repo.removeProposer(trx, id, p.lead_member_id!);
          // He may have had an invitation he declined or let lapse: the lead row replaces it.
          await repo.removeProposer(trx, id, newLead.id);
          await repo.addProposer(trx, leadRow(id, newLead.id, nowIso(clock)));
        }
        if (p.kind === 'joint' && input.coProposerIds)
          await invitations.syncCoProposers(trx, actor, updated, input.coProposerIds);
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

    /**
     * Deletes a draft its drafter no longer wants. Only a draft: once submitted a proposal is
     * part of the record and can only be withdrawn. Its files become unreadable at once (the
     * purge deletes them); invited co-proposers are told the invitation is void. The audit
     * entry keeps the title, so the trail still says what was deleted.
     */
    async deleteDraft(actor: Actor, id: number): Promise<void> {
      await inTransaction(db, async (trx) => {
        const { p } = await loadForStep(deps, actor, id, 'deleteDraft', trx);
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
          // No link: the proposal is gone.
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
  };
}

export type DraftingService = ReturnType<typeof createDraftingService>;
