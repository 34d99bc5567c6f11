// The meeting's own states and the times its rules are measured by (pure).
import type { MeetingStatus } from '../../../db/tables/meetings.js';

export const MINUTE_MS = 60_000;
/** Check-in opens this long before the start (people arrive early) and closes at the end. */
export const CHECKIN_OPENS_BEFORE_MS = 60 * MINUTE_MS;

/** Which statuses each step of the meeting itself starts from. */
export const MEETING_STEPS = {
  edit: ['draft', 'published'],
  publish: ['draft'],
  cancel: ['draft', 'published'],
} as const satisfies Record<string, readonly MeetingStatus[]>;
export type MeetingStep = keyof typeof MEETING_STEPS;

export const canStep = (step: MeetingStep, status: MeetingStatus) =>
  (MEETING_STEPS[step] as readonly MeetingStatus[]).includes(status);

/** Changes invitees must hear of: the time and the place (a new version, a notice to everyone invited). */
export const NOTIFIED_FIELDS = ['startsAt', 'endsAt', 'venue', 'onlineUrl'] as const;

export function hasEnded(m: { ends_at: string }, now: Date): boolean {
  return now.toISOString() >= m.ends_at;
}
