// visits/: field visits — a member's list in route order, a visit captured on the phone (scores,
// interview, photos; sent again harmlessly), the evidence its photos give. See ../index.ts.
import type { Actor } from '../../../platform/access/actor.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { createCampaignRepo } from '../campaigns/index.js';
import { VISIT_RULES, visitAccess } from './visits.policy.js';
import { createVisitRepo } from './visits.repo.js';
import { visitRoutes } from './visits.routes.js';
import { createVisitService, VISIT_FILE_OWNER } from './visits.service.js';
import { VISITS_TEXT_PHRASES } from './visits.texts.js';

/**
 * `alsoReads`: who else reads a visit's photos (a handling unit, those of an object its problems
 * are on: ../problems/).
 */
export function registerVisits(
  app: ZodApp,
  platform: Platform,
  alsoReads: (actor: Actor, visitId: number) => Promise<boolean> = async () => false,
): void {
  const service = createVisitService({ ...platform, campaigns: createCampaignRepo(), visits: createVisitRepo() });
  platform.files.registerOwner(
    VISIT_FILE_OWNER,
    async (actor, ownerId) =>
      (await service.mayReadPhotos(actor, Number(ownerId))) || alsoReads(actor, Number(ownerId)),
  );
  visitRoutes(app, service);
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../supervision.policy.ts). */
export const visitsRuleNames: readonly string[] = [...Object.keys(VISIT_RULES), ...visitAccess.names];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../supervision.texts.ts). */
export const VISITS_PHRASES: Record<string, string> = VISITS_TEXT_PHRASES;
