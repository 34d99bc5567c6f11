// The rules of an evaluation campaign: the office of its organisation writes it (criteria and
// objects while it is a draft; objects may still be added while members visit), opens it, moves
// it to review and closes it; offices and leaders who read the organisation's supervision work
// read it; its participants read what they need to visit. Composed in ../supervision.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { SupervisionCampaignStatus } from '../../../db/tables/supervision.js';

export interface EvalCampaignSubject {
  orgId: number;
  status: SupervisionCampaignStatus;
}
type CampaignCheck = Check<EvalCampaignSubject, unknown>;

/** The supervision office of the organisation. */
export const isSupervisionOffice = (a: Actor, orgId: number) => can(a, 'supervision.manage') && a.orgId === orgId;
/** An office or a leader who reads the organisation's supervision work (a city reads its counties'). */
export const readsSupervision = (a: Actor, orgId: number) =>
  (can(a, 'supervision.manage') || can(a, 'supervision.read_all')) && a.visibleOrgIds.includes(orgId);

/** The office of the campaign's organisation (the other sub-domains' rules use it too). */
export const office = who<EvalCampaignSubject, unknown>(
  (a, s) => isSupervisionOffice(a, s.orgId),
  'NOT_SUPERVISION_OFFICE',
  '只有本单位政协办可以管理评议活动',
);
/** The campaign is in one of these states, else a 409 with the code and message. */
export const inStatus = (statuses: SupervisionCampaignStatus[], code: string, message: string): CampaignCheck => ({
  test: (_a, s) => statuses.includes(s.status),
  fail: () => conflict(code, message),
});
const draft = inStatus(['draft'], 'CAMPAIGN_NOT_DRAFT', '评议活动已开始，不能再修改评议指标');
const notClosed = inStatus(['draft', 'open', 'reviewing'], 'CAMPAIGN_CLOSED', '评议活动已结束');
const beforeReview = inStatus(['draft', 'open'], 'CAMPAIGN_IN_REVIEW', '评议活动已进入点评阶段');

export const EVAL_CAMPAIGN_RULES = {
  editEvalCampaign: { who: [office], when: [notClosed] },
  setEvalCriteria: { who: [office], when: [draft] },
  editEvalObjects: { who: [office], when: [beforeReview] },
  setEvalParticipants: { who: [office], when: [beforeReview] },
  // Who visits what: automatically, then adjusted by hand, until review starts.
  assignEvalObjects: { who: [office], when: [beforeReview] },
  editEvalAssignments: { who: [office], when: [beforeReview], offered: false },
  openEvalCampaign: { who: [office], when: [draft] },
  reviewEvalCampaign: { who: [office], when: [inStatus(['open'], 'CAMPAIGN_NOT_OPEN', '评议活动未在进行中')] },
  closeEvalCampaign: {
    who: [office],
    when: [inStatus(['reviewing'], 'CAMPAIGN_NOT_REVIEWING', '评议活动尚未进入点评阶段')],
  },
} satisfies Record<string, Rule<EvalCampaignSubject, unknown>>;

export const evalCampaignRules = rulebook<EvalCampaignSubject, unknown, keyof typeof EVAL_CAMPAIGN_RULES>(
  EVAL_CAMPAIGN_RULES,
);

/** What may be done with campaigns as a whole. */
export const evalCampaignAccess = abilities({
  readEvalCampaigns: (a) => can(a, 'supervision.manage') || can(a, 'supervision.read_all'),
  createEvalCampaign: (a) => can(a, 'supervision.manage'),
});
