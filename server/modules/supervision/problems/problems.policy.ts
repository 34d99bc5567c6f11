// The rules of problems found in an evaluation campaign. The office of the campaign's organisation
// records a problem while members visit, in review, or after the campaign closed (problems are
// often found on site, and follow-up outlives the campaign; a draft has had no visit yet), and
// follows it as an inspection's recommendation is followed (../follow-up/): its handling unit
// answers it; the office edits, urges, sends back, settles or closes it. The campaign's readers
// (a city reads its counties', read-only) read its problems; a unit reads only those routed to
// it. Composed in ../supervision.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Rule } from '../../../platform/access/rulebook.js';
import type { SupervisionProblemStatus } from '../../../db/tables/supervision.js';
import {
  inStatus,
  isSupervisionOffice,
  office,
  readsSupervision,
  type EvalCampaignSubject,
} from '../campaigns/index.js';
import { followUpRules } from '../follow-up/follow-up.rules.js';

export interface ProblemSubject {
  /** The campaign's organisation. */
  org_id: number;
  unit_id: number;
  status: SupervisionProblemStatus;
}

/** A user of the handling unit the problem is routed to. */
export const isProblemUnit = (a: Actor, p: Pick<ProblemSubject, 'unit_id'>) =>
  can(a, 'supervision.answer') && a.unitId === p.unit_id;
export const seesProblem = (a: Actor, p: ProblemSubject) => readsSupervision(a, p.org_id) || isProblemUnit(a, p);

export const PROBLEM_CAMPAIGN_RULES = {
  recordProblem: {
    who: [office],
    when: [inStatus(['open', 'reviewing', 'closed'], 'CAMPAIGN_NOT_STARTED', '评议活动开始后才能记录发现的问题')],
    offered: false,
  },
} satisfies Record<string, Rule<EvalCampaignSubject, unknown>>;
export const problemCampaignRules = rulebook<EvalCampaignSubject, unknown, keyof typeof PROBLEM_CAMPAIGN_RULES>(
  PROBLEM_CAMPAIGN_RULES,
);

const followUp = followUpRules<ProblemSubject, null>(
  {
    sees: who((a, p) => seesProblem(a, p)),
    office: who(
      (a, p) => isSupervisionOffice(a, p.org_id),
      'NOT_SUPERVISION_OFFICE',
      '只有本单位政协办可以跟踪问题整改',
    ),
    unit: who((a, p) => isProblemUnit(a, p), 'NOT_UNIT', '只有问题所交的承办单位可以答复'),
  },
  {
    notAwaiting: ['PROBLEM_NOT_AWAITING', '该问题不在待答复状态'],
    notAnswered: ['PROBLEM_NOT_ANSWERED', '承办单位尚未答复该问题'],
    settled: ['PROBLEM_SETTLED', '该问题已办结或已关闭'],
  },
);

export const PROBLEM_RULES = {
  viewProblem: followUp.view,
  answerProblem: followUp.answer,
  editProblem: followUp.edit,
  urgeProblem: followUp.urge,
  sendBackProblem: followUp.sendBack,
  completeProblem: followUp.complete,
  closeProblem: followUp.close,
} satisfies Record<string, Rule<ProblemSubject, null>>;
export const problemRules = rulebook<ProblemSubject, null, keyof typeof PROBLEM_RULES>(PROBLEM_RULES);
export type ProblemStep = keyof typeof PROBLEM_RULES;

/** What may be done with problems as a whole. */
export const problemAccess = abilities({
  readProblems: (a) => can(a, 'supervision.manage') || can(a, 'supervision.read_all'),
  myProblems: (a) => can(a, 'supervision.answer'),
});
