// Party building (党建工作): the three responsibility lists, the party organisation chain with
// its members, liaisons between party and non-party members, and the coverage computed from the
// roster with the uncovered listed (and exported as Excel).
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { createCoverageService } from './coverage.service.js';
import { createLiaisonService } from './liaisons.service.js';
import { createListService } from './lists.service.js';
import { createOrgService } from './orgs.service.js';
import { createPartyRepo } from './party.repo.js';
import { partyRoutes } from './party.routes.js';
import { partyShared } from './party.service.js';

export function registerParty(app: ZodApp, platform: Platform): void {
  const deps = { db: platform.db, audit: platform.audit, clock: platform.clock, party: createPartyRepo() };
  const shared = partyShared(deps);
  partyRoutes(app, {
    lists: createListService(deps, shared),
    orgs: createOrgService(deps, shared),
    liaisons: createLiaisonService(deps, shared),
    coverage: createCoverageService(deps, shared),
  });
}
