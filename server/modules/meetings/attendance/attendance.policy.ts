// The rules of check-in: the office shows the rotating code, checks people in and out by hand
// and records walk-ins; an invitee checks himself in by the code while check-in is open; the
// office and leaders read the attendance board. Composed in ../meetings.policy.ts.
import { who } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import { hasStatus, isOffice, office, readsOrg, type MeetingCheck, type MeetingRule } from '../core/meetings.policy.js';
import { CHECKIN_OPENS_BEFORE_MS } from '../core/meetings.model.js';

const published = hasStatus(['published'], 'NOT_OPEN', '会议未发布或已取消');
const checkinOpen: MeetingCheck = {
  test: (_a, m, rel) => Date.parse(rel.now) >= Date.parse(m.starts_at) - CHECKIN_OPENS_BEFORE_MS && rel.now < m.ends_at,
  fail: () => conflict('CHECKIN_CLOSED', '不在签到时间内（会前 60 分钟至会议结束）'),
};
const notCheckedIn: MeetingCheck = {
  test: (_a, _m, rel) => !rel.invitation?.checked_in_at,
  fail: () => conflict('ALREADY_CHECKED_IN', '您已签到'),
};
const mayAttend: MeetingCheck = {
  test: (_a, _m, rel) => !!rel.invitation && !['declined', 'withdrawn', 'waitlisted'].includes(rel.invitation.reply),
  fail: () => conflict('NOT_ATTENDING', '您已谢绝或仍在候补，不能签到'),
};

export const ATTENDANCE_RULES = {
  showCode: { who: [office], when: [published, checkinOpen] },
  checkIn: {
    who: [who((_a, _m, rel) => !!rel.invitation, 'NOT_INVITED', '您不在此会议的邀请之列')],
    when: [published, checkinOpen, mayAttend, notCheckedIn],
  },
  // On one invitation of the list (the office's hand check-in), not a button of the meeting.
  manualCheckIn: { who: [office], when: [published, checkinOpen], offered: false },
  // Check-out of one invitee by the office, while check-in is open (leaving before the end).
  checkOut: { who: [office], when: [published, checkinOpen], offered: false },
  // A member who came uninvited, recorded at the door by the office.
  walkIn: { who: [office], when: [published, checkinOpen] },
  // The live board and its Excel sheet: the office and the organisation's readers (leaders), in any status.
  board: { who: [who((a, m) => isOffice(a, m) || readsOrg(a, m))], when: [], offered: false },
} satisfies Record<string, MeetingRule>;
