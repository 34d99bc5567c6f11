// The overdue scan of recommendations, run hourly in every app instance: one still waiting for
// its unit's answer after its deadline is flagged overdue, and the unit's users and the office
// member who made it are told. Once is guaranteed by the notices' dedupe key, which names the
// deadline (a new deadline is flagged again); the marker column only spares the scan what it
// already sent.
import { inTransaction } from '../../../db/tx.js';
import { chinaToday } from '../../../platform/clock.js';
import type { InspectionDeps } from './inspections.service.js';
import { inspectionTexts } from './inspections.texts.js';

export function createOverdueScan(deps: Pick<InspectionDeps, 'db' | 'clock' | 'notify' | 'recommendations'>) {
  const { db, clock, notify, recommendations } = deps;
  return {
    async scan(): Promise<{ overdue: number }> {
      const today = chinaToday(clock);
      let sent = 0;
      for (const r of await recommendations.newlyOverdue(db, today)) {
        const userIds = [...new Set([...(await recommendations.unitUserIds(db, r.unit_id)), r.created_by])];
        await inTransaction(db, async (trx) => {
          sent += await notify.send(trx, {
            orgId: r.org_id,
            userIds,
            kind: 'supervision.recommendation_overdue',
            ...inspectionTexts.overdue(r.title, r.due_on),
            link: `/supervision/recommendations/${r.id}`,
            objectType: 'supervision_recommendation',
            objectId: r.id,
            dedupeKey: `supervision.recommendation_overdue:${r.id}:${r.due_on}`,
          });
          await recommendations.update(trx, r.id, { overdue_flagged_for: r.due_on });
        });
      }
      return { overdue: sent };
    },
  };
}
