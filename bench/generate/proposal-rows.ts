// One generated proposal while its history is simulated (P), the shared generator state
// (Gen), and the row writers of the proposals module's tables. A proposal's own row and its
// search rows are written once its final state is known; the rows of its steps (proposers,
// assignments, replies…) as each step happens.
import type { prng } from '../../server/seed/demo.js';
import type { Topic } from '../../server/seed/corpus/topics.js';
import { DEFAULT_SETTINGS } from '../../server/modules/proposals/settings/settings.schema.js';
import type { ProposalState } from '../../server/modules/proposals/core/lifecycle.model.js';
import type { MemberInfo, OrgInfo, SessionInfo, TermInfo, UnitInfo, UserRef } from './refdata.js';
import type { IdSource, Sink, TableWriter } from './sink.js';
import type { TextIndexer } from './text.js';
import type { Trail, Who } from './trail.js';
import { REFERENCE_TIME } from './scale.js';
import { chinaDate } from '../../server/platform/clock.js';

export type Rnd = ReturnType<typeof prng>;

export function createWriters(sink: Sink) {
  const t = (name: string, cols: string, types: Record<string, 'int' | 'text' | 'tsv'> = {}) =>
    sink.table(
      name,
      cols
        .split(/\s+/)
        .filter(Boolean)
        .map(
          (c) =>
            [
              c,
              types[c] ??
                (/(^id$|_id$|_by$|^round$|^number$|^version$|count$|^sort_order$|^is_|^marks_done$|^excellent_year$|^last_number$)/.test(
                  c,
                )
                  ? 'int'
                  : 'text'),
            ] as [string, 'int' | 'text' | 'tsv'],
        ),
    );
  return {
    proposals: t(
      'proposals',
      `id org_id term_id session_id kind collective_type collective_ref collective_name title reasons suggestions
      category themes is_public suggested_unit_ids state series number number_label author_user_id lead_member_id lead_sector_id
      lead_committee_id content_hash merged_into_id reject_reason review_note result_class reply_deadline rehandle_count is_key key_status
      key_leader_user_id is_excellent excellent_year submitted_at reviewed_at assigned_at replied_at closed_at version created_at updated_at`,
    ),
    proposers: t(
      'proposal_proposers',
      'proposal_id member_id role status sort_order invited_at invite_deadline responded_at via_proposal_id',
    ),
    assignments: t(
      'proposal_assignments',
      `id proposal_id org_id unit_id role part_note status round sign_deadline reply_deadline signed_at
      declined_at decline_reason replied_at urge_count last_urged_at created_at soon_reminded_for overdue_reminded_for sign_overdue_reminded_for`,
    ),
    replies: t(
      'proposal_replies',
      'id proposal_id assignment_id unit_id kind round result_class body signer status created_by created_at',
    ),
    commitments: t(
      'proposal_commitments',
      'id proposal_id org_id reply_id unit_id content due_date status done_at created_at overdue_reminded_for',
    ),
    commitmentUpdates: t('proposal_commitment_updates', 'id commitment_id note marks_done created_by created_at'),
    contacts: t('proposal_contacts', 'id proposal_id unit_id contacted_on way notes created_by created_at'),
    feedback: t('proposal_feedback', 'id proposal_id round member_id contacted attitude result comments created_at'),
    extensions: t(
      'proposal_extensions',
      `id proposal_id assignment_id unit_id requested_deadline reason status decided_by decided_at
      decision_note created_by created_at`,
    ),
    urgings: t('proposal_urgings', 'id proposal_id assignment_id unit_id note created_by created_at'),
    keyEvents: t('proposal_key_events', 'id proposal_id kind happened_on summary leader_user_id created_by created_at'),
    counters: t('proposal_counters', 'org_id series_key last_number'),
    vectors: t('proposal_vectors', 'proposal_id org_id terms updated_at'),
    fts:
      sink.engine === 'sqlite'
        ? sink.table('proposal_fts', [
            ['rowid', 'int'],
            ['tokens', 'text'],
          ])
        : sink.table('proposal_search', [
            ['proposal_id', 'int'],
            ['tsv', 'tsv'],
          ]),
  } satisfies Record<string, TableWriter>;
}

export type Writers = ReturnType<typeof createWriters>;

export interface Gen {
  rnd: Rnd;
  trail: Trail;
  w: Writers;
  ids: IdSource;
  texts: TextIndexer;
  settings: typeof DEFAULT_SETTINGS;
  /** Last number given out per organisation and series. */
  counters: Map<string, number>;
  /** Per organisation, term and topic: the latest accepted proposal another may be merged into. */
  mergeTargets: Map<
    string,
    { id: number; from: number; until: number; memberIds: Set<number>; title: string; label: string }
  >;
  states: Map<ProposalState, number>;
}

export interface Proposer {
  member: MemberInfo;
  role: 'lead' | 'co' | 'merged';
  status: 'invited' | 'accepted' | 'declined' | 'expired';
  sortOrder: number;
  invitedAt: number | null;
  inviteDeadline: string | null;
  respondedAt: number | null;
}

export interface P {
  id: number;
  org: OrgInfo;
  term: TermInfo;
  session: SessionInfo | null;
  /** Whether this proposal's steps are in the audit trail and notification centre (current term). */
  live: boolean;
  topic: Topic;
  subject: string;
  title: string;
  reasons: string;
  suggestions: string;
  kind: 'individual' | 'joint' | 'collective';
  collective: { type: 'committee' | 'sector'; ref: number; name: string } | null;
  category: string;
  themes: string[];
  isPublic: boolean;
  suggestedUnitIds: number[];
  lead: MemberInfo | null;
  author: UserRef;
  proposers: Proposer[];
  state: ProposalState;
  series: string | null;
  number: number | null;
  numberLabel: string | null;
  mergedIntoId: number | null;
  rejectReason: string | null;
  reviewNote: string | null;
  resultClass: 'A' | 'B' | 'C' | 'D' | null;
  replyDeadline: string | null;
  rehandleCount: number;
  isKey: boolean;
  keyStatus: 'nominated' | 'approved' | 'declined' | null;
  keyLeaderUserId: number | null;
  isExcellent: boolean;
  excellentYear: number | null;
  createdAt: number;
  submittedAt: number | null;
  reviewedAt: number | null;
  assignedAt: number | null;
  repliedAt: number | null;
  closedAt: number | null;
  updatedAt: number;
  version: number;
  /** Formal replies in force: their text is indexed with the proposal's. */
  replyBodies: string[];
  /** When the text was last indexed (the vector's stamp). */
  indexedAt: number | null;
}

export const iso = (t: number | null): string | null => (t === null ? null : new Date(t).toISOString());

/** Before "now": a step planned for later has not happened yet. */
export const happened = (t: number) => t < REFERENCE_TIME;
/** China's calendar day of a moment, and a moment ten past the hour of a China day. */
export const day = (t: number) => chinaDate(new Date(t));
export const at0 = (date: string, hour: number) => Date.parse(`${date}T${String(hour).padStart(2, '0')}:10:00+08:00`);

export function ipOf(userId: number): string {
  return `10.${(userId >> 16) & 255}.${(userId >> 8) & 255}.${userId & 255}`;
}

export const who = (u: UserRef): Who => ({ userId: u.id, name: u.name, orgId: u.orgId, ip: ipOf(u.id) });
export const unitWho = (u: UnitInfo): Who => who(u.user);

/** An audit entry about the proposal (only for proposals whose history lives in Lvzhi); every step bumps the row's version. */
export function step(g: Gen, p: P, t: number, actor: Who, action: string, detail?: Record<string, unknown>): void {
  if (p.live) g.trail.log(t, actor, action, { objectType: 'proposal', objectId: p.id, orgId: p.org.id, detail });
  if (t > p.updatedAt) p.updatedAt = t;
  p.version++;
}

/** Notices about the proposal; most older ones have been read. */
export function tell(
  g: Gen,
  p: P,
  t: number,
  userIds: readonly number[],
  m: { kind: string; title: string; body: string; dedupeKey?: string },
): void {
  if (!p.live || !userIds.length) return;
  const recent = REFERENCE_TIME - t < 20 * 86_400_000;
  g.trail.notify(t, p.org.id, userIds, {
    ...m,
    proposalId: p.id,
    readAt: () =>
      g.rnd.next() < (recent ? 0.45 : 0.93)
        ? Math.min(REFERENCE_TIME - 60_000, t + g.rnd.int(10, 5760) * 60_000)
        : null,
  });
}

/** The drafter and every accepted proposer (their accounts). */
export function proposerUsers(p: P): number[] {
  return [
    ...new Set([p.author.id, ...p.proposers.filter((x) => x.status === 'accepted').map((x) => x.member.user.id)]),
  ];
}

export function proposalName(p: Pick<P, 'numberLabel' | 'title'>): string {
  return p.numberLabel ? `${p.numberLabel}《${p.title}》` : `《${p.title}》`;
}

/** The proposal's row and, once past drafting, its search rows: written when its history is complete. */
export function writeProposal(g: Gen, p: P): void {
  const hashed = p.state !== 'draft';
  g.w.proposals.add([
    p.id,
    p.org.id,
    p.term.id,
    p.session?.id ?? null,
    p.kind,
    p.collective?.type ?? null,
    p.collective ? String(p.collective.ref) : null,
    p.collective?.name ?? null,
    p.title,
    p.reasons,
    p.suggestions,
    p.category,
    JSON.stringify(p.themes),
    p.isPublic ? 1 : 0,
    JSON.stringify(p.suggestedUnitIds),
    p.state,
    p.series,
    p.number,
    p.numberLabel,
    p.author.id,
    p.lead?.id ?? null,
    p.submittedAt === null ? null : (p.lead?.sectorId ?? (p.collective?.type === 'sector' ? p.collective.ref : null)),
    p.submittedAt === null
      ? null
      : (p.lead?.committeeId ?? (p.collective?.type === 'committee' ? p.collective.ref : null)),
    hashed ? g.texts.hash(p) : null,
    p.mergedIntoId,
    p.rejectReason,
    p.reviewNote,
    p.resultClass,
    p.replyDeadline,
    p.rehandleCount,
    p.isKey ? 1 : 0,
    p.keyStatus,
    p.keyLeaderUserId,
    p.isExcellent ? 1 : 0,
    p.excellentYear,
    iso(p.submittedAt),
    iso(p.reviewedAt),
    iso(p.assignedAt),
    iso(p.repliedAt),
    iso(p.closedAt),
    p.version,
    iso(p.createdAt),
    iso(p.updatedAt),
  ]);
  for (const x of p.proposers) {
    g.w.proposers.add([
      p.id,
      x.member.id,
      x.role,
      x.status,
      x.sortOrder,
      iso(x.invitedAt),
      x.inviteDeadline,
      iso(x.respondedAt),
      null,
    ]);
  }
  g.states.set(p.state, (g.states.get(p.state) ?? 0) + 1);
  if (!hashed) return;
  g.w.fts.add([p.id, g.texts.ftsTokens(p, p.replyBodies, p.org.id)]);
  g.w.vectors.add([p.id, p.org.id, g.texts.vector(p), iso(p.indexedAt ?? p.submittedAt ?? p.createdAt)]);
}
