// The learning record (pure): which attendance states count as having attended a study or
// training session, and a session's hours from its start and end.
import type { AttendanceState, CountsAs } from '../../../db/tables/meetings.js';

/** Present in person, late, leaving early, online or as a walk-in: he took part. */
export const ATTENDED: readonly AttendanceState[] = ['attended', 'late', 'left_early', 'remote', 'walk_in'];
/** The kinds of meeting that are study: the kind's counts_as. */
export const STUDY_COUNTS_AS: readonly CountsAs[] = ['study', 'training'];

/** A session's length in hours, to one decimal (a day-long class: its start to its end). */
export const sessionHours = (startsAt: string, endsAt: string) =>
  Math.max(0, Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 360_000) / 10);

/** Sums to one decimal without floating-point dust. */
export const sumHours = (hours: readonly number[]) => Math.round(hours.reduce((a, h) => a + h * 10, 0)) / 10;
