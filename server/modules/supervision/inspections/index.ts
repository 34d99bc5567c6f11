// inspections/: inspections of the organisation (视察): participants, sites, findings, and the
// recommendations each routed to a handling unit, answered and followed to an outcome, with
// the hourly overdue scan. See ../index.ts.
import { HOUR } from '../../../platform/clock.js';
import type { Db } from '../../../db/tx.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { INSPECTION_RULES, RECOMMENDATION_RULES, inspectionAccess } from './inspections.policy.js';
import { createInspectionRepo } from './inspections.repo.js';
import { inspectionRoutes, recommendationRoutes } from './inspections.routes.js';
import type { MemberInspection } from './inspections.schema.js';
import { createInspectionService } from './inspections.service.js';
import { INSPECTIONS_TEXT_PHRASES } from './inspections.texts.js';
import { createOverdueScan } from './recommendations.jobs.js';
import { createRecommendationRepo } from './recommendations.repo.js';
import { createRecommendationService } from './recommendations.service.js';

export function registerInspections(app: ZodApp, platform: Platform): void {
  const deps = { ...platform, inspections: createInspectionRepo(), recommendations: createRecommendationRepo() };
  inspectionRoutes(app, createInspectionService(deps));
  recommendationRoutes(app, createRecommendationService(deps));
  const overdue = createOverdueScan(deps);
  platform.jobs.every('supervision.recommendations-overdue', HOUR, async () => {
    await overdue.scan();
  });
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../supervision.policy.ts). */
export const inspectionsRuleNames: readonly string[] = [
  ...Object.keys(INSPECTION_RULES),
  ...Object.keys(RECOMMENDATION_RULES),
  ...inspectionAccess.names,
];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../supervision.texts.ts). */
export const INSPECTIONS_PHRASES: Record<string, string> = INSPECTIONS_TEXT_PHRASES;

export type { MemberInspection } from './inspections.schema.js';

/** Read model for the duty record: the inspections a member took part in (or led) in a year, drafts and cancelled ones aside. */
export async function inspectionsOf(db: Db, memberId: number, year: number): Promise<MemberInspection[]> {
  const rows = await createInspectionRepo().inspectionsOf(db, memberId, year);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    status: r.status,
    led: r.leader_member_id === memberId,
  }));
}
