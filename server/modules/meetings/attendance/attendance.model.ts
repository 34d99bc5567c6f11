// Check-in and attendance (pure): the rotating code shown at the door, the distance to the
// venue, and the attendance state an invitee's check-in, check-out and leave amount to.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AttendanceState, Reply } from '../../../db/tables/meetings.js';

/** A code is good for its own 30-second window and the one before (a scan made as it turns over). */
export const CODE_WINDOW_MS = 30_000;
/** The phone's reported accuracy widens the radius by at most this much. */
export const MAX_ACCURACY_ALLOWANCE_M = 100;

const codeOf = (secret: string, meetingId: number, window: number) =>
  createHmac('sha256', secret).update(`${meetingId}:${window}`).digest('base64url').slice(0, 22);

export function checkinCode(secret: string, meetingId: number, nowMs: number) {
  const window = Math.floor(nowMs / CODE_WINDOW_MS);
  return { code: codeOf(secret, meetingId, window), expiresAt: new Date((window + 1) * CODE_WINDOW_MS).toISOString() };
}

export function codeIsValid(secret: string, meetingId: number, code: string, nowMs: number): boolean {
  const window = Math.floor(nowMs / CODE_WINDOW_MS);
  const given = Buffer.from(code);
  return [window, window - 1].some((w) => {
    const expected = Buffer.from(codeOf(secret, meetingId, w));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/** Great-circle distance in metres (haversine). */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/**
 * The state an invitation amounts to: checked in after start + grace is late, checked out
 * before end − grace left early, a walk-in stays a walk-in, approved leave is leave. Null
 * when nothing is known yet (read as absent once the meeting has ended).
 */
export function attendanceState(
  inv: {
    checked_in_at: string | null;
    checked_out_at: string | null;
    reply: Reply;
    source: string;
    checkin_method: string | null;
  },
  m: { starts_at: string; ends_at: string },
  graceMinutes: number,
): AttendanceState | null {
  if (!inv.checked_in_at) return inv.reply === 'leave_approved' ? 'leave' : null;
  if (inv.source === 'walk_in') return 'walk_in';
  if (inv.checkin_method === 'remote') return 'remote';
  const grace = graceMinutes * 60_000;
  if (Date.parse(inv.checked_in_at) > Date.parse(m.starts_at) + grace) return 'late';
  if (inv.checked_out_at && Date.parse(inv.checked_out_at) < Date.parse(m.ends_at) - grace) return 'left_early';
  return 'attended';
}
