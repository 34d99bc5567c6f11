// Study materials (pure): how much reading time a heartbeat may add, when the unfinished may be
// reminded again, and what counts as overdue.

/** The page reports visible time about every 15 s; one heartbeat adds at most this much. */
export const HEARTBEAT_CAP_SECONDS = 60;

/** One reminder to those who have not finished, then none for this many hours (as notices do). */
export const REMIND_GAP_HOURS = 12;

/**
 * The seconds a heartbeat adds: what the page reports, but never more than the wall time since
 * the last heartbeat (or the open) nor the cap, so a forged request cannot add hours and many
 * requests at once add no more than the time that passed.
 */
export function creditedSeconds(reported: number, lastBeatAt: string | null, now: string): number {
  if (!lastBeatAt) return 0;
  const elapsed = Math.floor((Date.parse(now) - Date.parse(lastBeatAt)) / 1000);
  return Math.max(0, Math.min(Math.floor(reported), elapsed, HEARTBEAT_CAP_SECONDS));
}

/** The earliest time the next reminder may go, or null when one may go now. */
export function nextReminderAt(remindedAt: string | null, now: string): string | null {
  if (!remindedAt) return null;
  const next = new Date(Date.parse(remindedAt) + REMIND_GAP_HOURS * 3600_000).toISOString();
  return next > now ? next : null;
}

/** A deadline (China date) passed with the material unfinished. */
export const isOverdue = (deadline: string | null, finishedAt: string | null, today: string) =>
  !!deadline && !finishedAt && deadline < today;
