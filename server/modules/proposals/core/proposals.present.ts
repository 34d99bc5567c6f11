// Rows -> API objects for the proposal core: the detail as a viewer sees it, from parts
// loaded by detail.repo.ts (or a cache of them). Reads nothing.
import type { Actor } from '../../../platform/access/actor.js';
import { summaryOf } from '../../../platform/files/files.routes.js';
import { allowedActions } from '../proposals.policy.js';
import type { DetailParts } from './detail.repo.js';
import { OPEN_HANDLING_STATES } from './lifecycle.model.js';
import type { Relation } from './proposals.policy.js';
import type { ProposalRow } from './proposals.repo.js';
import type { ProposalDetail } from './proposals.schema.js';

export function isOverdue(p: Pick<ProposalRow, 'state' | 'reply_deadline'>, today: string): boolean {
  return OPEN_HANDLING_STATES.includes(p.state) && !!p.reply_deadline && p.reply_deadline < today;
}

/** The detail as this viewer sees it; reads nothing (the parts may come from a cache and are not changed). */
export function composeDetail(
  actor: Actor,
  p: ProposalRow,
  rel: Relation,
  parts: DetailParts,
  today: string,
): ProposalDetail {
  const { proposers, mergedInto, keyLeader } = parts;
  // Declined and expired invitations are the invitee's business, not everyone's.
  const seesAllInvitations = rel.isAuthor || actor.permissions.has('proposals.manage');
  return {
    id: p.id,
    orgId: p.org_id,
    termId: p.term_id,
    sessionId: p.session_id,
    kind: p.kind,
    collective: p.collective_type
      ? { type: p.collective_type, ref: p.collective_ref ?? '', name: p.collective_name ?? '' }
      : null,
    title: p.title,
    reasons: p.reasons,
    suggestions: p.suggestions,
    category: p.category,
    themes: JSON.parse(p.themes) as string[],
    isPublic: p.is_public === 1,
    suggestedUnits: parts.units,
    state: p.state,
    number: p.number,
    numberLabel: p.number_label,
    proposers: proposers
      .filter((x) => seesAllInvitations || x.status === 'accepted' || x.member_id === actor.memberId)
      .map((x) => ({
        memberId: x.member_id,
        name: x.member_name,
        role: x.role,
        status: x.status,
        inviteDeadline: x.invite_deadline,
      })),
    authorUserId: p.author_user_id,
    resultClass: p.result_class,
    replyDeadline: p.reply_deadline,
    overdue: isOverdue(p, today),
    rehandleCount: p.rehandle_count,
    isKey: p.is_key === 1,
    keyStatus: p.key_status,
    keyLeader: keyLeader ? { id: keyLeader.id, name: keyLeader.display_name } : null,
    isExcellent: p.is_excellent === 1,
    excellentYear: p.excellent_year,
    mergedInto: mergedInto
      ? { id: mergedInto.id, title: mergedInto.title, numberLabel: mergedInto.number_label }
      : null,
    mergedFrom: parts.mergedFrom,
    rejectReason: p.reject_reason,
    reviewNote: p.review_note,
    attachments: parts.attachments.map(summaryOf),
    submittedAt: p.submitted_at,
    reviewedAt: p.reviewed_at,
    assignedAt: p.assigned_at,
    repliedAt: p.replied_at,
    closedAt: p.closed_at,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    version: p.version,
    allowedActions: allowedActions(actor, p, rel),
  };
}
