// Shapes of the proposals API (kept in step with server/modules/proposals/proposals.schema.ts
// and proposals.settings.ts) and the few calls several pages share.
import { http } from '../../api/client';

export const PROPOSAL_STATES = [
  'draft',
  'submitted',
  'returned',
  'withdrawn',
  'rejected',
  'converted',
  'merged',
  'accepted',
  'assigned',
  'handling',
  'replied',
  'closed',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];
export const PROPOSAL_KINDS = ['individual', 'joint', 'collective'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const RESULT_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type ResultClass = (typeof RESULT_CLASSES)[number];

export interface FileSummary {
  id: string;
  name: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  takenAt: string | null;
  createdAt: string;
}

export interface Proposer {
  memberId: number;
  name: string;
  role: 'lead' | 'co' | 'merged';
  status: 'invited' | 'accepted' | 'declined' | 'expired';
  inviteDeadline: string | null;
}

export interface ProposalDetail {
  id: number;
  orgId: number;
  termId: number;
  sessionId: number | null;
  kind: ProposalKind;
  collective: { type: string; ref: string; name: string } | null;
  title: string;
  reasons: string;
  suggestions: string;
  category: string | null;
  themes: string[];
  isPublic: boolean;
  suggestedUnits: { id: number; name: string }[];
  state: ProposalState;
  number: number | null;
  numberLabel: string | null;
  proposers: Proposer[];
  authorUserId: number;
  resultClass: ResultClass | null;
  replyDeadline: string | null;
  overdue: boolean;
  rehandleCount: number;
  isKey: boolean;
  keyStatus: 'nominated' | 'approved' | 'declined' | null;
  keyLeader: { id: number; name: string } | null;
  isExcellent: boolean;
  excellentYear: number | null;
  mergedInto: { id: number; title: string; numberLabel: string | null } | null;
  mergedFrom: { id: number; title: string }[];
  rejectReason: string | null;
  reviewNote: string | null;
  attachments: FileSummary[];
  submittedAt: string | null;
  reviewedAt: string | null;
  assignedAt: string | null;
  repliedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  allowedActions: string[];
}

export interface ProposalItem {
  id: number;
  orgId: number;
  numberLabel: string | null;
  title: string;
  kind: ProposalKind;
  state: ProposalState;
  category: string | null;
  leadName: string | null;
  submittedAt: string | null;
  updatedAt: string;
  isKey: boolean;
  isExcellent: boolean;
  resultClass: ResultClass | null;
  replyDeadline: string | null;
  overdue: boolean;
}

export interface ProposalSettings {
  categories: string[];
  themes: string[];
  resultLabels: Record<ResultClass, string>;
  rejectReasons: string[];
  signDays: number;
  replyMonths: number;
  rehandleLimit: number;
  inviteDays: number;
  sessionLeadDays: number;
  holidays: { off: string[]; work: string[] };
}

export interface DraftValues {
  title: string;
  reasons: string;
  suggestions: string;
  category?: string | null;
  themes: string[];
  isPublic: boolean;
  suggestedUnitIds: number[];
  kind: ProposalKind;
  coProposerIds: number[];
  attachmentIds: string[];
}

export interface SimilarItem {
  id: number;
  title: string;
  numberLabel: string | null;
  state: ProposalState;
  termId: number;
  termName: string | null;
  /** 0 (nothing shared) to 1 (the same words). */
  score: number;
  /** The same text whatever the punctuation and spacing. */
  exact: boolean;
  /** Whether the viewer may open it (a member sees only the title of others' proposals). */
  canOpen: boolean;
}

export interface TimelineEntry {
  seq: number;
  at: string;
  who: string;
  action: string;
  label: string;
  detail: string | null;
}

export interface BatchResult {
  id: number;
  ok: boolean;
  code?: string;
  message?: string;
}

export type ReviewAction = 'accept' | 'reject' | 'return' | 'convert';

/** One workflow step; answers with the proposal as it is afterwards. */
export function step(id: number, path: string, body: object = {}): Promise<ProposalDetail> {
  return http.post<ProposalDetail>(`/api/proposals/${id}/${path}`, body);
}

export const fileUrl = (f: Pick<FileSummary, 'id'>, inline = false) => `/api/files/${f.id}${inline ? '?inline=1' : ''}`;
