// Recommendation rows → API objects (pure): the SMART fields still missing, whether it is
// overdue today, and the steps the viewer may take on it.
import type { Actor } from '../../../platform/access/actor.js';
import { isOverdue, smartGaps } from './recommendations.model.js';
import { recommendationRules, type RecommendationSubject } from './recommendations.policy.js';
import type { RecommendationItemRow, RecommendationRow } from './recommendations.repo.js';

export const subjectOf = (r: Pick<RecommendationRow, 'org_id' | 'unit_id' | 'status'>): RecommendationSubject => ({
  orgId: r.org_id,
  unitId: r.unit_id,
  status: r.status,
});
export const smartOf = (
  r: Pick<RecommendationRow, 'metric' | 'target' | 'actions' | 'unit_id' | 'accountable_person' | 'due_on'>,
) => ({
  metric: r.metric,
  target: r.target,
  actions: r.actions,
  unitId: r.unit_id,
  accountablePerson: r.accountable_person,
  dueOn: r.due_on,
});

export const presentRecommendation = (actor: Actor, r: RecommendationItemRow, today: string) => ({
  id: r.id,
  reportId: r.report_id,
  reportTitle: r.report_title,
  year: r.year,
  title: r.title,
  metric: r.metric,
  target: r.target,
  actions: r.actions,
  unitId: r.unit_id,
  unitName: r.unit_name,
  accountablePerson: r.accountable_person,
  dueOn: r.due_on,
  status: r.status,
  answerKind: r.answer_kind,
  answer: r.answer,
  settleNote: r.settle_note,
  overdue: isOverdue(r.status, r.due_on, today),
  missing: smartGaps(smartOf(r)).map((g) => g.path),
  allowedActions: recommendationRules.allowed(actor, subjectOf(r), null),
});
