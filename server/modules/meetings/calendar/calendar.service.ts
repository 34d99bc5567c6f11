// Calendars: one meeting as an .ics file, and each member's private feed of the meetings he is
// invited to (a secret address his phone's calendar subscribes to; reset makes a new one,
// revoke ends it). The token is 32 random bytes; only its SHA-256 is kept, so the address is
// shown once. Making and revoking a feed are audited.
import { createHash, randomBytes } from 'node:crypto';
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { notFound } from '../../../platform/errors.js';
import { loadForStep, type MeetingDeps } from '../core/meetings.service.js';
import type { MeetingRow } from '../core/meetings.repo.js';
import { calendarAccess } from './calendar.policy.js';
import { calendarRepo as repo } from './calendar.repo.js';
import { icsCalendar, type IcsEvent } from './ics.js';

const DAY_MS = 86_400_000;
/** A feed lists the meetings of the last 90 days and the coming year, at most this many. */
const FEED_PAST_DAYS = 90;
const FEED_AHEAD_DAYS = 366;
const FEED_MAX = 500;
/** The last-used time is written at most this often (a calendar polls every hour or so). */
const TOUCH_EVERY_MS = 3_600_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
export const FEED_PATH = '/api/meetings/feed/';

/** Where the app is reached, for the events' addresses and UIDs. */
export interface Origin {
  host: string;
  base: string;
}

type EventRow = Pick<
  MeetingRow,
  | 'id'
  | 'title'
  | 'description'
  | 'starts_at'
  | 'ends_at'
  | 'venue'
  | 'online_url'
  | 'status'
  | 'version'
  | 'updated_at'
>;

const toEvent = (m: EventRow, origin: Origin): IcsEvent => ({
  id: m.id,
  title: m.title,
  description: m.description,
  startsAt: m.starts_at,
  endsAt: m.ends_at,
  venue: m.venue,
  onlineUrl: m.online_url,
  status: m.status,
  version: m.version,
  updatedAt: m.updated_at,
  url: `${origin.base}/meetings/${m.id}`,
});

export function createCalendarService(deps: MeetingDeps) {
  const { db, audit, clock } = deps;

  return {
    async event(actor: Actor, id: number, origin: Origin) {
      const { m } = await loadForStep(deps, db, actor, id, null);
      const text = icsCalendar([toEvent(m, origin)], { name: m.title, host: origin.host, now: clock.now() });
      return { filename: `${m.title}.ics`, text };
    },

    async state(actor: Actor) {
      calendarAccess.require(actor, 'calendarFeed');
      const feed = await repo.feedOf(db, actor.userId);
      return { active: !!feed, createdAt: feed?.created_at ?? null, lastUsedAt: feed?.last_used_at ?? null };
    },

    async create(actor: Actor) {
      calendarAccess.require(actor, 'calendarFeed');
      const token = randomBytes(32).toString('base64url');
      const at = clock.now().toISOString();
      await inTransaction(db, async (trx) => {
        await repo.replace(trx, actor.userId, hashOf(token), at);
        await audit.append(trx, actor, {
          action: 'meeting.calendar_feed_create',
          objectType: 'user',
          objectId: actor.userId,
          orgId: actor.orgId,
        });
      });
      return { path: `${FEED_PATH}${token}.ics`, createdAt: at };
    },

    async revoke(actor: Actor) {
      calendarAccess.require(actor, 'calendarFeed');
      if (!(await repo.feedOf(db, actor.userId))) throw notFound('NO_FEED', '尚未开通日历订阅');
      await inTransaction(db, async (trx) => {
        await repo.remove(trx, actor.userId);
        await audit.append(trx, actor, {
          action: 'meeting.calendar_feed_revoke',
          objectType: 'user',
          objectId: actor.userId,
          orgId: actor.orgId,
        });
      });
    },

    /** The feed at a secret address: no session; an unknown, revoked or orphaned token is a 404. */
    async feed(file: string, origin: Origin) {
      const token = file.replace(/\.ics$/, '');
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw notFound();
      const feed = await repo.byHash(db, hashOf(token));
      if (!feed || feed.active !== 1 || feed.member_id === null) throw notFound();
      const now = clock.now();
      const rows = await repo.meetingsOf(
        db,
        feed.member_id,
        new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS).toISOString(),
        new Date(now.getTime() + FEED_AHEAD_DAYS * DAY_MS).toISOString(),
        FEED_MAX,
      );
      if (!feed.last_used_at || now.getTime() - Date.parse(feed.last_used_at) > TOUCH_EVERY_MS)
        await repo.touch(db, feed.id, now.toISOString());
      return icsCalendar(
        rows.map((r) => toEvent(r, origin)),
        { name: '我的政协会议', host: origin.host, now },
      );
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
