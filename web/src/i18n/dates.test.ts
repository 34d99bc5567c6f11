// The one date format per language: 2027年3月6日 / 6 Mar 2027 (and with the time, 14:05 in China time).
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatWallClock } from './index';

describe('formatDate and formatDateTime', () => {
  it('writes a calendar day the same way whether it comes as a date or a timestamp', () => {
    expect(formatDate('2027-03-06', 'zh-CN')).toBe('2027年3月6日');
    expect(formatDate('2027-03-06', 'en-US')).toBe('6 Mar 2027');
    // 2027-03-05T20:00Z is already the 6th in China: the day is China's, whatever the browser's zone.
    expect(formatDate('2027-03-05T20:00:00.000Z', 'zh-CN')).toBe('2027年3月6日');
    expect(formatDate('2027-03-05T20:00:00.000Z', 'en-US')).toBe('6 Mar 2027');
  });

  it('writes a month alone (a birth month) as a month', () => {
    expect(formatDate('1968-05', 'zh-CN')).toBe('1968年5月');
    expect(formatDate('1968-05', 'en-US')).toBe('May 1968');
  });

  it('adds the China time of day in 24-hour form', () => {
    expect(formatDateTime('2027-03-06T06:05:00.000Z', 'zh-CN')).toBe('2027年3月6日 14:05');
    // A photo's EXIF time is the phone's wall clock: shown as it is, not shifted 8 hours.
    expect(formatWallClock('2026-05-10T09:00:00', 'zh-CN')).toBe('2026年5月10日 09:00');
    expect(formatWallClock('2026-05-10T23:30:00.000Z', 'zh-CN')).toBe('2026年5月10日 23:30');
    expect(formatDateTime('2027-03-06T06:05:00.000Z', 'en-US')).toBe('6 Mar 2027 14:05');
    expect(formatDateTime('2027-03-05T16:30:00.000Z', 'zh-CN')).toBe('2027年3月6日 00:30');
  });

  it('leaves nothing and unreadable values alone', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDate('not a date', 'zh-CN')).toBe('not a date');
  });
});
