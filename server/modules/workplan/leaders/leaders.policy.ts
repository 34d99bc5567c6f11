// The rules of leader engagement: the office of the organisation records leaders' visits, the
// yearly targets, leaders' instructions on research reports and requests for opinions with the
// CPPCC's answer and what was adopted; the office and leaders read them. A request is answered
// once, and its adoption recorded only after the answer. Composed in ../workplan.policy.ts.
import { abilities, rulebook, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import { managesAny, officeOf, readsAny } from '../scope.policy.js';

export interface EngagementSubject {
  orgId: number;
  /** A request for opinions: whether the CPPCC's answer is in. */
  answered?: boolean;
}

const office = officeOf<EngagementSubject, null>();
const notAnswered: Check<EngagementSubject, null> = {
  test: (_a, s) => !s.answered,
  fail: () => conflict('REQUEST_ANSWERED', '该征求意见已答复'),
};
const answered: Check<EngagementSubject, null> = {
  test: (_a, s) => !!s.answered,
  fail: () => conflict('REQUEST_NOT_ANSWERED', '尚未答复，不能登记采纳情况'),
};

export const ENGAGEMENT_RULES = {
  editVisit: { who: [office], when: [] },
  answerRequest: { who: [office], when: [notAnswered] },
  recordAdoption: { who: [office], when: [answered] },
} satisfies Record<string, Rule<EngagementSubject, null>>;

export const engagementRules = rulebook<EngagementSubject, null, keyof typeof ENGAGEMENT_RULES>(ENGAGEMENT_RULES);

/** What may be done with leader engagement as a whole. */
export const engagementAccess = abilities({
  readEngagement: readsAny,
  recordVisit: managesAny,
  setVisitTargets: managesAny,
  recordInstruction: managesAny,
  createRequest: managesAny,
});
