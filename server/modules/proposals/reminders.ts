// Deadline reminders, run every hour in every app instance: "reply due within 7 days" to
// the unit and "overdue" to the unit and the office, once per assignment and deadline.
// Once is guaranteed by the notices' dedupe keys (which name the deadline, so a moved
// deadline is reminded again); the marker columns only spare the scan what it already sent.
import { inTransaction } from '../../db/tx.js';
import { addDays, daysBetween } from '../../platform/workdays.js';
import { tellOffice, tellUnits, type HandlingDeps } from './handling.shared.js';
import type { ListsRepo } from './lists.repo.js';
import { proposalName, today } from './proposals.deps.js';

export const REMINDER_DAYS = 7;
const BATCH = 200;

/** Works through a scan in batches; each handled row drops out of the next batch (its marker is set). */
async function inBatches<T>(next: () => Promise<T[]>, each: (row: T) => Promise<void>): Promise<void> {
  for (;;) {
    const rows = await next();
    for (const row of rows) await each(row);
    if (rows.length < BATCH) return;
  }
}

export function createReminders(deps: HandlingDeps & { lists: ListsRepo }) {
  const { db, repo, lists, clock } = deps;

  return {
    async scan(): Promise<{ soon: number; overdue: number }> {
      const day = today(clock);
      const sent = { soon: 0, overdue: 0 };
      await inBatches(() => lists.dueSoon(db, day, addDays(day, REMINDER_DAYS), BATCH), (a) => inTransaction(db, async (trx) => {
        const p = await repo.get(trx, a.proposal_id);
        if (p) {
          sent.soon += await tellUnits(deps, trx, p, [a.unit_id], {
            kind: 'proposal.deadline_soon', title: '提案答复期限将至',
            body: `${proposalName(p)}将于 ${a.reply_deadline} 到期（还有 ${daysBetween(day, a.reply_deadline)} 天），请按时答复。`,
            dedupeKey: `proposal.deadline_soon:${a.id}:${a.reply_deadline}`,
          });
        }
        await lists.markReminded(trx, a.id, 'soon_reminded_for', a.reply_deadline);
      }));
      await inBatches(() => lists.overdue(db, day, BATCH), (a) => inTransaction(db, async (trx) => {
        const p = await repo.get(trx, a.proposal_id);
        if (p) {
          const dedupeKey = `proposal.overdue:${a.id}:${a.reply_deadline}`;
          const unit = (await repo.units(trx, [a.unit_id]))[0];
          sent.overdue += await tellUnits(deps, trx, p, [a.unit_id], {
            kind: 'proposal.overdue', title: '提案办理已超期', body: `${proposalName(p)}的答复期限 ${a.reply_deadline} 已过，请尽快答复。`, dedupeKey,
          });
          sent.overdue += await tellOffice(deps, trx, p, {
            kind: 'proposal.overdue', title: '承办单位办理超期',
            body: `${unit?.name ?? '承办单位'}承办的${proposalName(p)}已超过答复期限 ${a.reply_deadline}，尚未答复。`, dedupeKey,
          });
        }
        await lists.markReminded(trx, a.id, 'overdue_reminded_for', a.reply_deadline);
      }));
      return sent;
    },
  };
}

export type Reminders = ReturnType<typeof createReminders>;
