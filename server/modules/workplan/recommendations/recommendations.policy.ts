// The rules of research reports and their recommendations: the office of the organisation writes
// reports and recommendations, sends each (SMART-complete) to its owner department, follows it
// and settles it (done, or dropped with a reason); the department answers what is sent to it and
// reports progress until it is settled; the office and leaders read everything of their
// organisation, a department only what was sent to it. Composed in ../workplan.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { WpRecommendationStatus } from '../../../db/tables/workplan.js';
import { managesAny, officeOf, readsAny, readsWorkplan } from '../scope.policy.js';

export interface RecommendationSubject {
  orgId: number;
  unitId: number | null;
  status: WpRecommendationStatus;
}

/** Sees the recommendation: reads its organisation's work plan, or it was sent to the actor's unit. */
export const seesRecommendation = (a: Actor, r: RecommendationSubject) =>
  readsWorkplan(a, r.orgId) ||
  (can(a, 'workplan.answer') && a.unitId !== null && a.unitId === r.unitId && r.status !== 'draft');

type RecCheck = Check<RecommendationSubject, null>;
const office = officeOf<RecommendationSubject, null>();
const department = who<RecommendationSubject, null>(
  (a, s) => can(a, 'workplan.answer') && a.unitId !== null && a.unitId === s.unitId,
  'NOT_OWNER_UNIT',
  '只有责任单位可以办理此建议',
);
const inStatus = (states: readonly WpRecommendationStatus[], code: string, message: string): RecCheck => ({
  test: (_a, s) => states.includes(s.status),
  fail: () => conflict(code, message),
});
const isDraft = inStatus(['draft'], 'RECOMMENDATION_SENT', '建议已交办');
const isSent = inStatus(['sent'], 'RECOMMENDATION_NOT_SENT', '建议不在待答复状态');
const isAnswered = inStatus(['answered'], 'RECOMMENDATION_NOT_ANSWERED', '建议尚未答复');
const unsettled = inStatus(['draft', 'sent', 'answered'], 'RECOMMENDATION_SETTLED', '建议已办结或终止');
const followed = inStatus(['sent', 'answered'], 'RECOMMENDATION_NOT_FOLLOWED', '建议不在跟踪办理中');

export const RECOMMENDATION_RULES = {
  editRecommendation: { who: [office], when: [unsettled] },
  sendRecommendation: { who: [office], when: [isDraft] },
  answerRecommendation: { who: [department], when: [isSent] },
  reportRecommendationProgress: { who: [department], when: [isAnswered] },
  completeRecommendation: { who: [office], when: [isAnswered] },
  dropRecommendation: { who: [office], when: [followed] },
  urgeRecommendation: { who: [office], when: [followed] },
} satisfies Record<string, Rule<RecommendationSubject, null>>;

export const recommendationRules = rulebook<RecommendationSubject, null, keyof typeof RECOMMENDATION_RULES>(
  RECOMMENDATION_RULES,
);
export type RecommendationStep = keyof typeof RECOMMENDATION_RULES;

export interface ReportSubject {
  orgId: number;
}
export const REPORT_RULES = {
  addRecommendation: { who: [officeOf<ReportSubject, null>()], when: [] },
} satisfies Record<string, Rule<ReportSubject, null>>;
export const reportRules = rulebook<ReportSubject, null, keyof typeof REPORT_RULES>(REPORT_RULES);

/** What may be done with reports and recommendations as a whole. */
export const recommendationAccess = abilities({
  readReports: readsAny,
  createReport: managesAny,
  // The tracker: the office and leaders see the organisation's, a department those sent to it.
  readRecommendations: (a) => readsAny(a) || can(a, 'workplan.answer'),
  recommendationFigures: readsAny,
  // The tracker's Excel: whoever reads the tracker, with the same scope.
  exportRecommendations: (a) => readsAny(a) || can(a, 'workplan.answer'),
});
