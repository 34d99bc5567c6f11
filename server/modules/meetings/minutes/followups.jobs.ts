// Follow-up reminders, run hourly in every app instance: the owner is reminded a few days
// before the deadline, and an item past its deadline and still open is flagged overdue (its
// owner and the office member who gave it are told). Once is guaranteed by the notices' dedupe
// keys, which name the deadline (a new deadline is reminded of again); the marker columns only
// spare the scan what it already sent.
import { inTransaction } from '../../../db/tx.js';
import { chinaToday } from '../../../platform/clock.js';
import { addDays } from '../../../platform/workdays.js';
import type { MinutesDeps } from './minutes.service.js';
import { REMIND_DAYS_BEFORE } from './minutes.model.js';
import { minutesTexts } from './minutes.texts.js';

export function createFollowupReminders(deps: Pick<MinutesDeps, 'db' | 'clock' | 'notify' | 'minutes'>) {
  const { db, clock, notify, minutes } = deps;

  return {
    async scan(): Promise<{ dueSoon: number; overdue: number }> {
      const today = chinaToday(clock);
      const sent = { dueSoon: 0, overdue: 0 };

      for (const f of await minutes.dueSoon(db, today, addDays(today, REMIND_DAYS_BEFORE))) {
        const userIds = await minutes.ownerUserIds(db, f);
        await inTransaction(db, async (trx) => {
          if (userIds.length)
            sent.dueSoon += await notify.send(trx, {
              orgId: f.org_id,
              userIds,
              kind: 'meeting.followup_due',
              ...minutesTexts.dueSoon(f.title, f.due_on),
              link: `/meetings/followups/${f.id}`,
              objectType: 'meeting_followup',
              objectId: f.id,
              dedupeKey: `meeting.followup_due:${f.id}:${f.due_on}`,
            });
          await minutes.update(trx, f.id, { due_reminded_for: f.due_on });
        });
      }

      for (const f of await minutes.newlyOverdue(db, today)) {
        const userIds = [...new Set([...(await minutes.ownerUserIds(db, f)), f.created_by])];
        await inTransaction(db, async (trx) => {
          sent.overdue += await notify.send(trx, {
            orgId: f.org_id,
            userIds,
            kind: 'meeting.followup_overdue',
            ...minutesTexts.overdue(f.title, f.due_on),
            link: `/meetings/followups/${f.id}`,
            objectType: 'meeting_followup',
            objectId: f.id,
            dedupeKey: `meeting.followup_overdue:${f.id}:${f.due_on}`,
          });
          await minutes.update(trx, f.id, { overdue_flagged_for: f.due_on });
        });
      }
      return sent;
    },
  };
}
