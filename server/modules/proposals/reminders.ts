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
import { inTransaction } from '../../db/tx.js';
import { addDays, daysBetween } from '../../platform/workdays.js';
import { tellOffice, tellProposers, tellUnits, type HandlingDeps } from './handling.shared.js';
import type { ListsRepo } from './lists.repo.js';
import { proposalName, today } from './proposals.deps.js';

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

  return {
    async scan(): Promise<{ soon: number; overdue: number; signOverdue: number; commitmentsOverdue: number }> {
      const day = today(clock);
      const since = addDays(day, -LATE_WINDOW_DAYS);
      const sent = { soon: 0, overdue: 0, signOverdue: 0, commitmentsOverdue: 0 };
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
      await inBatches(() => lists.signOverdue(db, since, day, BATCH), (a) => inTransaction(db, async (trx) => {
        const p = await repo.get(trx, a.proposal_id);
        if (p) {
          const dedupeKey = `proposal.sign_overdue:${a.id}:${a.sign_deadline}`;
          const unit = (await repo.units(trx, [a.unit_id]))[0];
          sent.signOverdue += await tellUnits(deps, trx, p, [a.unit_id], {
            kind: 'proposal.sign_overdue', title: '提案逾期未签收',
            body: `${proposalName(p)}的签收期限 ${a.sign_deadline} 已过，请尽快签收；不属于本单位职责的，请说明理由退回。`, dedupeKey,
          });
          sent.signOverdue += await tellOffice(deps, trx, p, {
            kind: 'proposal.sign_overdue', title: '承办单位逾期未签收',
            body: `${unit?.name ?? '承办单位'}超过签收期限 ${a.sign_deadline} 仍未签收${proposalName(p)}。`, dedupeKey,
          });
        }
        await lists.markReminded(trx, a.id, 'sign_overdue_reminded_for', a.sign_deadline);
      }));
      await inBatches(() => lists.commitmentsOverdue(db, since, day, BATCH), (c) => inTransaction(db, async (trx) => {
        const p = await repo.get(trx, c.proposal_id);
        if (p) {
          const dedupeKey = `proposal.commitment_overdue:${c.id}:${c.due_date}`;
          const unit = (await repo.units(trx, [c.unit_id]))[0];
          const promise = `“${c.content}”（承诺 ${c.due_date} 前完成）`;
          sent.commitmentsOverdue += await tellUnits(deps, trx, p, [c.unit_id], {
            kind: 'proposal.commitment_overdue', title: '承诺事项已逾期',
            body: `答复${proposalName(p)}时承诺的${promise}已到期未完成，请尽快落实并报告进展。`, dedupeKey,
          });
          const about = `${unit?.name ?? '承办单位'}答复${proposalName(p)}时承诺的${promise}已到期，尚未完成。`;
          sent.commitmentsOverdue += await tellOffice(deps, trx, p, { kind: 'proposal.commitment_overdue', title: '承诺事项逾期未落实', body: about, dedupeKey });
          sent.commitmentsOverdue += await tellProposers(deps, trx, p, { kind: 'proposal.commitment_overdue', title: '承诺事项逾期未落实', body: about, dedupeKey });
        }
        await lists.markCommitmentReminded(trx, c.id, c.due_date);
      }));
      return sent;
    },
  };
}

export type Reminders = ReturnType<typeof createReminders>;
