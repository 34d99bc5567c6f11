// One invitee's reply and, for a meeting that is over, his check-in and the attendance state
// it amounts to (the app's own attendanceState): most of the must-attend invitees come, a few
// late or leaving early; some ask for leave (nearly always approved); sign-up meetings fill
// to their cap and keep a waiting list; upcoming meetings are still collecting replies.
import type { AttendanceMode, AttendanceState, Reply } from '../../server/db/tables/meetings.js';
import { attendanceState } from '../../server/modules/meetings/attendance/attendance.model.js';
import type { PlannedMeeting } from './meetings.js';
import type { Rnd } from './proposal-rows.js';

const DAY = 86_400_000;
const LEAVE_REASONS = [
  '出差在外，无法到会',
  '因病住院治疗',
  '参加全国性行业会议',
  '单位有紧急公务',
  '家中有事需要处理',
];

export interface Ctx {
  plan: PlannedMeeting;
  status: string;
  past: boolean;
  closed: boolean;
  mode: AttendanceMode;
  allowsDecline: boolean;
  method: string;
  grace: number;
  officeId: number;
  publishedAt: number;
}

interface Outcome {
  reply: Reply;
  repliedAt: string | null;
  leaveReason: string | null;
  decidedBy: number | null;
  decidedAt: string | null;
  waitlistAt: string | null;
  checkedInAt: string | null;
  method: string | null;
  checkedOutAt: string | null;
  attendance: AttendanceState | null;
}

/** One invitee's reply and, for a meeting that is over, his attendance. */
export function invitation(rnd: Rnd, c: Ctx, placeLeft: () => boolean): Outcome {
  const o: Outcome = {
    reply: 'pending',
    repliedAt: null,
    leaveReason: null,
    decidedBy: null,
    decidedAt: null,
    waitlistAt: null,
    checkedInAt: null,
    method: null,
    checkedOutAt: null,
    attendance: null,
  };
  if (c.status === 'draft') return o;
  const replyBy = c.publishedAt + rnd.next() * Math.max(DAY, c.plan.startsAt - c.publishedAt - DAY);
  // Upcoming meetings are still collecting replies: about half have answered.
  if (!c.past && rnd.next() < 0.5) return o;
  const r = rnd.next();
  const signup = c.mode === 'signup';
  if (r < (signup ? 0.06 : 0.08)) {
    o.reply = signup ? 'leave_approved' : rnd.next() < 0.93 || !c.past ? 'leave_approved' : 'leave_refused';
    if (!c.past && !signup && rnd.next() < 0.5) o.reply = 'leave_requested';
    o.leaveReason = rnd.pick(LEAVE_REASONS);
    if (o.reply !== 'leave_requested' && !signup) {
      o.decidedBy = c.officeId;
      o.decidedAt = new Date(replyBy + 4 * 3_600_000).toISOString();
    }
    if (o.reply === 'leave_approved') o.attendance = 'leave';
  } else if (c.allowsDecline && r < 0.2) o.reply = 'declined';
  else if (signup && r < 0.45) o.reply = 'pending';
  else if (placeLeft()) o.reply = 'attending';
  else {
    o.reply = 'waitlisted';
    o.waitlistAt = new Date(replyBy).toISOString();
  }
  if (o.reply !== 'pending') o.repliedAt = new Date(replyBy).toISOString();
  if (!c.past || c.status !== 'published') return o;
  // Who came: most of those attending, a few who never answered; some late, some left early.
  const comes = o.reply === 'attending' ? rnd.next() < 0.93 : o.reply === 'pending' && !signup && rnd.next() < 0.6;
  if (comes) {
    const late = rnd.next() < 0.06;
    const at = c.plan.startsAt + (late ? rnd.int(c.grace + 1, 50) : -rnd.int(0, 40)) * 60_000 + rnd.int(0, 59_000);
    o.checkedInAt = new Date(at).toISOString();
    o.method = c.method === 'qr_location' ? 'location' : c.method === 'manual' || rnd.next() < 0.04 ? 'manual' : 'qr';
    if (rnd.next() < 0.03) o.checkedOutAt = new Date(c.plan.endsAt - rnd.int(c.grace + 5, 60) * 60_000).toISOString();
    o.attendance = attendanceState(
      {
        checked_in_at: o.checkedInAt,
        checked_out_at: o.checkedOutAt,
        reply: o.reply,
        source: 'invited',
        checkin_method: o.method,
      },
      { starts_at: new Date(c.plan.startsAt).toISOString(), ends_at: new Date(c.plan.endsAt).toISOString() },
      c.grace,
    );
  } else if (c.closed && o.attendance === null && !['declined', 'waitlisted'].includes(o.reply))
    o.attendance = 'absent';
  return o;
}
