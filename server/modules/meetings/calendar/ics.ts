// iCalendar (RFC 5545) text of meetings (pure): one event per meeting, times in UTC, text
// escaped and lines folded at 75 octets without splitting a character, CRLF line ends. The
// event's UID stays the meeting's and SEQUENCE its version, so a calendar that subscribed
// updates the event when the time or place changes and removes it when cancelled.

export interface IcsEvent {
  id: number;
  title: string;
  description: string | null;
  startsAt: string;
  endsAt: string;
  venue: string | null;
  onlineUrl: string | null;
  status: 'published' | 'cancelled' | 'draft';
  version: number;
  updatedAt: string;
  /** The meeting's page in the web app. */
  url: string;
}

/** 2027-03-02T01:00:00.000Z → 20270302T010000Z */
export const icsTime = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** TEXT value escaping: backslash, semicolon, comma, and newlines as \n. */
export const icsText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets (continuations start with a space), never inside a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = out.length ? 74 : 75; // a continuation's leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function event(e: IcsEvent, host: string, stamp: string): string[] {
  const description = [e.description, e.onlineUrl && `线上会议：${e.onlineUrl}`, e.url].filter(Boolean).join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:meeting-${e.id}@${host}`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${icsTime(e.updatedAt)}`,
    `SEQUENCE:${e.version}`,
    `DTSTART:${icsTime(e.startsAt)}`,
    `DTEND:${icsTime(e.endsAt)}`,
    `SUMMARY:${icsText(e.title)}`,
    ...(e.venue ? [`LOCATION:${icsText(e.venue)}`] : []),
    `DESCRIPTION:${icsText(description)}`,
    `URL:${e.url}`,
    `STATUS:${e.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ];
}

/** A whole calendar: the events, stamped with the time it was made. */
export function icsCalendar(events: IcsEvent[], opts: { name: string; host: string; now: Date }): string {
  const stamp = icsTime(opts.now.toISOString());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Lvzhi//Meetings//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(opts.name)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    // Calendar apps poll a subscribed feed about this often.
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...events.flatMap((e) => event(e, opts.host, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
