import { describe, expect, it } from 'vitest';
import { fold, icsCalendar, icsText, icsTime, type IcsEvent } from './ics.js';

const PLENARY: IcsEvent = {
  id: 41,
  title: '政协第十三届委员会第三次会议, 开幕大会',
  description: '请携带委员证；提前 20 分钟入场。\n第二行',
  startsAt: '2027-01-12T01:00:00.000Z',
  endsAt: '2027-01-12T04:00:00.000Z',
  venue: '市民中心大礼堂',
  onlineUrl: null,
  status: 'published',
  version: 3,
  updatedAt: '2027-01-05T02:30:00.000Z',
  url: 'https://lvzhi.example.cn/meetings/41',
};

/** Unfolds as a calendar reader does (RFC 5545 §3.1). */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('iCalendar text', () => {
  it('writes times in UTC and escapes text', () => {
    expect(icsTime('2027-01-12T09:00:00+08:00')).toBe('20270112T010000Z');
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a Chinese character', () => {
    const line = `DESCRIPTION:${'委员'.repeat(60)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('makes one event per meeting, cancelled ones marked so calendars drop them', () => {
    const text = icsCalendar([PLENARY, { ...PLENARY, id: 42, status: 'cancelled', venue: null }], {
      name: '我的政协会议',
      host: 'lvzhi.example.cn',
      now: new Date('2027-01-06T00:00:00Z'),
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const lines = unfold(text).split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:meeting-41@lvzhi.example.cn');
    expect(lines).toContain('DTSTART:20270112T010000Z');
    expect(lines).toContain('SEQUENCE:3');
    expect(lines).toContain('SUMMARY:政协第十三届委员会第三次会议\\, 开幕大会');
    expect(lines).toContain('LOCATION:市民中心大礼堂');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain('请携带委员证；提前 20 分钟入场。\\n第二行');
    expect(lines.filter((l) => l.startsWith('STATUS:'))).toEqual(['STATUS:CONFIRMED', 'STATUS:CANCELLED']);
    expect(lines.filter((l) => l.startsWith('LOCATION:'))).toHaveLength(1);
  });
});
