// Deadline reminders, run every hour in every app instance: "reply due within 7 days" to
// the unit and "overdue" to the unit and the office, once per assignment and deadline; an
// assignment still unsigned after its sign-for deadline, to the unit and the office; and a
// commitment of a reply not done by its due date, to the unit, the office and the proposers
// (replies promise much and do little is the users' main complaint: a missed promise is
// said out loud). Once is guaranteed by the notices' dedupe keys (which name the deadline,
// so a moved deadline is reminded again); the marker columns only spare the scan what it
// already sent. Sign-for and commitment deadlines older than LATE_WINDOW_DAYS are not
// reminded of: they are on the overdue lists, and a first start on imported history would
// otherwise send one notice for every promise missed in past years.
import { inTransaction, type Db } from '../../../db/tx.js';
import { addDays, daysBetween } from '../../../platform/workdays.js';
import { tellOffice, tellProposers, tellUnits, today } from '../core/proposals.service.js';
import { proposalName } from '../core/proposals.texts.js';
import type { HandlingDeps } from './handling.repo.js';
import { reminderTexts } from './reminders.texts.js';
import type { ListsRepo } from './worklists.repo.js';

export const REMINDER_DAYS = 7;
export const LATE_WINDOW_DAYS = 30;
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

  /** The proposal and its name, and the unit's name when a text names it (nothing when the proposal is gone). */
  const about = (trx: Db, proposalId: number, unitId?: number) =>
    Promise.all([repo.get(trx, proposalId), unitId === undefined ? [] : repo.units(trx, [unitId])]).then(
      ([p, [unit]]) => (p ? { p, name: proposalName(p), unit: unit?.name ?? '承办单位' } : null),
    );

  return {
    async scan(): Promise<{ soon: number; overdue: number; signOverdue: number; commitmentsOverdue: number }> {
      const day = today(clock);
      const since = addDays(day, -LATE_WINDOW_DAYS);
      const sent = { soon: 0, overdue: 0, signOverdue: 0, commitmentsOverdue: 0 };
      await inBatches(
        () => lists.dueSoon(db, day, addDays(day, REMINDER_DAYS), BATCH),
        (a) =>
          inTransaction(db, async (trx) => {
            const r = await about(trx, a.proposal_id);
            if (r) {
              const dedupeKey = `proposal.deadline_soon:${a.id}:${a.reply_deadline}`;
              const text = reminderTexts.dueSoon(r.name, a.reply_deadline, daysBetween(day, a.reply_deadline));
              sent.soon += await tellUnits(deps, trx, r.p, [a.unit_id], {
                kind: 'proposal.deadline_soon',
                ...text,
                dedupeKey,
              });
            }
            await lists.markReminded(trx, a.id, 'soon_reminded_for', a.reply_deadline);
          }),
      );
      await inBatches(
        () => lists.overdue(db, day, BATCH),
        (a) =>
          inTransaction(db, async (trx) => {
            const r = await about(trx, a.proposal_id, a.unit_id);
            if (r) {
              const m = { kind: 'proposal.overdue', dedupeKey: `proposal.overdue:${a.id}:${a.reply_deadline}` };
              const text = reminderTexts.overdue(r.name, r.unit, a.reply_deadline);
              sent.overdue += await tellUnits(deps, trx, r.p, [a.unit_id], { ...m, ...text.unit });
              sent.overdue += await tellOffice(deps, trx, r.p, { ...m, ...text.office });
            }
            await lists.markReminded(trx, a.id, 'overdue_reminded_for', a.reply_deadline);
          }),
      );
      await inBatches(
        () => lists.signOverdue(db, since, day, BATCH),
        (a) =>
          inTransaction(db, async (trx) => {
            const r = await about(trx, a.proposal_id, a.unit_id);
            if (r) {
              const m = {
                kind: 'proposal.sign_overdue',
                dedupeKey: `proposal.sign_overdue:${a.id}:${a.sign_deadline}`,
              };
              const text = reminderTexts.signOverdue(r.name, r.unit, a.sign_deadline);
              sent.signOverdue += await tellUnits(deps, trx, r.p, [a.unit_id], { ...m, ...text.unit });
              sent.signOverdue += await tellOffice(deps, trx, r.p, { ...m, ...text.office });
            }
            await lists.markReminded(trx, a.id, 'sign_overdue_reminded_for', a.sign_deadline);
          }),
      );
      await inBatches(
        () => lists.commitmentsOverdue(db, since, day, BATCH),
        (c) =>
          inTransaction(db, async (trx) => {
            const r = await about(trx, c.proposal_id, c.unit_id);
            if (r) {
              const m = {
                kind: 'proposal.commitment_overdue',
                dedupeKey: `proposal.commitment_overdue:${c.id}:${c.due_date}`,
              };
              const text = reminderTexts.commitmentOverdue(r.name, r.unit, c.content, c.due_date);
              sent.commitmentsOverdue += await tellUnits(deps, trx, r.p, [c.unit_id], { ...m, ...text.unit });
              sent.commitmentsOverdue += await tellOffice(deps, trx, r.p, { ...m, ...text.others });
              sent.commitmentsOverdue += await tellProposers(deps, trx, r.p, { ...m, ...text.others });
            }
            await lists.markCommitmentReminded(trx, c.id, c.due_date);
          }),
      );
      return sent;
    },
  };
}

export type Reminders = ReturnType<typeof createReminders>;
