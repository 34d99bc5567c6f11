// Row types of the meetings module's minutes and follow-ups (migration 202612090100_meeting_minutes),
// and the values their enumerated columns hold. Only the meetings module's repos query these tables.
import type { Generated } from 'kysely';

export const MINUTES_STATUSES = ['draft', 'published'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** A decision taken at the meeting (议定事项) or an action asked of someone (督办事项). */
export const FOLLOWUP_KINDS = ['decision', 'action'] as const;
export type FollowupKind = (typeof FOLLOWUP_KINDS)[number];

export const FOLLOWUP_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];

export interface MeetingMinutesTable {
  id: Generated<number>;
  meeting_id: number;
  org_id: number;
  body: string;
  status: Generated<MinutesStatus>;
  /** How many times the minutes were changed after publishing (0: as published). */
  revision: Generated<number>;
  published_at: string | null;
  created_by: number;
  updated_by: number;
  created_at: string;
  updated_at: string;
}

export interface MeetingFollowupsTable {
  id: Generated<number>;
  meeting_id: number;
  org_id: number;
  kind: FollowupKind;
  title: string;
  detail: string | null;
  /** Exactly one owner: a handling unit (its unit users report) or a person's account. */
  owner_unit_id: number | null;
  owner_user_id: number | null;
  /** The deadline, a date (YYYY-MM-DD) on China's calendar. */
  due_on: string;
  status: Generated<FollowupStatus>;
  cancel_reason: string | null;
  done_at: string | null;
  last_progress_at: string | null;
  /** The deadline last reminded of, and the deadline last flagged overdue (markers of the hourly scan). */
  due_reminded_for: string | null;
  overdue_flagged_for: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface MeetingFollowupProgressTable {
  id: Generated<number>;
  followup_id: number;
  note: string;
  status_after: FollowupStatus;
  by_user_id: number;
  /** 1: recorded by the office (on the owner's behalf, or closing it). */
  by_office: Generated<number>;
  created_at: string;
}

export interface MeetingMinutesTables {
  meeting_minutes: MeetingMinutesTable;
  meeting_followups: MeetingFollowupsTable;
  meeting_followup_progress: MeetingFollowupProgressTable;
}
