// The overdue scan of research recommendations, run hourly in every app instance: one sent or
// answered and not settled by its deadline reminds its department's users and the office (the
// organisation's office staff) once per deadline. Once is guaranteed by the notices' dedupe key,
// which names the deadline (a moved deadline is reminded again); reminded_for only spares the
// scan what it already sent. Modelled on supervision's recommendations.jobs.ts.
import { inTransaction } from '../../../db/tx.js';
import { chinaToday } from '../../../platform/clock.js';
import { activeUserIdsOfUnits, activeUserIdsWithRoles } from '../../accounts/index.js';
import type { RecommendationDeps } from './recommendations.service.js';
import { recommendationTexts } from './recommendations.texts.js';

/** The roles of the organisation's office, who follow the recommendations. */
const OFFICE_ROLES = ['staff', 'county_admin'] as const;

export function createOverdueScan(deps: Pick<RecommendationDeps, 'db' | 'clock' | 'notify' | 'recommendations'>) {
  const { db, clock, notify, recommendations } = deps;
  return {
    async scan(): Promise<{ reminded: number }> {
      const today = chinaToday(clock);
      let sent = 0;
      for (const r of await recommendations.newlyOverdue(db, today)) {
        const [unit, office] = await Promise.all([
          r.unit_id ? activeUserIdsOfUnits(db, [r.unit_id]) : Promise.resolve([]),
          activeUserIdsWithRoles(db, r.org_id, OFFICE_ROLES),
        ]);
        await inTransaction(db, async (trx) => {
          sent += await notify.send(trx, {
            orgId: r.org_id,
            userIds: [...new Set([...unit, ...office])],
            kind: 'workplan.recommendation_overdue',
            ...recommendationTexts.overdue(r.title, r.due_on!),
            link: `/workplan/recommendations/${r.id}`,
            objectType: 'workplan_recommendation',
            objectId: r.id,
            dedupeKey: `workplan.recommendation_overdue:${r.id}:${r.due_on}`,
          });
          await recommendations.update(trx, r.id, { reminded_for: r.due_on });
          await recommendations.addEvent(trx, {
            recommendation_id: r.id,
            kind: 'reminded',
            note: r.due_on,
            by_user_id: null,
            created_at: clock.now().toISOString(),
          });
        });
      }
      return { reminded: sent };
    },
  };
}
