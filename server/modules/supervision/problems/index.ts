// problems/: problems found in an evaluation campaign (整改问题), routed to the responsible
// handling unit, answered and followed to done as recommendations are (../follow-up/), with the
// hourly overdue scan. See ../index.ts.
import { HOUR } from '../../../platform/clock.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { createCampaignRepo } from '../campaigns/index.js';
import { createProblemOverdueScan } from './problems.jobs.js';
import { PROBLEM_CAMPAIGN_RULES, PROBLEM_RULES, problemAccess } from './problems.policy.js';
import { createProblemRepo } from './problems.repo.js';
import { problemRoutes } from './problems.routes.js';
import { createProblemService, type ProblemService } from './problems.service.js';
import { PROBLEMS_TEXT_PHRASES } from './problems.texts.js';

/** Registers the routes and the overdue job; returns the service (visits' photos ask it who else reads them). */
export function registerProblems(app: ZodApp, platform: Platform): ProblemService {
  const deps = { ...platform, campaigns: createCampaignRepo(), problems: createProblemRepo() };
  const service = createProblemService(deps);
  problemRoutes(app, service);
  const overdue = createProblemOverdueScan(deps);
  platform.jobs.every('supervision.problems-overdue', HOUR, async () => {
    await overdue.scan();
  });
  return service;
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../supervision.policy.ts). */
export const problemsRuleNames: readonly string[] = [
  ...Object.keys(PROBLEM_CAMPAIGN_RULES),
  ...Object.keys(PROBLEM_RULES),
  ...problemAccess.names,
];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../supervision.texts.ts). */
export const PROBLEMS_PHRASES: Record<string, string> = PROBLEMS_TEXT_PHRASES;

export type { ProblemService } from './problems.service.js';
