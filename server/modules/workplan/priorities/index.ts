// priorities/: the year's work priorities (年度工作要点) with their items, owners, deadlines and
// what carries each out, and the monthly plans with the month's Word report. See ../index.ts.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { PRIORITY_RULES, priorityAccess } from './priorities.policy.js';
import { createPriorityRepo } from './priorities.repo.js';
import { priorityRoutes } from './priorities.routes.js';
import { createPriorityService } from './priorities.service.js';
import { PRIORITIES_TEXT_PHRASES } from './priorities.texts.js';

export function registerPriorities(app: ZodApp, platform: Platform): void {
  priorityRoutes(app, createPriorityService({ ...platform, priorities: createPriorityRepo() }));
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../workplan.policy.ts). */
export const prioritiesRuleNames: readonly string[] = [...Object.keys(PRIORITY_RULES), ...priorityAccess.names];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../workplan.texts.ts). */
export const PRIORITIES_PHRASES: Record<string, string> = PRIORITIES_TEXT_PHRASES;
