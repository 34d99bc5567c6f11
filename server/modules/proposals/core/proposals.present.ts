// Rows -> API objects for the proposal core. Loads what a detail needs in a few queries.
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate, type Clock } from '../../../platform/clock.js';
import type { FileService, StoredFile } from '../../../platform/files/file-service.js';
import { allowedActions } from '../proposals.policy.js';
import type { Relation } from './proposals.policy.js';
import type { ProposalRepo, ProposalRow, ProposerRow } from './proposals.repo.js';
import type { ProposalDetail } from './proposals.schema.js';
import { OPEN_HANDLING_STATES } from './lifecycle.model.js';

export const PROPOSAL_FILE_OWNER = 'proposal';

/**
 * The proposal's own attachments among the files filed under it: units' reply letters are
 * filed there too, but they belong to the handling record, not to the proposal text.
 */
export async function ownAttachments(
  repo: ProposalRepo,
  db: Db,
  proposalId: number,
  filed: StoredFile[],
): Promise<StoredFile[]> {
  if (!filed.length) return filed;
  const letters = await repo.replyFileIds(db, proposalId);
  return filed.filter((f) => !letters.has(f.id));
}

export function isOverdue(p: Pick<ProposalRow, 'state' | 'reply_deadline'>, today: string): boolean {
  return OPEN_HANDLING_STATES.includes(p.state) && !!p.reply_deadline && p.reply_deadline < today;
}

/** What a proposal's detail shows besides its own row: the same for every viewer. */
export interface DetailParts {
  proposers: ProposerRow[];
  units: { id: number; name: string }[];
  attachments: StoredFile[];
  mergedInto: { id: number; title: string; number_label: string | null } | undefined;
  mergedFrom: { id: number; title: string }[];
  keyLeader: { id: number; display_name: string } | undefined;
}

/** The tables `loadDetailParts` and the proposal row are read from (for the read cache). */
export const DETAIL_TABLES = [
  'proposals',
  'proposal_proposers',
  'members',
  'handling_units',
  'files',
  'proposal_replies',
  'users',
] as const;

export async function loadDetailParts(
  deps: { db: Db; repo: ProposalRepo; files: FileService },
  p: ProposalRow,
  /**
   * What the caller has loaded already: the proposal's proposers; for a proposal created in
   * this request (`fresh`), also its files (those just attached), and nothing has been merged
   * into it or replied to it yet.
   */
  loaded: { proposers?: ProposerRow[]; fresh?: { attachments: StoredFile[] } } = {},
): Promise<DetailParts> {
  const { db, repo, files } = deps;
  const { fresh } = loaded;
  const suggestedIds = JSON.parse(p.suggested_unit_ids) as number[];
  const [proposers, units, filed, mergedInto, mergedFrom, keyLeader] = await Promise.all([
    loaded.proposers ?? repo.proposers(db, p.id),
    repo.units(db, suggestedIds),
    fresh
      ? [...fresh.attachments].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      : files.listFor(db, PROPOSAL_FILE_OWNER, p.id),
    p.merged_into_id ? repo.get(db, p.merged_into_id) : Promise.resolve(undefined),
    // Only a proposal that has been submitted can have others merged into it.
    p.state === 'draft' || fresh
      ? Promise.resolve([])
      : db.selectFrom('proposals').select(['id', 'title']).where('merged_into_id', '=', p.id).orderBy('id').execute(),
    p.key_leader_user_id
      ? db.selectFrom('users').select(['id', 'display_name']).where('id', '=', p.key_leader_user_id).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  return {
    proposers,
    units: suggestedIds
      .map((id) => units.find((u) => u.id === id))
      .filter((u) => !!u)
      .map((u) => ({ id: u.id, name: u.name })),
    attachments: fresh ? filed : await ownAttachments(repo, db, p.id, filed),
    mergedInto: mergedInto
      ? { id: mergedInto.id, title: mergedInto.title, number_label: mergedInto.number_label }
      : undefined,
    mergedFrom,
    keyLeader,
  };
}

export async function presentDetail(
  deps: { db: Db; repo: ProposalRepo; files: FileService; clock: Clock },
  actor: Actor,
  p: ProposalRow,
  rel: Relation,
  loaded: Parameters<typeof loadDetailParts>[2] = {},
): Promise<ProposalDetail> {
  return composeDetail(actor, p, rel, await loadDetailParts(deps, p, loaded), chinaDate(deps.clock.now()));
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
    attachments: parts.attachments.map((f) => ({
      id: f.id,
      name: f.name,
      mime: f.mime,
      size: f.size,
      width: f.width,
      height: f.height,
      takenAt: f.takenAt,
      createdAt: f.createdAt,
    })),
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
