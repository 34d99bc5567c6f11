// Calendar helpers for the demo's simulated years: the office and the units act on working
// days in office hours (China time), members whenever they like; every step lands strictly
// after the one before it, so the clock only ever moves forward.
import { chinaDate, DAY, HOUR, MINUTE } from '../platform/clock.js';
import type { prng } from './prng.js';

export type Rnd = ReturnType<typeof prng>;
export { DAY };

/** 00:00 China time of a calendar date, in ms. */
export function dayStart(date: string): number {
  return Date.parse(`${date}T00:00:00+08:00`);
}

export function dateOf(ms: number): string {
  return chinaDate(new Date(ms));
}

function weekday(date: string): boolean {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/** A moment in office hours on a working day, strictly after `after`. */
export function officeTime(after: number, rnd: Rnd): number {
  let date = dateOf(after);
  for (;;) {
    if (weekday(date)) {
      const at = dayStart(date) + 9 * HOUR + rnd.int(0, 16) * 30 * MINUTE + rnd.int(0, 29) * MINUTE;
      if (at > after) return at;
    }
    date = dateOf(dayStart(date) + DAY + HOUR);
  }
}

/** A moment a member might pick (07:30–22:30 China time, any day), strictly after `after`. */
export function memberTime(after: number, rnd: Rnd): number {
  let date = dateOf(after);
  for (;;) {
    const at = dayStart(date) + 7.5 * HOUR + rnd.int(0, 29) * 30 * MINUTE + rnd.int(0, 29) * MINUTE;
    if (at > after) return at;
    date = dateOf(dayStart(date) + DAY + HOUR);
  }
}

/** `days` (fractional allowed) after `from`. */
export function plus(from: number, days: number): number {
  return from + Math.round(days * DAY);
}
