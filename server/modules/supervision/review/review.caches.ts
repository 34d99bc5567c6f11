// The review's read cache (ADR 0015): a campaign's figures — every object's score, spread and
// criteria means, the ranking, the reviews written and the photo counts — are counted from all
// its visits, and the office's screens read them far more often than visits arrive. The value is
// kept per campaign with the stamp of every table it is read from, so a visit sent, a review
// written, criteria or objects edited make it stale before the next read, with no invalidation
// call in the write paths (PostgreSQL hears them through migration 202612170500). What depends
// on the viewer (his access, the actions offered) is computed outside it, on every read.
import type { ChangeTracker } from '../../../db/change-tracker.js';
import { ReadCache } from '../../../platform/read-cache.js';

export const REVIEW_TABLES = [
  'supervision_objects',
  'supervision_criteria',
  'supervision_visits',
  'supervision_visit_scores',
  'supervision_visit_photos',
  'supervision_reviews',
] as const;

/** Keyed by campaign; a city's or province's campaigns under review at once are a few dozen. */
export function createReviewCache<V>(changes: ChangeTracker | null) {
  return new ReadCache<number, V>(changes, REVIEW_TABLES, 64, { name: 'supervision.review' });
}
