// What minutes and follow-ups mean: the states a follow-up moves through, when it is overdue,
// and how long before its deadline its owner is reminded.
import type { FollowupStatus } from '../../../db/tables/meeting-minutes.js';

/** A follow-up still being worked on: the states reminders, the overdue flag and the office's list look at. */
export const OPEN_STATUSES: readonly FollowupStatus[] = ['open', 'in_progress'];

/** The owner is reminded this many days before the deadline (on China's calendar). */
export const REMIND_DAYS_BEFORE = 3;

/** Past its deadline (a date on China's calendar) and not yet done or cancelled. */
export function isOverdue(f: { status: FollowupStatus; due_on: string }, today: string): boolean {
  return OPEN_STATUSES.includes(f.status) && f.due_on < today;
}

/** The file owner type of the minutes' attachments (the owner id is the meeting's). */
export const MINUTES_FILE_OWNER = 'meeting_minutes';
