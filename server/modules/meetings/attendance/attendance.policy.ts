// The rules of check-in: the office shows the rotating code, checks people in and out by hand
// and records walk-ins; an invitee checks himself in by the code (or, at a hybrid meeting, as
// attending online) while check-in is open; after the end the office closes attendance and
// corrects single states; the office and leaders read the attendance board. Composed in
// ../meetings.policy.ts.
import { can } from '../../../platform/access/actor.js';
import { who } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import { hasStatus, isOffice, office, readsOrg, type MeetingCheck, type MeetingRule } from '../core/meetings.policy.js';
import { CHECKIN_OPENS_BEFORE_MS } from '../core/meetings.model.js';

const published = hasStatus(['published'], 'NOT_OPEN', '会议未发布或已取消');
const checkinOpen: MeetingCheck = {
  test: (_a, m, rel) => Date.parse(rel.now) >= Date.parse(m.starts_at) - CHECKIN_OPENS_BEFORE_MS && rel.now < m.ends_at,
  fail: () => conflict('CHECKIN_CLOSED', '不在签到时间内（会前 60 分钟至会议结束）'),
};
const started: MeetingCheck = {
  test: (_a, m, rel) => Date.parse(rel.now) >= Date.parse(m.starts_at) - CHECKIN_OPENS_BEFORE_MS,
  fail: () => conflict('NOT_STARTED', '会议签到尚未开始，不能登记考勤'),
};
const ended: MeetingCheck = {
  test: (_a, m, rel) => rel.now >= m.ends_at,
  fail: () => conflict('NOT_ENDED', '会议结束后才能确认考勤'),
};
const notClosed: MeetingCheck = {
  test: (_a, m) => !m.attendance_closed_at,
  fail: () => conflict('ATTENDANCE_CLOSED', '考勤已确认'),
};
const online: MeetingCheck = {
  test: (_a, m) => !!m.online_url,
  fail: () => conflict('NOT_ONLINE', '本次会议没有线上参会方式'),
};
const invited: MeetingCheck = who((_a, _m, rel) => !!rel.invitation, 'NOT_INVITED', '您不在此会议的邀请之列');
/** An invitee, or a member of the meeting's organisation who may come uninvited (a walk-in). */
const invitedOrMember: MeetingCheck = who(
  (a, m, rel) => !!rel.invitation || (a.memberId !== null && can(a, 'meetings.attend') && a.orgId === m.org_id),
  'NOT_INVITED',
  '您不在此会议的邀请之列',
);
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
  checkIn: { who: [invited], when: [published, checkinOpen, mayAttend, notCheckedIn] },
  // The member's personal code (我的签到码) shown on his phone, and the office's scan of it at
  // the door (the reverse of the door code): invited or not, as the office's hand check-in.
  myCode: { who: [invitedOrMember], when: [published, checkinOpen, notCheckedIn] },
  scanCode: { who: [office], when: [published, checkinOpen] },
  // Attending a hybrid meeting through its online link, confirmed by the invitee while it runs.
  checkInRemote: { who: [invited], when: [published, online, checkinOpen, mayAttend, notCheckedIn] },
  // On one invitation of the list (the office's hand check-in), not a button of the meeting.
  manualCheckIn: { who: [office], when: [published, checkinOpen], offered: false },
  // Check-out of one invitee by the office, while check-in is open (leaving before the end).
  checkOut: { who: [office], when: [published, checkinOpen], offered: false },
  // A member who came uninvited, recorded at the door by the office.
  walkIn: { who: [office], when: [published, checkinOpen] },
  // After the end: everyone still without a state is recorded absent (approved leave as leave),
  // so the read models later modules use stop guessing from the clock.
  closeAttendance: { who: [office], when: [published, ended, notClosed] },
  // The office's correction of one invitee's state (a leave note that came late, a member who
  // attended without scanning), with a reason; also after closing.
  setAttendance: { who: [office], when: [published, started], offered: false },
  // The live board and its Excel sheet: the office and the organisation's readers (leaders), in any status.
  board: { who: [who((a, m) => isOffice(a, m) || readsOrg(a, m))], when: [], offered: false },
} satisfies Record<string, MeetingRule>;
