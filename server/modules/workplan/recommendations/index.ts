// recommendations/: research reports with SMART recommendations, sent to departments, answered,
// followed with progress until done or dropped, the tracker and the year's figure, and the
// hourly overdue scan. See ../index.ts.
import { HOUR } from '../../../platform/clock.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { RECOMMENDATION_RULES, REPORT_RULES, recommendationAccess } from './recommendations.policy.js';
import { createOverdueScan } from './recommendations.jobs.js';
import { createRecommendationRepo } from './recommendations.repo.js';
import { recommendationRoutes } from './recommendations.routes.js';
import { createRecommendationService } from './recommendations.service.js';
import { createReportService } from './reports.service.js';
import { RECOMMENDATIONS_TEXT_PHRASES } from './recommendations.texts.js';

export function registerRecommendations(app: ZodApp, platform: Platform): void {
  const deps = { ...platform, recommendations: createRecommendationRepo() };
  recommendationRoutes(app, createRecommendationService(deps), createReportService(deps));
  const overdue = createOverdueScan(deps);
  platform.jobs.every('workplan.recommendations-overdue', HOUR, async () => {
    await overdue.scan();
  });
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../workplan.policy.ts). */
export const recommendationsRuleNames: readonly string[] = [
  ...Object.keys(REPORT_RULES),
  ...Object.keys(RECOMMENDATION_RULES),
  ...recommendationAccess.names,
];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../workplan.texts.ts). */
export const RECOMMENDATIONS_PHRASES: Record<string, string> = RECOMMENDATIONS_TEXT_PHRASES;
