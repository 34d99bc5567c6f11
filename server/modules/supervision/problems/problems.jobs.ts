// The overdue scan of problems (the follow-up's, ../follow-up/follow-up.jobs.ts): an unanswered
// problem past its deadline is flagged once per deadline, its unit and the office member who
// recorded it told.
import type { Db } from '../../../db/tx.js';
import type { Clock } from '../../../platform/clock.js';
import type { Notifier } from '../../../platform/notify/notifier.js';
import { createFollowUpOverdueScan } from '../follow-up/follow-up.jobs.js';
import type { ProblemRepo } from './problems.repo.js';
import { problemTexts } from './problems.texts.js';

export function createProblemOverdueScan(deps: { db: Db; clock: Clock; notify: Notifier; problems: ProblemRepo }) {
  const { problems } = deps;
  return createFollowUpOverdueScan(deps, {
    newlyOverdue: problems.newlyOverdue,
    unitUserIds: problems.unitUserIds,
    markFlagged: (db, id, dueOn) => problems.update(db, id, { overdue_flagged_for: dueOn }),
    notice: (p) => ({
      kind: 'supervision.problem_overdue',
      ...problemTexts.overdue(p.object_name, p.due_on),
      link: `/supervision/problems/${p.id}`,
      objectType: 'supervision_problem',
      dedupeKey: `supervision.problem_overdue:${p.id}:${p.due_on}`,
    }),
  });
}
