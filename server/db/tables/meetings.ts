// Row types of the meetings module's tables (migration 202612070000_meetings and later), and
// the values their enumerated columns hold. Only the meetings module's repos query these
// tables; what the values mean is its model files (kinds.model.ts, meetings.model.ts, ...).
import type { Generated } from 'kysely';

export const MEETING_CATEGORIES = [
  'plenary',
  'standing',
  'chair',
  'consultation',
  'symposium',
  'inspection',
  'research',
  'study',
  'training',
  'activity_week',
  'forum',
  'home_activity',
  'open',
] as const;
export type MeetingCategory = (typeof MEETING_CATEGORIES)[number];

export const ATTENDANCE_MODES = ['required', 'signup'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];
export const COUNTS_AS = ['study', 'training'] as const;
export type CountsAs = (typeof COUNTS_AS)[number];
/** The six kinds of study the committee keeps (党组理论学习中心组, 主席会议, 常委会议, 培训班, 专委会/小组, 座谈交流). */
export const STUDY_KINDS = ['party_group', 'chair', 'standing', 'training', 'committee', 'symposium'] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];
export const CHECKIN_METHODS = ['qr', 'qr_location', 'manual'] as const;
export type CheckinMethod = (typeof CHECKIN_METHODS)[number];

export const MEETING_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const REPLIES = [
  'pending',
  'attending',
  'waitlisted',
  'leave_requested',
  'leave_approved',
  'leave_refused',
  'declined',
  'withdrawn',
] as const;
export type Reply = (typeof REPLIES)[number];

/** How a check-in was made (a row of the invitation, and of the check-in log). */
export const CHECKIN_WAYS = ['qr', 'location', 'personal_code', 'manual', 'remote'] as const;
export type CheckinWay = (typeof CHECKIN_WAYS)[number];

/** Who a guest of a meeting (an invitee with no member record) is. */
export const GUEST_KINDS = ['expert', 'grassroots', 'unit', 'public', 'other'] as const;
export type GuestKind = (typeof GUEST_KINDS)[number];

export const ATTENDANCE_STATES = ['attended', 'late', 'left_early', 'leave', 'absent', 'walk_in', 'remote'] as const;
export type AttendanceState = (typeof ATTENDANCE_STATES)[number];

export interface MeetingKindsTable {
  id: Generated<number>;
  org_id: number;
  code: string;
  name: string;
  category: MeetingCategory;
  attendance_mode: AttendanceMode;
  counts_as: CountsAs | null;
  study_kind: StudyKind | null;
  checkin_method: CheckinMethod;
  default_audience: Generated<string>; // JSON AudienceSpec
  allows_decline: Generated<number>;
  questions_enabled: Generated<number>;
  late_grace_minutes: Generated<number>;
  sort_order: Generated<number>;
  active: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface MeetingsTable {
  id: Generated<number>;
  org_id: number;
  kind_id: number;
  parent_id: number | null;
  title: string;
  description: string | null;
  starts_at: string;
  ends_at: string;
  venue: string | null;
  venue_lat: number | null;
  venue_lng: number | null;
  checkin_radius_m: number | null;
  online_url: string | null;
  attendance_mode: AttendanceMode;
  reply_deadline: string | null;
  capacity: number | null;
  status: MeetingStatus;
  cancel_reason: string | null;
  questions_enabled: Generated<number>;
  /** Random per meeting, never sent to a client: the key of its rotating check-in codes. */
  checkin_secret: string;
  version: Generated<number>;
  published_at: string | null;
  attendance_closed_at: string | null;
  /** The reply deadline and the start last reminded of (migration 202612080100). */
  reply_reminded_for: string | null;
  start_reminded_for: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface MeetingInvitationsTable {
  id: Generated<number>;
  meeting_id: number;
  member_id: number | null;
  user_id: number | null;
  guest_name: string | null;
  guest_affiliation: string | null;
  /** A guest's kind, the unit that sent him, his phone sealed and masked (migration 202612100200). */
  guest_kind: GuestKind | null;
  guest_unit: string | null;
  guest_phone_enc: string | null;
  guest_phone_masked: string | null;
  /** How the invitee came to be invited: person, committee:3, sector:5, group:7, party:民盟, all, walk_in. */
  source: string;
  reply: Reply;
  replied_at: string | null;
  leave_reason: string | null;
  leave_file_id: string | null;
  leave_decided_by: number | null;
  leave_decided_at: string | null;
  leave_note: string | null;
  waitlist_at: string | null;
  checked_in_at: string | null;
  checkin_method: CheckinWay | null;
  checked_out_at: string | null;
  attendance: AttendanceState | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingCheckinLogTable {
  id: Generated<number>;
  meeting_id: number;
  invitation_id: number | null;
  user_id: number | null;
  method: CheckinWay;
  lat: number | null;
  lng: number | null;
  accuracy_m: number | null;
  distance_m: number | null;
  /** ok, or the refusal's error code. */
  outcome: string;
  at: string;
}

/** A member's private calendar feed (migration 202612080000): only the token's hash is kept. */
export interface MeetingCalendarFeedsTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

/** What became of a speech (migration 202612090000): handed in, back for revision, oral, written exchange, rejected. */
export const SPEECH_STATUSES = ['submitted', 'returned', 'oral', 'written', 'rejected'] as const;
export type SpeechStatus = (typeof SPEECH_STATUSES)[number];

export interface MeetingSpeechesTable {
  id: Generated<number>;
  meeting_id: number;
  org_id: number;
  member_id: number;
  user_id: number;
  title: string;
  body: string;
  status: SpeechStatus;
  oral_order: number | null;
  review_note: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  submitted_at: string;
  created_at: string;
  updated_at: string;
}

export const NOTICE_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** A notice of the meetings office (migration 202612090200); audience is the JSON the office chose. */
export interface MeetingNoticesTable {
  id: Generated<number>;
  org_id: number;
  meeting_id: number | null;
  title: string;
  body: string;
  audience: string;
  status: NoticeStatus;
  recipient_count: Generated<number>;
  created_by: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  withdrawn_at: string | null;
  /** When the last reminder went to those who had not read it. */
  reminded_at: string | null;
}

/** One account a published notice reached; read_at is the receipt (first read). */
export interface MeetingNoticeRecipientsTable {
  id: Generated<number>;
  notice_id: number;
  user_id: number;
  member_id: number | null;
  read_at: string | null;
}

/** A question's way (migration 202612100100): waiting, shown on the screen's list, turned down, answered, folded into another. */
export const QUESTION_STATUSES = ['pending', 'approved', 'rejected', 'answered', 'merged'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export const QUESTION_SOURCES = ['member', 'public'] as const;
export type QuestionSource = (typeof QUESTION_SOURCES)[number];

/** A forum's question board: its links, the question on screen now, a revision for the screen's ETag. */
export interface MeetingQuestionBoardsTable {
  meeting_id: number;
  org_id: number;
  public_token: string | null;
  public_enabled: Generated<number>;
  screen_token: string | null;
  challenge_secret: string;
  current_question_id: number | null;
  revision: Generated<number>;
  updated_at: string;
}

export interface MeetingQuestionsTable {
  id: Generated<number>;
  meeting_id: number;
  org_id: number;
  source: QuestionSource;
  member_id: number | null;
  user_id: number | null;
  display_name: string | null;
  anonymous: Generated<number>;
  addressed_to: string | null;
  body: string;
  original_body: string | null;
  status: QuestionStatus;
  reject_reason: string | null;
  merged_into: number | null;
  answered_by: string | null;
  answer: string | null;
  answered_at: string | null;
  moderated_by: number | null;
  moderated_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingTables {
  meeting_kinds: MeetingKindsTable;
  meetings: MeetingsTable;
  meeting_invitations: MeetingInvitationsTable;
  meeting_checkin_log: MeetingCheckinLogTable;
  meeting_calendar_feeds: MeetingCalendarFeedsTable;
  meeting_speeches: MeetingSpeechesTable;
  meeting_notices: MeetingNoticesTable;
  meeting_notice_recipients: MeetingNoticeRecipientsTable;
  meeting_question_boards: MeetingQuestionBoardsTable;
  meeting_questions: MeetingQuestionsTable;
}
