// One source of "now" so tests can move time (idle timeouts, deadlines) without sleeping.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and advance. */
export class ManualClock implements Clock {
  constructor(private current = new Date('2026-03-01T02:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(date: Date | string): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function iso(date: Date): string {
  return date.toISOString();
}

/** Calendar date (YYYY-MM-DD) in China Standard Time, where every deadline is counted. */
export function chinaDate(date: Date): string {
  return new Date(date.getTime() + 8 * HOUR).toISOString().slice(0, 10);
}

/** Today (YYYY-MM-DD) in China Standard Time, by the clock given. */
export function chinaToday(clock: Clock): string {
  return chinaDate(clock.now());
}

/** An ISO timestamp as written in Chinese documents: YYYY年M月D日, in China time. */
export function zhDate(iso: string): string {
  const [y, m, d] = chinaDate(new Date(iso)).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The UTC instants bounding a calendar year in China time, for comparing ISO timestamps. */
export function chinaYearBounds(year: number): { from: string; to: string } {
  const start = (y: number) => new Date(Date.UTC(y, 0, 1) - 8 * HOUR).toISOString();
  return { from: start(year), to: start(year + 1) };
}

/** An ISO timestamp with its China time of day, as in Chinese documents: YYYY年M月D日 HH:mm. */
export function zhDateTime(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * HOUR).toISOString();
  return `${zhDate(iso)} ${shifted.slice(11, 16)}`;
}
