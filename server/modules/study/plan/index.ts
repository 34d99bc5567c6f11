// The annual study plan (学习计划): items by study kind with topic, planned date and who attends;
// the meetings that carry them out; completion per kind and overall with overdue items flagged.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { createPlanRepo } from './plan.repo.js';
import { planRoutes } from './plan.routes.js';
import { createPlanService } from './plan.service.js';

export function registerPlan(app: ZodApp, platform: Platform): void {
  planRoutes(app, createPlanService({ ...platform, plans: createPlanRepo() }));
}
