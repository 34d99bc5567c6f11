// The plenary guide (pure): the limits of its fields and the checks that tie an agenda item,
// a stay or a pick-up to the meeting's own dates (China's calendar).
import { chinaDate, DAY } from '../../../platform/clock.js';
import type { ErrorDetail } from '../../../platform/errors.js';

export const GUIDE_FILE_OWNER = 'meeting_guide';
/** Times of day on the agenda, HH:MM (24 hours). */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
/** How far a stay or a pick-up may lie outside the meeting's days (arrive the day before, leave the day after). */
export const STAY_MARGIN_DAYS = 3;

/** The meeting's days on China's calendar, first and last. */
export function meetingDays(m: { starts_at: string; ends_at: string }) {
  return { first: chinaDate(new Date(m.starts_at)), last: chinaDate(new Date(m.ends_at)) };
}

const shift = (day: string, days: number) => chinaDate(new Date(Date.parse(`${day}T00:00:00+08:00`) + days * DAY));

/** An agenda item lies within the meeting's days and ends after it starts. */
export function agendaProblems(
  m: { starts_at: string; ends_at: string },
  i: { day: string; startTime: string; endTime?: string | null },
): ErrorDetail[] {
  const { first, last } = meetingDays(m);
  const problems: ErrorDetail[] = [];
  if (i.day < first || i.day > last) problems.push({ path: 'day', message: `日程应在会期之内（${first} 至 ${last}）` });
  if (i.endTime && i.endTime <= i.startTime) problems.push({ path: 'endTime', message: '结束时间应晚于开始时间' });
  return problems;
}

export interface Stay {
  checkInOn?: string | null;
  checkOutOn?: string | null;
  pickupAt?: string | null;
}

/** A stay overlaps the meeting (give or take the margin); a pick-up falls near it. */
export function stayProblems(m: { starts_at: string; ends_at: string }, s: Stay): ErrorDetail[] {
  const { first, last } = meetingDays(m);
  const from = shift(first, -STAY_MARGIN_DAYS);
  const to = shift(last, STAY_MARGIN_DAYS);
  const problems: ErrorDetail[] = [];
  const near = (day: string) => day >= from && day <= to;
  if (s.checkInOn && !near(s.checkInOn))
    problems.push({ path: 'lodging.checkInOn', message: `入住日期应在会期前后 ${STAY_MARGIN_DAYS} 天之内` });
  if (s.checkOutOn && !near(s.checkOutOn))
    problems.push({ path: 'lodging.checkOutOn', message: `离店日期应在会期前后 ${STAY_MARGIN_DAYS} 天之内` });
  if (s.checkInOn && s.checkOutOn && s.checkOutOn < s.checkInOn)
    problems.push({ path: 'lodging.checkOutOn', message: '离店日期不能早于入住日期' });
  if (s.pickupAt && !near(chinaDate(new Date(s.pickupAt))))
    problems.push({ path: 'transport.pickupAt', message: `接站时间应在会期前后 ${STAY_MARGIN_DAYS} 天之内` });
  return problems;
}

/** Seats and groups in reading order: "3排2座" before "3排12座". */
export const byLabel = new Intl.Collator('zh-CN', { numeric: true }).compare;
