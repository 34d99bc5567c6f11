// Deadlines in calendar dates (YYYY-MM-DD, China time). Working days skip weekends and the
// organisation's public holidays, and count the make-up working weekends (调休).
export interface HolidayCalendar {
  off: readonly string[];
  work: readonly string[];
}

function toDate(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}

function fromDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, cal: HolidayCalendar): boolean {
  if (cal.work.includes(day)) return true;
  if (cal.off.includes(day)) return false;
  const dow = toDate(day).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/** The date `n` working days after `start` (start itself not counted). */
export function addWorkingDays(start: string, n: number, cal: HolidayCalendar): string {
  const d = toDate(start);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(fromDate(d), cal)) left--;
  }
  return fromDate(d);
}

/** Same day `n` months later; the 31st becomes the month's last day when needed. */
export function addMonths(start: string, n: number): string {
  const d = toDate(start);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + n);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return fromDate(d);
}

export function addDays(start: string, n: number): string {
  const d = toDate(start);
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
}
