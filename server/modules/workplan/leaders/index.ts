// leaders/: leader engagement — leaders' visits to the CPPCC against yearly targets, their
// instructions on research reports, requests for opinions before decisions with the CPPCC's
// answer and what was adopted; the figures and what waits on the leaders. See ../index.ts.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { ENGAGEMENT_RULES, engagementAccess } from './leaders.policy.js';
import { createEngagementRepo } from './leaders.repo.js';
import { leaderRoutes } from './leaders.routes.js';
import { createLeaderService } from './leaders.service.js';
import { LEADERS_TEXT_PHRASES } from './leaders.texts.js';
import { createRequestService } from './requests.service.js';

export function registerLeaders(app: ZodApp, platform: Platform): void {
  const deps = { ...platform, engagement: createEngagementRepo() };
  leaderRoutes(app, createLeaderService(deps), createRequestService(deps));
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../workplan.policy.ts). */
export const leadersRuleNames: readonly string[] = [...Object.keys(ENGAGEMENT_RULES), ...engagementAccess.names];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../workplan.texts.ts). */
export const LEADERS_PHRASES: Record<string, string> = LEADERS_TEXT_PHRASES;
