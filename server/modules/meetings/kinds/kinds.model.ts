// The meeting kinds every organisation starts with: what the office edits per organisation
// (kinds are data, not code). A kind's defaults are copied onto each new meeting of it.
import type {
  AttendanceMode,
  CheckinMethod,
  CountsAs,
  MeetingCategory,
  StudyKind,
} from '../../../db/tables/meetings.js';

/** Who a meeting of the kind invites unless the office chooses otherwise. */
export interface DefaultAudience {
  /** The whole body of members. */
  all?: boolean;
  /** The members of the committee that organises it (a committee's study, its inspection). */
  committeeOfOrganiser?: boolean;
}

export interface KindDefaults {
  code: string;
  name: string;
  category: MeetingCategory;
  attendanceMode: AttendanceMode;
  countsAs: CountsAs | null;
  studyKind: StudyKind | null;
  checkinMethod: CheckinMethod;
  defaultAudience: DefaultAudience;
  allowsDecline: boolean;
  questionsEnabled: boolean;
  lateGraceMinutes: number;
}

const kind = (
  code: string,
  name: string,
  category: MeetingCategory,
  more: Partial<Omit<KindDefaults, 'code' | 'name' | 'category'>> = {},
): KindDefaults => ({
  code,
  name,
  category,
  attendanceMode: 'required',
  countsAs: null,
  studyKind: null,
  checkinMethod: 'qr',
  defaultAudience: {},
  allowsDecline: false,
  questionsEnabled: false,
  lateGraceMinutes: 10,
  ...more,
});

const study = (code: string, name: string, studyKind: StudyKind, more: Partial<KindDefaults> = {}) =>
  kind(code, name, 'study', { countsAs: 'study', studyKind, ...more });

/** In the order the office's kind list shows them. */
export const DEFAULT_KINDS: readonly KindDefaults[] = [
  kind('plenary', '全体会议', 'plenary', { defaultAudience: { all: true }, checkinMethod: 'qr_location' }),
  kind('plenary_group', '分组讨论', 'plenary', { defaultAudience: { all: true } }),
  kind('standing_committee', '常务委员会会议', 'standing'),
  kind('chair_meeting', '主席会议', 'chair'),
  kind('consult_topic', '专题协商会', 'consultation'),
  kind('consult_counterpart', '对口协商会', 'consultation', { defaultAudience: { committeeOfOrganiser: true } }),
  kind('consult_sector', '界别协商会', 'consultation'),
  kind('consult_proposal', '提案办理协商会', 'consultation'),
  kind('symposium', '座谈会', 'symposium', { allowsDecline: true }),
  kind('chair_member_symposium', '主席联系委员座谈会', 'symposium'),
  kind('inspection', '视察', 'inspection', { attendanceMode: 'signup', allowsDecline: true, checkinMethod: 'manual' }),
  kind('research', '调研', 'research', { attendanceMode: 'signup', allowsDecline: true, checkinMethod: 'manual' }),
  study('study_party_group', '党组理论学习中心组学习', 'party_group'),
  study('study_chair', '主席会议集体学习', 'chair'),
  study('study_standing', '常委会议专题学习', 'standing'),
  kind('training', '委员培训班', 'training', {
    countsAs: 'training',
    studyKind: 'training',
    attendanceMode: 'signup',
    checkinMethod: 'qr_location',
  }),
  study('study_committee', '专委会（委员小组）学习', 'committee', { defaultAudience: { committeeOfOrganiser: true } }),
  study('study_symposium', '座谈交流学习', 'symposium', { allowsDecline: true }),
  kind('activity_week_event', '界别活动周活动', 'activity_week', { attendanceMode: 'signup', allowsDecline: true }),
  kind('forum', '政协论坛', 'forum', { attendanceMode: 'signup', allowsDecline: true, questionsEnabled: true }),
  kind('home_activity', '委员活动之家活动', 'home_activity', {
    attendanceMode: 'signup',
    allowsDecline: true,
    checkinMethod: 'manual',
  }),
  kind('open_meeting', '开门协商（公开会议）', 'open', { allowsDecline: true, questionsEnabled: true }),
];
