// review/: the review of a campaign — figures per object, ranking and distribution, the office's
// reviews and album photos — and, with ../album/, the album built as a background job. See ../index.ts.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { ALBUM_FILE_OWNER, registerAlbumJob } from '../album/album.jobs.js';
import { createAlbumService } from '../album/album.service.js';
import { createCampaignRepo } from '../campaigns/index.js';
import { REVIEW_RULES } from './review.policy.js';
import { createReviewRepo } from './review.repo.js';
import { reviewRoutes } from './review.routes.js';
import { createReviewService } from './review.service.js';

export function registerReview(app: ZodApp, platform: Platform): void {
  const deps = { ...platform, campaigns: createCampaignRepo(), reviews: createReviewRepo() };
  const review = createReviewService(deps);
  const album = createAlbumService(deps);
  registerAlbumJob({ ...deps, review });
  platform.files.registerOwner(ALBUM_FILE_OWNER, (actor, ownerId) => album.mayReadAlbum(actor, Number(ownerId)));
  reviewRoutes(app, review, album);
}

export { reviewRules } from './review.policy.js';
export type { ReviewRepo } from './review.repo.js';
export type { ReviewService } from './review.service.js';

/** The rule names this sub-domain's routes give as config.rule (composed in ../supervision.policy.ts). */
export const reviewRuleNames: readonly string[] = Object.keys(REVIEW_RULES);

/** English for this sub-domain's sentences (composed in ../supervision.texts.ts). */
export const REVIEW_PHRASES: Record<string, string> = {
  '评议活动未开始或已结束，不能点评': 'The campaign is not open or in review; no reviews now',
  同一张照片选了两次: 'The same photo is chosen twice',
  '每个对象最多选 4 张照片编入图册': 'At most 4 photos per object go into the album',
  只能选择本对象走访中拍摄的照片: 'Only photos from this object’s visits can be chosen',
  本次评议的对象不是承办单位: 'This campaign does not evaluate handling units',
  '该单位本年度的民主评议得分来自评议活动，不能手工修改':
    "The unit's democratic evaluation score for the year comes from an evaluation campaign and cannot be typed over",
};
