// The study plan (pure): a planned date is a day or a month on China's calendar; an item is done
// once a session linked to it has taken place, overdue once its date has passed with nothing
// held, else upcoming; completion is counted per study kind and overall.
import { STUDY_KINDS, type StudyKind } from '../../../db/tables/meetings.js';

export const ITEM_STATUSES = ['done', 'upcoming', 'overdue'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** A day (YYYY-MM-DD) or a month (YYYY-MM). */
export const PLANNED_ON = /^(\d{4})-(0[1-9]|1[0-2])(?:-(\d{2}))?$/;

/** The last day (YYYY-MM-DD) a planned date covers: the day itself, or the month's last day. */
export function lastDayOf(plannedOn: string): string {
  if (plannedOn.length === 10) return plannedOn;
  const [y, m] = plannedOn.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${plannedOn}-${String(last).padStart(2, '0')}`;
}

/** A linked session as the plan reads it. */
export interface LinkedSession {
  status: 'published' | 'cancelled';
  endsAt: string;
}

/** A session that has taken place: published and ended. */
export const isHeld = (s: LinkedSession, now: string) => s.status === 'published' && s.endsAt <= now;

/** done: a linked session has taken place; overdue: the planned date has passed (China's calendar) with nothing held. */
export function itemStatus(
  plannedOn: string,
  sessions: readonly LinkedSession[],
  now: string,
  today: string,
): ItemStatus {
  if (sessions.some((s) => isHeld(s, now))) return 'done';
  return today > lastDayOf(plannedOn) ? 'overdue' : 'upcoming';
}

export interface Completion {
  planned: number;
  done: number;
  upcoming: number;
  overdue: number;
  /** done / planned in whole percent (0 when nothing is planned). */
  rate: number;
}

const empty = (): Completion => ({ planned: 0, done: 0, upcoming: 0, overdue: 0, rate: 0 });
const withRate = (c: Completion): Completion => ({
  ...c,
  rate: c.planned ? Math.round((c.done / c.planned) * 100) : 0,
});

/** Completion of the plan overall and per study kind (every kind listed, in STUDY_KINDS order). */
export function completion(items: readonly { studyKind: StudyKind; status: ItemStatus }[]) {
  const overall = empty();
  const byKind = new Map<StudyKind, Completion>(STUDY_KINDS.map((k) => [k, empty()]));
  for (const i of items)
    for (const c of [overall, byKind.get(i.studyKind)!]) {
      c.planned++;
      c[i.status]++;
    }
  return {
    overall: withRate(overall),
    byKind: STUDY_KINDS.map((kind) => ({ kind, ...withRate(byKind.get(kind)!) })),
  };
}
