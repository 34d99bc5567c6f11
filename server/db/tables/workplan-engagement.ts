// Row types of the work plan's strategic themes and leader engagement (migrations
// 202612170600_workplan_themes, 202612170700_workplan_leaders), and the values their enumerated
// columns hold. Only the workplan module's repos query these tables.
import type { Generated } from 'kysely';

/** What a theme can be carried by: a topic, a meeting, a research report, a 社情民意 report. */
export const THEME_TARGET_KINDS = ['topic', 'meeting', 'report', 'opinion_report'] as const;
export type ThemeTargetKind = (typeof THEME_TARGET_KINDS)[number];

/** 市委书记, 市长, another leader: whose visits count against a yearly target. */
export const LEADER_ROLES = ['party_secretary', 'mayor', 'other'] as const;
export type LeaderRole = (typeof LEADER_ROLES)[number];

/** What of the CPPCC's answer to a request for opinions was adopted. */
export const ADOPTION_KINDS = ['adopted', 'partly', 'declined'] as const;
export type AdoptionKind = (typeof ADOPTION_KINDS)[number];

export interface WorkplanThemesTable {
  id: Generated<number>;
  org_id: number;
  name: string;
  description: string | null;
  /** YYYY-MM-DD, the initiative's period; open ends are null. */
  starts_on: string | null;
  ends_on: string | null;
  active: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface WorkplanThemeLinksTable {
  id: Generated<number>;
  theme_id: number;
  org_id: number;
  kind: ThemeTargetKind;
  target_id: number;
}

export interface WorkplanLeaderVisitsTable {
  id: Generated<number>;
  org_id: number;
  role: LeaderRole;
  leader_name: string;
  /** YYYY-MM-DD. */
  visited_on: string;
  purpose: string;
  discussed: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface WorkplanVisitTargetsTable {
  org_id: number;
  year: number;
  role: LeaderRole;
  target: number;
}

export interface WorkplanInstructionsTable {
  id: Generated<number>;
  org_id: number;
  report_id: number;
  leader_name: string;
  role: LeaderRole;
  /** YYYY-MM-DD. */
  given_on: string;
  text: string;
  created_by: number;
  created_at: string;
}

export interface WorkplanOpinionRequestsTable {
  id: Generated<number>;
  org_id: number;
  title: string;
  /** The draft plan or project asked about. */
  draft: string;
  asked_by: string;
  /** YYYY-MM-DD. */
  asked_on: string;
  deadline: string;
  answer: string | null;
  answered_on: string | null;
  adoption: AdoptionKind | null;
  adoption_note: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface WorkplanEngagementTables {
  workplan_themes: WorkplanThemesTable;
  workplan_theme_links: WorkplanThemeLinksTable;
  workplan_leader_visits: WorkplanLeaderVisitsTable;
  workplan_visit_targets: WorkplanVisitTargetsTable;
  workplan_instructions: WorkplanInstructionsTable;
  workplan_opinion_requests: WorkplanOpinionRequestsTable;
}
