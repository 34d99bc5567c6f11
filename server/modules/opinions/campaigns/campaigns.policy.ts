// The rules of a campaign: the office of the organiser (the city) writes it, opens and closes
// it, chooses the organisations taking part (itself and those it sees) and keeps the public
// link; the office of each organisation taking part signs up its own participants; offices and
// leaders read the campaigns of their organisations (the organiser's and those they take part
// in); members read the open ones their organisation takes part in. Composed in
// ../opinions.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { CampaignStatus } from '../../../db/tables/opinions.js';

export interface CampaignSubject {
  orgId: number;
  status: CampaignStatus;
}
export interface CampaignRelation {
  /** The organisations taking part (the organiser among them). */
  orgIds: readonly number[];
}

type CampaignCheck = Check<CampaignSubject, CampaignRelation>;

/** The office of the organisation. */
export const isOpinionOffice = (a: Actor, orgId: number) => can(a, 'opinions.manage') && a.orgId === orgId;
/** An office or a leader who reads the opinions of the organisation (a city reads its counties'). */
export const readsOpinions = (a: Actor, orgId: number) =>
  (can(a, 'opinions.manage') || can(a, 'opinions.read_all')) && a.visibleOrgIds.includes(orgId);
/** Sees the campaign: reads the organiser's opinions, or its own organisation takes part. */
export const seesCampaign = (a: Actor, s: CampaignSubject, rel: CampaignRelation) =>
  readsOpinions(a, s.orgId) || rel.orgIds.includes(a.orgId);

const organiser = who<CampaignSubject, CampaignRelation>(
  (a, s) => isOpinionOffice(a, s.orgId),
  'NOT_ORGANISER',
  '只有主办单位的政协办可以管理本次活动',
);
const notClosed: CampaignCheck = {
  test: (_a, s) => s.status !== 'closed',
  fail: () => conflict('CAMPAIGN_CLOSED', '活动已结束，不能再修改'),
};
const isDraft: CampaignCheck = {
  test: (_a, s) => s.status === 'draft',
  fail: () => conflict('CAMPAIGN_NOT_DRAFT', '活动已开始，不能重复开始'),
};
const isOpen: CampaignCheck = {
  test: (_a, s) => s.status === 'open',
  fail: () => conflict('CAMPAIGN_NOT_OPEN', '活动未在进行中'),
};

export const CAMPAIGN_RULES = {
  editCampaign: { who: [organiser], when: [notClosed] },
  openCampaign: { who: [organiser], when: [isDraft] },
  closeCampaign: { who: [organiser], when: [isOpen] },
  setCampaignOrgs: { who: [organiser], when: [notClosed] },
  managePublicLink: { who: [organiser], when: [] },
  setParticipants: {
    who: [
      who(
        (a, _s, rel) => can(a, 'opinions.manage') && rel.orgIds.includes(a.orgId),
        'NOT_TAKING_PART',
        '本单位未参加本次活动',
      ),
    ],
    when: [notClosed],
  },
} satisfies Record<string, Rule<CampaignSubject, CampaignRelation>>;

export const campaignRules = rulebook<CampaignSubject, CampaignRelation, keyof typeof CAMPAIGN_RULES>(CAMPAIGN_RULES);

/** What may be done with campaigns as a whole. */
export const campaignAccess = abilities({
  readCampaigns: (a) => can(a, 'opinions.manage') || can(a, 'opinions.read_all'),
  createCampaign: (a) => can(a, 'opinions.manage'),
  // A member's choice of the open campaigns to submit to.
  openCampaigns: (a) => can(a, 'opinions.submit'),
});
