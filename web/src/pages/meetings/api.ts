// The value lists of the meetings pages (in display order; valuesOf checks each against the
// enum of the server's OpenAPI document) and small helpers several pages share.
import dayjs, { type Dayjs } from 'dayjs';
import { addArea, formatDate } from '../../i18n';
import { meetingDesk } from '../../i18n/messages/meetingDesk';
import { meetingGuests } from '../../i18n/messages/meetingGuests';
import { meetings } from '../../i18n/messages/meetings';
import {
  valuesOf,
  type AttendanceMode,
  type AttendanceState,
  type BoardState,
  type GuestKind,
  type MeetingReply,
  type MeetingStatus,
} from '../../api/models';

export const GUEST_KINDS = valuesOf<GuestKind>()(['expert', 'grassroots', 'unit', 'public', 'other']);
export const MEETING_STATUSES = valuesOf<MeetingStatus>()(['draft', 'published', 'cancelled']);
export const ATTENDANCE_MODES = valuesOf<AttendanceMode>()(['required', 'signup']);
export const REPLIES = valuesOf<MeetingReply>()([
  'pending',
  'attending',
  'waitlisted',
  'leave_requested',
  'leave_approved',
  'leave_refused',
  'declined',
  'withdrawn',
]);
export const ATTENDANCE_STATES = valuesOf<AttendanceState>()([
  'attended',
  'late',
  'left_early',
  'walk_in',
  'remote',
  'leave',
  'absent',
]);

// The meetings texts load with the meetings pages (every page of the module imports this file).
addArea('meetings', meetings);
addArea('meetingDesk', meetingDesk);
addArea('meetingGuests', meetingGuests);
/** The board's states: the stored ones, and pending (expected, not yet here) before the end. */
export const BOARD_STATES = valuesOf<BoardState>()([...ATTENDANCE_STATES, 'pending']);

/** The meeting's time on one line: the day and both times, or both full instants when it spans days. */
export function timeRange(startsAt: string, endsAt: string): string {
  const day = (s: string) => new Date(s).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const hm = (s: string) =>
    new Date(s).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });
  // Days compared on China's calendar, shown in the one date form of the language.
  return day(startsAt) === day(endsAt)
    ? `${formatDate(startsAt)} ${hm(startsAt)}–${hm(endsAt)}`
    : `${formatDate(startsAt)} ${hm(startsAt)} – ${formatDate(endsAt)} ${hm(endsAt)}`;
}

/** A picked date and time, read as the committee's own clock (China time), as an instant with its offset. */
export function chinaInstant(d: Dayjs): string {
  return `${d.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}

/** An instant as the date picker shows it: the wall-clock time in China. */
export function chinaPickerValue(iso: string): Dayjs {
  return dayjs(new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }));
}

/** The source of an invitation ('committee:3', 'party:cdl', 'all') as its kind, for a label. */
export function sourceKind(source: string): string {
  return source.split(':')[0] ?? source;
}

/** Milliseconds until a rotating code expires, kept within one window (the screen's clock may be off). */
export function untilExpiry(expiresAt: string, windowSeconds: number): number {
  return Math.min(Math.max(Date.parse(expiresAt) - Date.now(), 1000), windowSeconds * 1000);
}
