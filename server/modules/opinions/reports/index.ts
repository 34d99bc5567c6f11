// reports/: see ../index.ts. Entry point of the sub-domain: its routes, and what the others use
// (the report intake processing/ routes opinions through, the figures the duty record reads).
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { onProposalConverted } from '../../proposals/index.js';
import { createBulletinsRepo } from './bulletins.repo.js';
import { bulletinsRoutes } from './bulletins.routes.js';
import { createBulletinsService } from './bulletins.service.js';
import { createFollowService } from './follow.service.js';
import { createReportIntake, type CreateReportFrom } from './intake.js';
import { REPORTS_RULE_NAMES } from './reports.policy.js';
import { createReportsRepo } from './reports.repo.js';
import { reportsRoutes } from './reports.routes.js';
import { createReportSteps, createReportsService, type ReportsDeps } from './reports.service.js';
import { REPORTS_TEXT_PHRASES } from './reports.texts.js';

export type { CreateReportFrom, ReportSeed } from './intake.js';
export { reportCountsOf, type MemberReportCounts } from './figures.js';
export { opinionReportsOf } from './reports-of.js';

const depsOf = (platform: Platform): ReportsDeps => ({ ...platform, reports: createReportsRepo() });

export function registerReports(app: ZodApp, platform: Platform): void {
  const deps = depsOf(platform);
  const steps = createReportSteps(deps);
  reportsRoutes(app, {
    db: platform.db,
    reports: createReportsService(deps, steps),
    follow: createFollowService(deps, steps),
  });
  bulletinsRoutes(
    app,
    createBulletinsService({ ...deps, bulletins: createBulletinsRepo(), orgTree: platform.orgTree }, steps),
  );
  // A proposal converted by review becomes a report with the same text and proposers.
  const intake = createReportIntake(deps, steps);
  onProposalConverted(platform, async (trx, p) => {
    await intake(trx, {
      orgId: p.orgId,
      title: p.title,
      body: p.body,
      authorMemberIds: p.memberIds,
      source: { kind: 'proposal', proposalId: p.proposalId },
      byUserId: p.byUserId,
    });
  });
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../opinions.policy.ts). */
export const reportsRuleNames: readonly string[] = REPORTS_RULE_NAMES;

/** English for every Chinese sentence of this sub-domain's errors (composed in ../opinions.texts.ts). */
export const REPORTS_PHRASES: Record<string, string> = REPORTS_TEXT_PHRASES;

/** The report intake of one app (its platform: notifications, audit, clock). */
export function reportIntakeOf(platform: Platform): CreateReportFrom {
  const deps = depsOf(platform);
  return createReportIntake(deps, createReportSteps(deps));
}
