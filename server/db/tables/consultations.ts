// Row types of the consultations module (migration 202612170000_consultations) and the values
// its enumerated columns hold. Only the consultations module's repos query these tables.
import type { Generated } from 'kysely';

export const CONSULTATION_STATUSES = ['draft', 'open', 'closed'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
/** off: no public link; named: visitors give a name; anonymous: a per-device identity only. */
export const PUBLIC_MODES = ['off', 'named', 'anonymous'] as const;
export type PublicMode = (typeof PUBLIC_MODES)[number];
export const STATEMENT_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
export const PARTICIPANT_KINDS = ['member', 'unit', 'public', 'imported'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export interface ConsultationsTable {
  id: Generated<number>;
  org_id: number;
  title: string;
  description: string;
  status: Generated<ConsultationStatus>;
  opens_on: string;
  closes_on: string;
  members_take_part: Generated<number>;
  public_mode: Generated<PublicMode>;
  public_token_hash: string | null;
  challenge_secret: string | null;
  topic_id: number | null;
  meeting_id: number | null;
  /** 'platform', or 'polis' for a conversation imported from a Polis export. */
  source: Generated<string>;
  /** JSON of the latest report (../modules/consultations/analysis). */
  analysis: string | null;
  /** JSON of the engine's AnalysisState handed to the next run. */
  analysis_state: string | null;
  /** Votes counted by the latest analysis: the background job skips when nothing changed. */
  analysed_votes: Generated<number>;
  analysed_at: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ConsultationUnitsTable {
  id: Generated<number>;
  consultation_id: number;
  unit_id: number;
}

export interface ConsultationParticipantsTable {
  id: Generated<number>;
  consultation_id: number;
  kind: ParticipantKind;
  user_id: number | null;
  display_name: string | null;
  /** SHA-256 of the public visitor's device cookie. */
  device_hash: string | null;
  /** The participant's id in an imported Polis export. */
  external_id: number | null;
  created_at: string;
}

export interface ConsultationStatementsTable {
  id: Generated<number>;
  consultation_id: number;
  body: string;
  status: StatementStatus;
  seed: Generated<number>;
  author_id: number | null;
  reject_reason: string | null;
  external_id: number | null;
  moderated_by: number | null;
  moderated_at: string | null;
  created_at: string;
}

export interface ConsultationVotesTable {
  id: Generated<number>;
  consultation_id: number;
  participant_id: number;
  statement_id: number;
  /** 1 agree, -1 disagree, 0 pass. */
  vote: number;
  voted_at: string;
}

export interface ConsultationTables {
  consultations: ConsultationsTable;
  consultation_units: ConsultationUnitsTable;
  consultation_participants: ConsultationParticipantsTable;
  consultation_statements: ConsultationStatementsTable;
  consultation_votes: ConsultationVotesTable;
}
