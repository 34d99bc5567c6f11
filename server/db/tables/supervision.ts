// Row types of democratic supervision's evaluation campaigns (migration
// 202612140000_supervision_campaigns). Only the supervision module's repos query these tables.
import type { Generated } from 'kysely';

export const SUPERVISION_CAMPAIGN_STATUSES = ['draft', 'open', 'reviewing', 'closed'] as const;
export type SupervisionCampaignStatus = (typeof SUPERVISION_CAMPAIGN_STATUSES)[number];

/** What a campaign evaluates: parks and the like, handling units, projects, service windows. */
export const SUPERVISION_OBJECT_KINDS = ['place', 'unit', 'project', 'window'] as const;
export type SupervisionObjectKind = (typeof SUPERVISION_OBJECT_KINDS)[number];

export const SUPERVISION_PROBLEM_STATUSES = ['open', 'answered', 'done', 'closed'] as const;
export type SupervisionProblemStatus = (typeof SUPERVISION_PROBLEM_STATUSES)[number];

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
  description: string;
  unit_id: number;
  due_on: string;
  status: Generated<SupervisionProblemStatus>;
  answer: string | null;
  answered_by: number | null;
  answered_at: string | null;
  closed_reason: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
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
}
