// The attendance board's figures (pure): how the stored states and replies of a meeting's
// invitations add up, and what a row with no state yet reads as.
import { ATTENDANCE_STATES, REPLIES, type AttendanceState, type Reply } from '../../../db/tables/meetings.js';

/** Replies that take no part in the attendance count (the invitee is not expected at the meeting). */
export const NOT_EXPECTED: readonly Reply[] = ['declined', 'withdrawn', 'waitlisted'];

export type BoardState = AttendanceState | 'pending';
export const BOARD_STATES = [...ATTENDANCE_STATES, 'pending'] as const;

/**
 * The state a row shows: the stored one; for an expected invitee with none, absent once the
 * meeting has ended (as the published read model reads it) and pending before; nothing for
 * those who declined, withdrew or wait.
 */
export function shownState(reply: Reply, stored: AttendanceState | null, ended: boolean): BoardState | null {
  if (stored) return stored;
  if (NOT_EXPECTED.includes(reply)) return null;
  if (reply === 'leave_approved') return 'leave';
  return ended ? 'absent' : 'pending';
}

export function tally(groups: { reply: Reply; attendance: AttendanceState | null; n: number }[], ended: boolean) {
  const attendance = Object.fromEntries(BOARD_STATES.map((s) => [s, 0])) as Record<BoardState, number>;
  const replies = Object.fromEntries(REPLIES.map((r) => [r, 0])) as Record<Reply, number>;
  let invited = 0;
  let expected = 0;
  for (const g of groups) {
    invited += g.n;
    replies[g.reply] += g.n;
    const state = shownState(g.reply, g.attendance, ended);
    if (state === null) continue;
    attendance[state] += g.n;
    // A walk-in was never expected, yet is present: counted among those present, not the expected.
    if (state !== 'walk_in') expected += g.n;
  }
  const present =
    attendance.attended + attendance.late + attendance.left_early + attendance.walk_in + attendance.remote;
  return { invited, expected, present, attendance, replies };
}

/** The guests' own figures: how many were invited, are expected and came, by state. */
export function guestTally(groups: { reply: Reply; attendance: AttendanceState | null; n: number }[], ended: boolean) {
  const { invited, expected, present, attendance } = tally(groups, ended);
  return { invited, expected, present, attendance };
}
