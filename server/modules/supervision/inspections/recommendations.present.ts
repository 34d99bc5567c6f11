// How a recommendation is shown, with the steps the viewer may take on it (shared by the
// inspection's detail and the recommendations' own routes).
import type { Actor } from '../../../platform/access/actor.js';
import { isOverdue } from './inspections.model.js';
import { recommendationRules } from './inspections.policy.js';
import type { RecommendationItemRow } from './recommendations.repo.js';

export function presentRecommendation(actor: Actor, r: RecommendationItemRow, today: string) {
  return {
    id: r.id,
    inspectionId: r.inspection_id,
    inspectionTitle: r.inspection_title,
    siteId: r.site_id,
    siteName: r.site_name,
    title: r.title,
    body: r.body,
    unit: { id: r.unit_id, name: r.unit_name },
    dueOn: r.due_on,
    status: r.status,
    overdue: isOverdue(r, today),
    answerKind: r.answer_kind,
    answer: r.answer,
    answeredAt: r.answered_at,
    outcomeNote: r.outcome_note,
    settledAt: r.settled_at,
    createdAt: r.created_at,
    allowedActions: recommendationRules.allowed(actor, r, null),
  };
}
