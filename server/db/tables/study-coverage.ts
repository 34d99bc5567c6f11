// Row types of the study module's coverage tables (migration 202612120300_study_coverage) and
// the values their enumerated columns hold. Only the study module's coverage repo writes them.
import type { Generated } from 'kysely';

/** Whom a target counts: every current member, or the new members (joined this term). */
export const TARGET_MEASURES = ['all', 'new'] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

/** A cohort's purpose: backbone training (骨干培训) or training for a key task (重点工作培训). */
export const COHORT_KINDS = ['backbone', 'key_work'] as const;
export type CohortKind = (typeof COHORT_KINDS)[number];

export interface StudyCoverageTargetsTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  measure: TargetMeasure;
  /** The share to reach, in whole percent (1–100). */
  percent: number;
  updated_by: number;
  created_at: string;
  updated_at: string;
}

export interface StudyCoverageCohortsTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  name: string;
  kind: CohortKind;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface StudyCoverageCohortMembersTable {
  id: Generated<number>;
  cohort_id: number;
  member_id: number;
}

export interface StudyCoverageTables {
  study_coverage_targets: StudyCoverageTargetsTable;
  study_coverage_cohorts: StudyCoverageCohortsTable;
  study_coverage_cohort_members: StudyCoverageCohortMembersTable;
}
