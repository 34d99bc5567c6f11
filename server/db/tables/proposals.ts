// Row types of the proposals module's tables (migrations 202611291800_proposals and later), and
// the values their enumerated columns hold. Only the proposals module's repos query these
// tables; what the values mean in the workflow is its lifecycle.model.ts.
import type { Generated } from 'kysely';

export const PROPOSAL_STATES = [
  'draft', // being written by the proposer
  'submitted', // waiting for review (the proposer may still withdraw)
  'returned', // sent back to the proposer for revision
  'withdrawn',
  'rejected', // 不予立案
  'converted', // 转社情民意
  'merged', // 并案: went into another proposal
  'accepted', // 立案, numbered; waiting for assignment (again, after a lead unit declined)
  'assigned', // 交办: waiting for the units to sign for it
  'handling', // signed for; units are working on it (also re-handling after an unsatisfied rating)
  'replied', // the formal reply is in; waiting for the proposer's feedback
  'closed',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const PROPOSAL_KINDS = ['individual', 'joint', 'collective'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const ASSIGNMENT_STATUSES = ['pending_sign', 'signed', 'declined', 'replied', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const RESULT_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type ResultClass = (typeof RESULT_CLASSES)[number];

export interface ProposalSettingsTable {
  org_id: number;
  categories: string; // JSON string[]
  themes: string; // JSON string[]
  result_labels: string; // JSON { A, B, C, D }
  reject_reasons: string; // JSON string[]
  sign_days: number;
  reply_months: number;
  rehandle_limit: number;
  invite_days: number;
  session_lead_days: number;
  holidays: string; // JSON { off: string[], work: string[] }
  /** 1: a unit's formal reply is refused until it has recorded a contact with the proposer. */
  contact_before_reply: Generated<number>;
  /** 1: the lead unit's reply waits for the opinions of its co units. */
  co_opinions_before_reply: Generated<number>;
  updated_at: string;
}

export interface ProposalsTable {
  id: Generated<number>;
  org_id: number;
  term_id: number;
  session_id: number | null;
  kind: ProposalKind;
  collective_type: 'committee' | 'sector' | 'party' | 'group' | null;
  collective_ref: string | null;
  collective_name: string | null;
  title: string;
  reasons: string;
  suggestions: string;
  category: string | null;
  themes: Generated<string>;
  is_public: Generated<number>;
  suggested_unit_ids: Generated<string>;
  state: ProposalState;
  series: string | null;
  number: number | null;
  number_label: string | null;
  author_user_id: number;
  lead_member_id: number | null;
  lead_sector_id: number | null;
  lead_committee_id: number | null;
  content_hash: string | null;
  merged_into_id: number | null;
  reject_reason: string | null;
  review_note: string | null;
  result_class: 'A' | 'B' | 'C' | 'D' | null;
  reply_deadline: string | null;
  rehandle_count: Generated<number>;
  is_key: Generated<number>;
  key_status: 'nominated' | 'approved' | 'declined' | null;
  key_leader_user_id: number | null;
  is_excellent: Generated<number>;
  excellent_year: number | null;
  submitted_at: string | null;
  reviewed_at: string | null;
  assigned_at: string | null;
  replied_at: string | null;
  closed_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ProposalCountersTable {
  org_id: number;
  series_key: string;
  last_number: number;
}

export interface ProposalProposersTable {
  proposal_id: number;
  member_id: number;
  role: 'lead' | 'co' | 'merged';
  status: 'invited' | 'accepted' | 'declined' | 'expired';
  sort_order: Generated<number>;
  invited_at: string | null;
  invite_deadline: string | null;
  responded_at: string | null;
  via_proposal_id: number | null;
}

export interface ProposalAssignmentsTable {
  id: Generated<number>;
  proposal_id: number;
  org_id: number;
  unit_id: number;
  role: 'lead' | 'co' | 'split';
  part_note: string | null;
  status: AssignmentStatus;
  round: Generated<number>;
  sign_deadline: string;
  reply_deadline: string;
  signed_at: string | null;
  declined_at: string | null;
  decline_reason: string | null;
  replied_at: string | null;
  urge_count: Generated<number>;
  last_urged_at: string | null;
  created_at: string;
  /** The reply deadline last reminded of ("due in 7 days" / "overdue"): a moved deadline is reminded again. */
  soon_reminded_for: string | null;
  overdue_reminded_for: string | null;
  /** The sign-for deadline last reminded of, once it passed with the assignment unsigned. */
  sign_overdue_reminded_for: string | null;
}

export interface ProposalRepliesTable {
  id: Generated<number>;
  proposal_id: number;
  assignment_id: number;
  unit_id: number;
  kind: 'reply' | 'co_opinion';
  round: number;
  result_class: 'A' | 'B' | 'C' | 'D' | null;
  body: string;
  file_id: string | null;
  signer: string | null;
  status: 'submitted' | 'sent_back';
  sent_back_note: string | null;
  created_by: number;
  created_at: string;
}

export interface ProposalCommitmentsTable {
  id: Generated<number>;
  proposal_id: number;
  /** The proposal's organisation (it never changes): the office's lists read by it. */
  org_id: number;
  reply_id: number;
  unit_id: number;
  content: string;
  due_date: string;
  status: 'open' | 'done' | 'dropped';
  done_at: string | null;
  created_at: string;
  /** The due date last reminded of, once it passed with the commitment still open. */
  overdue_reminded_for: string | null;
}

export interface ProposalCommitmentUpdatesTable {
  id: Generated<number>;
  commitment_id: number;
  note: string;
  marks_done: Generated<number>;
  created_by: number;
  created_at: string;
}

export interface ProposalContactsTable {
  id: Generated<number>;
  proposal_id: number;
  unit_id: number;
  contacted_on: string;
  way: 'visit' | 'phone' | 'meeting' | 'other';
  notes: string;
  created_by: number;
  created_at: string;
}

export interface ProposalFeedbackTable {
  id: Generated<number>;
  proposal_id: number;
  round: number;
  member_id: number;
  contacted: 'visited' | 'phone' | 'none';
  attitude: 'satisfied' | 'basic' | 'unsatisfied';
  result: 'satisfied' | 'basic' | 'unsatisfied';
  comments: string | null;
  created_at: string;
}

export interface ProposalExtensionsTable {
  id: Generated<number>;
  proposal_id: number;
  assignment_id: number;
  unit_id: number;
  requested_deadline: string;
  reason: string;
  /** 'lapsed': still pending when the unit submitted its reply (the request no longer matters). */
  status: 'pending' | 'approved' | 'refused' | 'lapsed';
  decided_by: number | null;
  decided_at: string | null;
  decision_note: string | null;
  created_by: number;
  created_at: string;
}

export interface ProposalUrgingsTable {
  id: Generated<number>;
  proposal_id: number;
  assignment_id: number;
  unit_id: number;
  note: string | null;
  created_by: number;
  created_at: string;
}

export interface ProposalKeyEventsTable {
  id: Generated<number>;
  proposal_id: number;
  kind: 'instruction' | 'visit' | 'meeting' | 'other';
  happened_on: string;
  summary: string;
  leader_user_id: number | null;
  created_by: number;
  created_at: string;
}

export interface UnitEvaluationScoresTable {
  org_id: number;
  unit_id: number;
  year: number;
  score: number;
  source: string;
  updated_at: string;
}

export interface ProposalVectorsTable {
  proposal_id: number;
  org_id: number;
  terms: string;
  updated_at: string;
}

export interface ProposalSearchTable {
  proposal_id: number;
  tsv: string;
}

export interface ProposalTables {
  proposal_settings: ProposalSettingsTable;
  proposals: ProposalsTable;
  proposal_counters: ProposalCountersTable;
  proposal_proposers: ProposalProposersTable;
  proposal_assignments: ProposalAssignmentsTable;
  proposal_replies: ProposalRepliesTable;
  proposal_commitments: ProposalCommitmentsTable;
  proposal_commitment_updates: ProposalCommitmentUpdatesTable;
  proposal_contacts: ProposalContactsTable;
  proposal_feedback: ProposalFeedbackTable;
  proposal_extensions: ProposalExtensionsTable;
  proposal_urgings: ProposalUrgingsTable;
  proposal_key_events: ProposalKeyEventsTable;
  unit_evaluation_scores: UnitEvaluationScoresTable;
  proposal_vectors: ProposalVectorsTable;
  proposal_search: ProposalSearchTable;
}
