// Row types of the 社情民意 reports (migration 202612130300_sqmy_reports): the reports with
// their authors and kept versions, the bulletin issues (刊物) they are published in, the
// forwarding to leaders and departments (报送) and the leaders' instructions (批示). Only
// server/modules/opinions/reports/ queries these tables.
import type { Generated } from 'kysely';

/**
 * Where a report stands. submitted: received, not yet touched by the office; editing: the office
 * has revised the text (核稿); adopted / rejected: the office's decision, with its reason;
 * published: printed in an issue of the bulletin.
 */
export const REPORT_STATUSES = ['submitted', 'editing', 'adopted', 'rejected', 'published'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** How a report came in: written by members, routed from opinions, converted from a proposal. */
export const REPORT_SOURCES = ['member', 'opinion', 'proposal'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

/** The level of the leaders and departments a report is forwarded to, and of an instruction. */
export const REPORT_LEVELS = ['county', 'city', 'province', 'national'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

export const BULLETIN_STATUSES = ['draft', 'published'] as const;
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number];

export interface SqmyReportsTable {
  id: Generated<number>;
  org_id: number;
  /** The year of submission on China's calendar: the figures count by it. */
  year: number;
  /** The current text (the last version's). */
  title: string;
  body: string;
  status: Generated<ReportStatus>;
  source: ReportSource;
  /** JSON: the opinion ids, or the proposal id, it came from. */
  source_ref: string | null;
  /** Why it was adopted (optional) or not (required). */
  decision_reason: string | null;
  decided_by: number | null;
  decided_at: string | null;
  submitted_by: number;
  created_at: string;
  updated_at: string;
}

/** The members who wrote a report, the lead author first. */
export interface SqmyReportAuthorsTable {
  report_id: number;
  member_id: number;
  sort_order: number;
}

/** Every text a report has had: 1 is the submitted one, each office edit adds the next. */
export interface SqmyReportVersionsTable {
  id: Generated<number>;
  report_id: number;
  number: number;
  title: string;
  body: string;
  /** The office's note on the edit (what and why). */
  note: string | null;
  by_user_id: number;
  by_office: number;
  created_at: string;
}

/** One numbered issue of an organisation's bulletin in a year (《社情民意》2026年第N期). */
export interface SqmyBulletinsTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  number: number;
  name: string;
  status: Generated<BulletinStatus>;
  /** China's calendar day it was issued (set on publishing). */
  issued_on: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

/** The last issue number given per organisation and year (numbers without gaps, race-safe). */
export interface SqmyBulletinCountersTable {
  org_id: number;
  year: number;
  last_number: number;
}

/** The reports of an issue, in their order; a report is in one issue at most. */
export interface SqmyBulletinItemsTable {
  bulletin_id: number;
  report_id: number;
  sort_order: number;
}

/** Forwarding (报送) of a report to leaders or a department. */
export interface SqmyForwardsTable {
  id: Generated<number>;
  report_id: number;
  level: ReportLevel;
  recipient: string;
  forwarded_on: string;
  created_by: number;
  created_at: string;
}

/** A leader's instruction (批示) on a report, and what followed (落实情况). */
export interface SqmyInstructionsTable {
  id: Generated<number>;
  report_id: number;
  leader: string;
  level: ReportLevel;
  instructed_on: string;
  text: string;
  follow_up: string | null;
  follow_up_at: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface SqmyReportTables {
  sqmy_reports: SqmyReportsTable;
  sqmy_report_authors: SqmyReportAuthorsTable;
  sqmy_report_versions: SqmyReportVersionsTable;
  sqmy_bulletins: SqmyBulletinsTable;
  sqmy_bulletin_counters: SqmyBulletinCountersTable;
  sqmy_bulletin_items: SqmyBulletinItemsTable;
  sqmy_forwards: SqmyForwardsTable;
  sqmy_instructions: SqmyInstructionsTable;
}
