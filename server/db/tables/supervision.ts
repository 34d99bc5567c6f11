// Row types of democratic supervision's evaluation campaigns (migration
// 202612140000_supervision_campaigns). Only the supervision module's repos query these tables.
import type { Generated } from 'kysely';
import { RECOMMENDATION_EVENTS, RECOMMENDATION_STATUSES } from './supervision-inspections.js';

export const SUPERVISION_CAMPAIGN_STATUSES = ['draft', 'open', 'reviewing', 'closed'] as const;
export type SupervisionCampaignStatus = (typeof SUPERVISION_CAMPAIGN_STATUSES)[number];

/** What a campaign evaluates: parks and the like, handling units, projects, service windows. */
export const SUPERVISION_OBJECT_KINDS = ['place', 'unit', 'project', 'window'] as const;
export type SupervisionObjectKind = (typeof SUPERVISION_OBJECT_KINDS)[number];

/**
 * A problem is followed as an inspection's recommendation is (migration 202612150000): routed
 * (waiting for the unit's answer), answered (the office follows it), done or closed.
 */
export const SUPERVISION_PROBLEM_STATUSES = RECOMMENDATION_STATUSES;
export type SupervisionProblemStatus = (typeof SUPERVISION_PROBLEM_STATUSES)[number];
export const SUPERVISION_PROBLEM_EVENTS = RECOMMENDATION_EVENTS;
export type SupervisionProblemEventKind = (typeof SUPERVISION_PROBLEM_EVENTS)[number];
/** The unit's answer: fixed (the measures taken), planned (a plan and the date it will be done), cannot (the reason). */
export const SUPERVISION_PROBLEM_ANSWERS = ['fixed', 'planned', 'cannot'] as const;
export type SupervisionProblemAnswer = (typeof SUPERVISION_PROBLEM_ANSWERS)[number];

export interface SupervisionCampaignsTable {
  id: Generated<number>;
  org_id: number;
  title: string;
  object_kind: SupervisionObjectKind;
  description: string | null;
  /** China's calendar days, YYYY-MM-DD. */
  starts_on: string;
  ends_on: string;
  visits_per_object: Generated<number>;
  status: Generated<SupervisionCampaignStatus>;
  album_file_id: string | null;
  album_built_at: string | null;
  version: Generated<number>;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface SupervisionCriteriaTable {
  id: Generated<number>;
  campaign_id: number;
  name: string;
  /** Relative weight; a campaign's weights add up to 100 before it opens. */
  weight: number;
  max_score: Generated<number>;
  guide: string | null;
  sort_order: Generated<number>;
}

export interface SupervisionObjectsTable {
  id: Generated<number>;
  campaign_id: number;
  name: string;
  address: string | null;
  district: string | null;
  category: string | null;
  lat: number | null;
  lon: number | null;
  responsible_unit: string | null;
  responsible_unit_id: number | null;
  unit_id: number | null;
  sort_order: Generated<number>;
  created_at: string;
}

export interface SupervisionTeamsTable {
  id: Generated<number>;
  campaign_id: number;
  name: string;
}

export interface SupervisionParticipantsTable {
  id: Generated<number>;
  campaign_id: number;
  member_id: number;
  team_id: number | null;
  district: string | null;
  added_by: number;
  added_at: string;
}

export interface SupervisionAssignmentsTable {
  id: Generated<number>;
  campaign_id: number;
  object_id: number;
  member_id: number | null;
  team_id: number | null;
  source: 'auto' | 'manual';
  created_at: string;
}

export interface SupervisionVisitsTable {
  id: Generated<number>;
  campaign_id: number;
  object_id: number;
  member_id: number;
  client_id: string;
  visited_at: string;
  interviewee: string;
  interview_notes: string;
  comment: string;
  /** The visit's weighted score, 0–100. */
  score: number;
  evidence: 'ok' | 'flagged';
  /** JSON list of reason codes (no_photo, no_time, outside_period, no_position, far_from_object). */
  evidence_reasons: Generated<string>;
  created_at: string;
}

export interface SupervisionVisitScoresTable {
  visit_id: number;
  criterion_id: number;
  score: number;
}

export interface SupervisionVisitPhotosTable {
  id: Generated<number>;
  visit_id: number;
  file_id: string;
  taken_at: string | null;
  distance_m: number | null;
  sort_order: Generated<number>;
  in_album: Generated<number>;
  /** The print-size copy's file (platform/files), or null: the album scales the photo itself. */
  print_file_id: string | null;
}

export interface SupervisionReviewsTable {
  id: Generated<number>;
  object_id: number;
  text: string;
  written_by: number;
  updated_at: string;
}

export interface SupervisionProblemsTable {
  id: Generated<number>;
  campaign_id: number;
  object_id: number;
  /** The visit whose comment it was promoted from, if any. */
  visit_id: number | null;
  description: string;
  unit_id: number;
  /** The answer's deadline (YYYY-MM-DD, China's calendar). */
  due_on: string;
  status: Generated<SupervisionProblemStatus>;
  answer_kind: SupervisionProblemAnswer | null;
  answer: string | null;
  /** With a `planned` answer: the day the unit says it will be done. */
  planned_on: string | null;
  answered_by: number | null;
  answered_at: string | null;
  /** How it was settled, or why it was closed. */
  outcome_note: string | null;
  settled_at: string | null;
  /** The deadline it was last flagged overdue for (spares the hourly scan what it sent). */
  overdue_flagged_for: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface SupervisionProblemEventsTable {
  id: Generated<number>;
  problem_id: number;
  kind: SupervisionProblemEventKind;
  note: string | null;
  by_user_id: number;
  created_at: string;
}

export interface SupervisionTables {
  supervision_campaigns: SupervisionCampaignsTable;
  supervision_criteria: SupervisionCriteriaTable;
  supervision_objects: SupervisionObjectsTable;
  supervision_teams: SupervisionTeamsTable;
  supervision_participants: SupervisionParticipantsTable;
  supervision_assignments: SupervisionAssignmentsTable;
  supervision_visits: SupervisionVisitsTable;
  supervision_visit_scores: SupervisionVisitScoresTable;
  supervision_visit_photos: SupervisionVisitPhotosTable;
  supervision_reviews: SupervisionReviewsTable;
  supervision_problems: SupervisionProblemsTable;
  supervision_problem_events: SupervisionProblemEventsTable;
}
