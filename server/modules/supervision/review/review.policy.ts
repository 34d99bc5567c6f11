// The rules of the review: the office writes each object's review and chooses its album photos
// while members visit and after; it builds the album once visits have stopped. Composed in
// ../supervision.policy.ts; reads go by the campaigns' readEvalCampaigns.
import { rulebook, type Rule } from '../../../platform/access/rulebook.js';
import { inStatus, office, type EvalCampaignSubject } from '../campaigns/index.js';

const reviewable = inStatus(['open', 'reviewing'], 'CAMPAIGN_NOT_REVIEWABLE', '评议活动未开始或已结束，不能点评');

export const REVIEW_RULES = {
  writeEvalReview: { who: [office], when: [reviewable], offered: false },
  chooseAlbumPhotos: { who: [office], when: [reviewable], offered: false },
  // A campaign that evaluated handling units gives each its democratic evaluation score.
  feedUnitScores: {
    who: [office],
    when: [inStatus(['reviewing', 'closed'], 'CAMPAIGN_NOT_REVIEWING', '评议活动尚未进入点评阶段')],
    offered: false,
  },
  buildEvalAlbum: {
    who: [office],
    when: [inStatus(['reviewing', 'closed'], 'CAMPAIGN_NOT_REVIEWING', '评议活动尚未进入点评阶段')],
  },
} satisfies Record<string, Rule<EvalCampaignSubject, unknown>>;

export const reviewRules = rulebook<EvalCampaignSubject, unknown, keyof typeof REVIEW_RULES>(REVIEW_RULES);
