// The rules of field visits: a member taking part visits while the campaign is open (his own
// assignments, his team's, or — flagged for the office — another object of the campaign); he
// reads his own visits; the office and leaders who read the organisation's supervision work
// read every visit. Composed in ../supervision.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { SupervisionCampaignStatus } from '../../../db/tables/supervision.js';
import { readsSupervision } from '../campaigns/index.js';

export interface VisitSubject {
  status: SupervisionCampaignStatus;
}
export interface VisitRelation {
  participant: boolean;
}

export const VISIT_RULES = {
  submitVisit: {
    who: [
      who<VisitSubject, VisitRelation>(
        (a, _s, rel) => can(a, 'supervision.visit') && rel.participant,
        'NOT_PARTICIPANT',
        '您未参加本次评议活动',
      ),
    ],
    when: [
      {
        test: (_a, s) => s.status === 'open',
        fail: () => conflict('CAMPAIGN_NOT_OPEN', '评议活动未在走访阶段，不能提交走访记录'),
      },
    ],
  },
} satisfies Record<string, Rule<VisitSubject, VisitRelation>>;

export const visitRules = rulebook<VisitSubject, VisitRelation, keyof typeof VISIT_RULES>(VISIT_RULES);

/** May read this visit: its member, or a reader of the campaign's organisation. */
export const readsVisit = (a: Actor, v: { memberId: number; orgId: number }) =>
  (a.memberId !== null && a.memberId === v.memberId) || readsSupervision(a, v.orgId);

export const visitAccess = abilities({
  myEvalAssignments: (a) => can(a, 'supervision.visit') && a.memberId !== null,
  readEvalVisit: (a) => can(a, 'supervision.visit') || can(a, 'supervision.manage') || can(a, 'supervision.read_all'),
  listEvalVisits: (a) => can(a, 'supervision.manage') || can(a, 'supervision.read_all'),
});
