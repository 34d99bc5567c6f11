// The year's priorities and monthly plans (pure): limits, months, and what a month's entry needs.
export const TITLE_MAX = 200;
export const NOTE_MAX = 2_000;
export const LINKS_MAX = 50;

/** YYYY-MM of a real month. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The year a month belongs to. */
export const yearOfMonth = (month: string) => Number(month.slice(0, 4));

/** "2026年3月" for the report's title. */
export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** "2026年3月5日" from YYYY-MM-DD. */
export const dayLabel = (day: string) =>
  `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** An item still open and past its deadline at the end of the month shows as late on the board. */
export const lateAt = (dueOn: string, month: string, status: string | null) =>
  status !== 'done' && dueOn.slice(0, 7) <= month;
