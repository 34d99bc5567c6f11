// The overdue scan of recommendations (the follow-up's, ../follow-up/follow-up.jobs.ts): an
// unanswered one past its deadline is flagged once per deadline, its unit and the office member
// who made it told.
import { createFollowUpOverdueScan } from '../follow-up/follow-up.jobs.js';
import type { InspectionDeps } from './inspections.service.js';
import { inspectionTexts } from './inspections.texts.js';

export function createOverdueScan(deps: Pick<InspectionDeps, 'db' | 'clock' | 'notify' | 'recommendations'>) {
  const { recommendations } = deps;
  return createFollowUpOverdueScan(deps, {
    newlyOverdue: recommendations.newlyOverdue,
    unitUserIds: recommendations.unitUserIds,
    markFlagged: (db, id, dueOn) => recommendations.update(db, id, { overdue_flagged_for: dueOn }),
    notice: (r) => ({
      kind: 'supervision.recommendation_overdue',
      ...inspectionTexts.overdue(r.title, r.due_on),
      link: `/supervision/recommendations/${r.id}`,
      objectType: 'supervision_recommendation',
      dedupeKey: `supervision.recommendation_overdue:${r.id}:${r.due_on}`,
    }),
  });
}
