// Shapes of the handling API (kept in step with server/modules/proposals/handling.schema.ts):
// the handling record of one proposal, the unit's inbox, the office's board and commitments.
import type { FileSummary, ProposalState, ResultClass } from '../api';

export type AssignmentRole = 'lead' | 'co' | 'split';
export type AssignmentStatus = 'pending_sign' | 'signed' | 'declined' | 'replied' | 'cancelled';
export type Rating = 'satisfied' | 'basic' | 'unsatisfied';
export type ContactWay = 'visit' | 'phone' | 'meeting' | 'other';
export type Contacted = 'visited' | 'phone' | 'none';
export const RATINGS: Rating[] = ['satisfied', 'basic', 'unsatisfied'];
export const CONTACT_WAYS: ContactWay[] = ['visit', 'phone', 'meeting', 'other'];
export const CONTACTED: Contacted[] = ['visited', 'phone', 'none'];

export interface AssignmentItem {
  id: number;
  proposalId: number;
  unitId: number;
  role: AssignmentRole;
  partNote: string | null;
  status: AssignmentStatus;
  round: number;
  signDeadline: string;
  replyDeadline: string;
  signedAt: string | null;
  repliedAt: string | null;
  /** Days until the reply deadline (negative when past); null once answered. */
  daysLeft: number | null;
  overdue: boolean;
  signOverdue: boolean;
  urgeCount: number | null;
  lastUrgedAt: string | null;
}

export interface InboxItem extends AssignmentItem {
  numberLabel: string | null;
  title: string;
  proposalState: ProposalState;
}
export interface BoardItem extends InboxItem {
  unitName: string;
}

export interface CommitmentUpdate {
  id: number;
  note: string;
  marksDone: boolean;
  by: string | null;
  createdAt: string;
}
export type CommitmentStatus = 'open' | 'done' | 'dropped';
interface CommitmentBase {
  id: number;
  proposalId: number;
  unitId: number;
  unitName: string;
  content: string;
  dueDate: string;
  status: CommitmentStatus;
  doneAt: string | null;
  overdue: boolean;
}
export interface Commitment extends CommitmentBase {
  replyId: number;
  updates: CommitmentUpdate[];
  allowedActions: string[];
}
export interface CommitmentRow extends CommitmentBase {
  numberLabel: string | null;
  title: string;
  daysOverdue: number;
  lastUpdateAt: string | null;
}

export interface HandlingView {
  proposalId: number;
  state: ProposalState;
  viewer: 'office' | 'unit' | 'proposer';
  resultLabels: Record<ResultClass, string>;
  assignments: (AssignmentItem & {
    unitName: string;
    signedLate: boolean;
    declinedAt: string | null;
    declineReason: string | null;
    allowedActions: string[];
  })[];
  contacts: {
    id: number;
    unitId: number;
    unitName: string;
    contactedOn: string;
    way: ContactWay;
    notes: string;
    createdAt: string;
  }[];
  coOpinions: { id: number; unitId: number; unitName: string; round: number; body: string; createdAt: string }[];
  replies: {
    id: number;
    assignmentId: number;
    unitId: number;
    unitName: string;
    round: number;
    resultClass: ResultClass | null;
    resultLabel: string | null;
    body: string;
    file: FileSummary | null;
    signer: string | null;
    sentBack: boolean;
    sentBackNote: string | null;
    createdAt: string;
    allowedActions: string[];
  }[];
  commitments: Commitment[];
  extensions: {
    id: number;
    assignmentId: number;
    unitId: number;
    unitName: string;
    requestedDeadline: string;
    reason: string;
    status: 'pending' | 'approved' | 'refused' | 'lapsed';
    decidedAt: string | null;
    decisionNote: string | null;
    createdAt: string;
    allowedActions: string[];
  }[];
  urgings: {
    id: number;
    assignmentId: number;
    unitId: number;
    unitName: string;
    note: string | null;
    by: string | null;
    createdAt: string;
  }[];
  feedback: {
    id: number;
    round: number;
    memberName: string;
    contacted: Contacted;
    attitude: Rating;
    result: Rating;
    comments: string | null;
    createdAt: string;
  }[];
}

export interface ReplyValues {
  body: string;
  fileId?: string;
  signer: string;
  resultClass: ResultClass;
  commitments: { content: string; dueDate: string }[];
}
