// Meeting reminders, run hourly in every app instance: a day before the reply deadline to the
// invitees who have not answered, and a day before the start to everyone expected (attending,
// not yet answered, or refused leave). Once is guaranteed by the notices' dedupe keys, which
// name the deadline or start (a moved meeting is reminded again); the marker columns only
// spare the scan what it already sent. A deadline or start already past is not reminded of.
import { inTransaction } from '../../../db/tx.js';
import type { Reply } from '../../../db/tables/meetings.js';
import { HOUR } from '../../../platform/clock.js';
import type { MeetingDeps } from './meetings.service.js';
import { meetingTexts } from './meetings.texts.js';

/** How long before the deadline or the start the reminder goes. */
export const REMIND_BEFORE_MS = 24 * HOUR;
const UNANSWERED: Reply[] = ['pending'];
const EXPECTED: Reply[] = ['pending', 'attending', 'leave_refused'];

export function createMeetingReminders(deps: MeetingDeps) {
  const { db, clock, notify } = deps;

  async function usersOf(meetingId: number, replies: Reply[]) {
    const rows = await db
      .selectFrom('meeting_invitations')
      .select('user_id')
      .where('meeting_id', '=', meetingId)
      .where('user_id', 'is not', null)
      .where('reply', 'in', replies)
      .execute();
    return rows.map((r) => r.user_id!);
  }

  return {
    async scan(): Promise<{ replyDue: number; startsSoon: number }> {
      const now = clock.now();
      const from = now.toISOString();
      const to = new Date(now.getTime() + REMIND_BEFORE_MS).toISOString();
      const sent = { replyDue: 0, startsSoon: 0 };

      const dueReplies = await db
        .selectFrom('meetings')
        .select(['id', 'org_id', 'title', 'reply_deadline'])
        .where('status', '=', 'published')
        .where('reply_deadline', '>', from)
        .where('reply_deadline', '<=', to)
        .where((eb) =>
          eb.or([eb('reply_reminded_for', 'is', null), eb('reply_reminded_for', '!=', eb.ref('reply_deadline'))]),
        )
        .execute();
      for (const m of dueReplies) {
        const userIds = await usersOf(m.id, UNANSWERED);
        await inTransaction(db, async (trx) => {
          if (userIds.length)
            sent.replyDue += await notify.send(trx, {
              orgId: m.org_id,
              userIds,
              kind: 'meeting.reply_due',
              ...meetingTexts.replyDue(m.title, m.reply_deadline!),
              link: `/meetings/${m.id}`,
              objectType: 'meeting',
              objectId: m.id,
              dedupeKey: `meeting.reply_due:${m.id}:${m.reply_deadline}`,
            });
          await trx
            .updateTable('meetings')
            .set({ reply_reminded_for: m.reply_deadline })
            .where('id', '=', m.id)
            .execute();
        });
      }

      const starting = await db
        .selectFrom('meetings')
        .select(['id', 'org_id', 'title', 'starts_at', 'venue', 'online_url'])
        .where('status', '=', 'published')
        .where('starts_at', '>', from)
        .where('starts_at', '<=', to)
        .where((eb) =>
          eb.or([eb('start_reminded_for', 'is', null), eb('start_reminded_for', '!=', eb.ref('starts_at'))]),
        )
        .execute();
      for (const m of starting) {
        const userIds = await usersOf(m.id, EXPECTED);
        await inTransaction(db, async (trx) => {
          if (userIds.length)
            sent.startsSoon += await notify.send(trx, {
              orgId: m.org_id,
              userIds,
              kind: 'meeting.starts_soon',
              ...meetingTexts.startsSoon(m.title, m.starts_at, m.venue, !!m.online_url),
              link: `/meetings/${m.id}`,
              objectType: 'meeting',
              objectId: m.id,
              dedupeKey: `meeting.starts_soon:${m.id}:${m.starts_at}`,
            });
          await trx.updateTable('meetings').set({ start_reminded_for: m.starts_at }).where('id', '=', m.id).execute();
        });
      }
      return sent;
    },
  };
}
