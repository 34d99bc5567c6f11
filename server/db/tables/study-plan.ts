// Row types of the study module's annual plan and party-group learning exchange (migrations
// 202612120000_study_plan and 202612120100_study_exchange). Only the study module's plan/ and
// exchange/ repos query these tables.
import type { Generated } from 'kysely';
import type { StudyKind } from './meetings.js';

/** One organisation's study plan of one year (学习计划), created on the office's first write. */
export interface StudyPlansTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  title: string;
  created_by: number;
  created_at: string;
  updated_at: string;
}

/** A planned session: its study kind, topic, planned date and who attends. */
export interface StudyPlanItemsTable {
  id: Generated<number>;
  plan_id: number;
  org_id: number;
  study_kind: StudyKind;
  topic: string;
  /** A day (YYYY-MM-DD) or a month (YYYY-MM) on China's calendar. */
  planned_on: string;
  attendees: string;
  /** JSON of the meetings' audience (the invitations' `audienceFields`), or null. */
  audience: string | null;
  notes: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

/** A meeting that carries out a plan item (one item per meeting). */
export interface StudyPlanSessionsTable {
  id: Generated<number>;
  item_id: number;
  org_id: number;
  meeting_id: number;
  linked_by: number;
  linked_at: string;
}

/** Who writes the monthly party-group learning exchange of an organisation (党组学习交流). */
export interface StudyExchangeAttendeesTable {
  id: Generated<number>;
  org_id: number;
  member_id: number;
  added_by: number;
  added_at: string;
}

/** One attendee's account of his learning in one month (YYYY-MM). */
export interface StudyExchangeAccountsTable {
  id: Generated<number>;
  org_id: number;
  member_id: number;
  month: string;
  body: string;
  created_at: string;
  updated_at: string;
}

/** The office's reminder of a month's not-yet-written, one per day (the unique key is the claim). */
export interface StudyExchangeRemindersTable {
  id: Generated<number>;
  org_id: number;
  month: string;
  /** China date of the reminder. */
  reminded_on: string;
  reminded_by: number;
  reminded: number;
  created_at: string;
}

export interface StudyPlanTables {
  study_plans: StudyPlansTable;
  study_plan_items: StudyPlanItemsTable;
  study_plan_sessions: StudyPlanSessionsTable;
  study_exchange_attendees: StudyExchangeAttendeesTable;
  study_exchange_accounts: StudyExchangeAccountsTable;
  study_exchange_reminders: StudyExchangeRemindersTable;
}
