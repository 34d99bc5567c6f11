// The member's personal check-in code (我的签到码, pure): the reverse of the door code. His
// phone shows a QR that names the meeting, the member and a 30-second window, signed with the
// meeting's secret; the office's scanner reads it. A code is good for its own window and the
// one before (as the door code), so a screenshot sent to someone is worthless a minute later.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { CODE_WINDOW_MS } from './attendance.model.js';

const PREFIX = 'LZ1';
const SHAPE = /^LZ1\.(\d{1,15})\.(\d{1,15})\.(\d{1,15})\.([A-Za-z0-9_-]{22})$/;

const macOf = (secret: string, meetingId: number, memberId: number, window: number) =>
  createHmac('sha256', secret).update(`personal:${meetingId}:${memberId}:${window}`).digest('base64url').slice(0, 22);

export function personalCode(secret: string, meetingId: number, memberId: number, nowMs: number) {
  const window = Math.floor(nowMs / CODE_WINDOW_MS);
  return {
    code: `${PREFIX}.${meetingId}.${memberId}.${window}.${macOf(secret, meetingId, memberId, window)}`,
    expiresAt: new Date((window + 1) * CODE_WINDOW_MS).toISOString(),
  };
}

/** What a scanned text says: who it names, or why it is refused. */
export type PersonalCodeReading =
  | { ok: true; memberId: number }
  | { ok: false; reason: 'malformed' | 'other_meeting' | 'forged' | 'expired'; memberId?: number };

/**
 * Reads a scanned code for one meeting. The meeting's number is checked before the signature
 * so a code of another meeting is named as such; the signature before the window, so an
 * altered window reads as forged, not expired.
 */
export function readPersonalCode(secret: string, meetingId: number, text: string, nowMs: number): PersonalCodeReading {
  const parts = SHAPE.exec(text.trim());
  if (!parts) return { ok: false, reason: 'malformed' };
  const [codeMeeting, memberId, window] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (codeMeeting !== meetingId) return { ok: false, reason: 'other_meeting' };
  const given = Buffer.from(parts[4]!);
  const expected = Buffer.from(macOf(secret, meetingId, memberId, window));
  if (!timingSafeEqual(expected, given)) return { ok: false, reason: 'forged' };
  const current = Math.floor(nowMs / CODE_WINDOW_MS);
  // A code from the future is a clock trick, not a phone: refused as forged.
  if (window > current) return { ok: false, reason: 'forged' };
  if (window < current - 1) return { ok: false, reason: 'expired', memberId };
  return { ok: true, memberId };
}
