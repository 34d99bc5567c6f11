// The rules of inspections and their recommendations. On an inspection: the office of its
// organisation prepares it (details, participants, sites), publishes, starts, finishes or
// cancels it, writes the findings and makes recommendations; the office and leaders of the
// organisation read it, and so do its participants once published. On a recommendation: its
// handling unit answers it while it waits for an answer; the office edits, urges, sends back,
// settles (done) or closes it. A county sees only its own, and the city only its own too.
// Composed in ../supervision.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { InspectionStatus, RecommendationStatus } from '../../../db/tables/supervision-inspections.js';
import { followUpRules } from '../follow-up/follow-up.rules.js';
import { CHANGEABLE, FINDINGS_OPEN, SHOWN_TO_PARTICIPANTS } from './inspections.model.js';

export interface InspectionSubject {
  org_id: number;
  status: InspectionStatus;
}
export interface InspectionRelation {
  /** The viewer is a member taking part (a participant or the leader). */
  takesPart: boolean;
  /** Recommendations came of it: it took place, and cannot be cancelled. */
  hasRecommendations: boolean;
}
export interface RecommendationSubject {
  org_id: number;
  unit_id: number;
  status: RecommendationStatus;
}

/** The supervision office of the organisation (its own records only). */
export const isOffice = (a: Actor, orgId: number) => can(a, 'supervision.manage') && a.orgId === orgId;
/** The office or a leader reading the organisation's inspections: the home organisation's alone. */
export const readsOrg = (a: Actor, orgId: number) =>
  (can(a, 'supervision.manage') || can(a, 'supervision.read_all')) && a.orgId === orgId;
export const seesInspection = (a: Actor, s: InspectionSubject, rel: InspectionRelation) =>
  readsOrg(a, s.org_id) || (rel.takesPart && can(a, 'supervision.visit') && SHOWN_TO_PARTICIPANTS.includes(s.status));
/** A user of the handling unit the recommendation is routed to. */
export const isUnit = (a: Actor, r: Pick<RecommendationSubject, 'unit_id'>) =>
  can(a, 'supervision.answer') && a.unitId === r.unit_id;
export const seesRecommendation = (a: Actor, r: RecommendationSubject) => readsOrg(a, r.org_id) || isUnit(a, r);

type InspectionCheck = Check<InspectionSubject, InspectionRelation>;
const office = who<InspectionSubject, InspectionRelation>(
  (a, s) => isOffice(a, s.org_id),
  'NOT_OFFICE',
  '只有本级政协办可以管理视察',
);
const inStatus = (states: readonly InspectionStatus[], code: string, message: string): InspectionCheck => ({
  test: (_a, s) => states.includes(s.status),
  fail: (_a, s) => conflict(code, message, { state: s.status }),
});
const changeable = inStatus(CHANGEABLE, 'INSPECTION_CLOSED', '视察已结束或已取消，不能再修改');
const findingsOpen = inStatus(FINDINGS_OPEN, 'INSPECTION_NOT_STARTED', '视察开始后才能记录发现的问题和提出建议');

export const INSPECTION_RULES = {
  viewInspection: {
    who: [who((a, s, rel) => seesInspection(a, s, rel))],
    when: [],
    offered: false,
  },
  editInspection: { who: [office], when: [changeable] },
  setParticipants: { who: [office], when: [changeable] },
  editSites: { who: [office], when: [changeable] },
  publishInspection: { who: [office], when: [inStatus(['draft'], 'INSPECTION_NOT_DRAFT', '视察已发布，不能重复发布')] },
  startInspection: { who: [office], when: [inStatus(['published'], 'INSPECTION_NOT_PUBLISHED', '视察发布后才能开始')] },
  finishInspection: { who: [office], when: [inStatus(['under_way'], 'INSPECTION_NOT_UNDER_WAY', '视察未在进行中')] },
  cancelInspection: {
    who: [office],
    when: [
      changeable,
      {
        test: (_a, _s, rel) => !rel.hasRecommendations,
        fail: () => conflict('INSPECTION_HAS_RECOMMENDATIONS', '视察已提出建议，不能取消'),
      },
    ],
  },
  writeFindings: { who: [office], when: [findingsOpen] },
  addRecommendation: { who: [office], when: [findingsOpen] },
} satisfies Record<string, Rule<InspectionSubject, InspectionRelation>>;

export const inspectionRules = rulebook<InspectionSubject, InspectionRelation, keyof typeof INSPECTION_RULES>(
  INSPECTION_RULES,
);
export type InspectionStep = keyof typeof INSPECTION_RULES;

const recOffice = who<RecommendationSubject, null>(
  (a, r) => isOffice(a, r.org_id),
  'NOT_OFFICE',
  '只有本级政协办可以跟踪建议办理',
);
// The follow-up's steps (../follow-up/), named for the recommendations' routes.
const followUp = followUpRules<RecommendationSubject, null>(
  {
    sees: who((a, r) => seesRecommendation(a, r)),
    office: recOffice,
    unit: who((a, r) => isUnit(a, r), 'NOT_UNIT', '只有承办单位可以答复该建议'),
  },
  {
    notAwaiting: ['RECOMMENDATION_NOT_AWAITING', '该建议不在待答复状态'],
    notAnswered: ['RECOMMENDATION_NOT_ANSWERED', '承办单位尚未答复该建议'],
    settled: ['RECOMMENDATION_SETTLED', '该建议已办结或已关闭'],
  },
);

export const RECOMMENDATION_RULES = {
  viewRecommendation: followUp.view,
  answerRecommendation: followUp.answer,
  editRecommendation: followUp.edit,
  urgeRecommendation: followUp.urge,
  sendBackRecommendation: followUp.sendBack,
  completeRecommendation: followUp.complete,
  closeRecommendation: followUp.close,
} satisfies Record<string, Rule<RecommendationSubject, null>>;

export const recommendationRules = rulebook<RecommendationSubject, null, keyof typeof RECOMMENDATION_RULES>(
  RECOMMENDATION_RULES,
);
export type RecommendationStep = keyof typeof RECOMMENDATION_RULES;

/** What may be done with inspections and recommendations as a whole. */
export const inspectionAccess = abilities({
  readInspections: (a) => can(a, 'supervision.manage') || can(a, 'supervision.read_all'),
  myInspections: (a) => can(a, 'supervision.visit'),
  createInspection: (a) => can(a, 'supervision.manage'),
  inspectionChoices: (a) => can(a, 'supervision.manage'),
  readRecommendations: (a) => can(a, 'supervision.manage') || can(a, 'supervision.read_all'),
  myRecommendations: (a) => can(a, 'supervision.answer'),
});
