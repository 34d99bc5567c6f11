// Row types of the supervision module's inspections (migration 202612140100_supervision_inspections),
// and the values their enumerated columns hold. Only the supervision module's repos query these tables.
import type { Generated } from 'kysely';

/** 专题视察, 集中视察, 委员视察. */
export const INSPECTION_KINDS = ['thematic', 'concentrated', 'member'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const INSPECTION_STATUSES = ['draft', 'published', 'under_way', 'done', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/** routed: waiting for the unit's answer; answered: the office follows it; done / closed: its outcome. */
export const RECOMMENDATION_STATUSES = ['routed', 'answered', 'done', 'closed'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** The unit's answer: accepted with measures, partly accepted, or not accepted with its reasons. */
export const ANSWER_KINDS = ['accepted', 'partly', 'declined'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export const RECOMMENDATION_EVENTS = ['routed', 'edited', 'answered', 'sent_back', 'urged', 'done', 'closed'] as const;
export type RecommendationEventKind = (typeof RECOMMENDATION_EVENTS)[number];

export interface SupervisionInspectionsTable {
  id: Generated<number>;
  org_id: number;
  title: string;
  subject: string;
  kind: InspectionKind;
  /** Planned dates (YYYY-MM-DD, China's calendar). */
  starts_on: string;
  ends_on: string;
  /** At most one leader: a member of the roster, or an account (a leader of the committee). */
  leader_member_id: number | null;
  leader_user_id: number | null;
  status: Generated<InspectionStatus>;
  /** The overall findings (each site has its own). */
  findings: string | null;
  cancel_reason: string | null;
  published_at: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface SupervisionInspectionParticipantsTable {
  id: Generated<number>;
  inspection_id: number;
  member_id: number;
  added_at: string;
}

export interface SupervisionInspectionSitesTable {
  id: Generated<number>;
  inspection_id: number;
  name: string;
  address: string;
  /** The handling unit in charge of the site, when there is one. */
  unit_id: number | null;
  findings: string | null;
  sort_order: Generated<number>;
  created_at: string;
}

export interface SupervisionRecommendationsTable {
  id: Generated<number>;
  inspection_id: number;
  org_id: number;
  /** The site it comes from; null: from the inspection as a whole. */
  site_id: number | null;
  title: string;
  body: string;
  unit_id: number;
  /** The deadline of the unit's answer (YYYY-MM-DD, China's calendar). */
  due_on: string;
  status: Generated<RecommendationStatus>;
  answer_kind: AnswerKind | null;
  answer: string | null;
  answered_at: string | null;
  /** The office's note on the outcome: what was done, or why it was closed. */
  outcome_note: string | null;
  settled_at: string | null;
  /** The deadline last flagged overdue (the marker of the hourly scan). */
  overdue_flagged_for: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface SupervisionRecommendationEventsTable {
  id: Generated<number>;
  recommendation_id: number;
  kind: RecommendationEventKind;
  note: string | null;
  by_user_id: number;
  created_at: string;
}

export interface SupervisionInspectionTables {
  supervision_inspections: SupervisionInspectionsTable;
  supervision_inspection_participants: SupervisionInspectionParticipantsTable;
  supervision_inspection_sites: SupervisionInspectionSitesTable;
  supervision_recommendations: SupervisionRecommendationsTable;
  supervision_recommendation_events: SupervisionRecommendationEventsTable;
}
