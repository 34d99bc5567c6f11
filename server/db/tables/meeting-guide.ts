// Row types of the meetings module's plenary guide (migration 202612100000_meeting_guide).
// Only the meetings module's guide repo queries these tables.
import type { Generated } from 'kysely';

export interface MeetingGuidesTable {
  id: Generated<number>;
  meeting_id: number;
  org_id: number;
  /** General notes for every invitee (报到须知, dress, contacts of the office). */
  notes: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface MeetingGuideGroupsTable {
  id: Generated<number>;
  meeting_id: number;
  name: string;
  room: string | null;
  convener: string | null;
  sort_order: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface MeetingGuideItemsTable {
  id: Generated<number>;
  meeting_id: number;
  /** YYYY-MM-DD on China's calendar, and the times of day HH:MM. */
  day: string;
  start_time: string;
  end_time: string | null;
  title: string;
  place: string | null;
  /** Which sub-session it belongs to (第一次全体会议, 分组讨论), as the office words it. */
  session: string | null;
  /** 1: a group discussion, each member in his own group's room. */
  by_group: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface MeetingGuideAssignmentsTable {
  id: Generated<number>;
  meeting_id: number;
  member_id: number;
  group_id: number | null;
  seat: string | null;
  hotel: string | null;
  room: string | null;
  check_in_on: string | null;
  check_out_on: string | null;
  vehicle: string | null;
  pickup_point: string | null;
  /** ISO instant of the pick-up. */
  pickup_at: string | null;
  updated_by: number;
  updated_at: string;
}

export interface MeetingGuideTables {
  meeting_guides: MeetingGuidesTable;
  meeting_guide_groups: MeetingGuideGroupsTable;
  meeting_guide_items: MeetingGuideItemsTable;
  meeting_guide_assignments: MeetingGuideAssignmentsTable;
}
