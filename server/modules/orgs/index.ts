// Organisations module: the organisation tree and each organisation's reference data.
import type { AppModule } from '../../platform/module.js';
import type { Platform } from '../../platform/platform.js';
import { createOrgRepo } from './orgs.repo.js';
import { orgRoutes } from './orgs.routes.js';
import { createOrgService } from './orgs.service.js';
import { createRefDataService } from './refdata.service.js';

/** Read models other modules may use. */
export {
  currentTerm,
  namedRefById,
  orgName,
  orgShortName,
  refNames,
  sessionById,
  termById,
  termSessions,
  unitsByIds,
  unitsOf,
} from './orgs.repo.js';
export type { RefData } from './orgs.schema.js';

/** Published to other modules: an organisation's reference data (terms, sectors, committees, groups, units), as its users may read it. */
export function createRefDataReader(platform: Platform) {
  const refData = createRefDataService({ ...platform, repo: createOrgRepo() });
  return { refData: refData.refData };
}

export const orgsModule: AppModule = {
  name: 'orgs',
  register(app, platform) {
    const service = createOrgService({ ...platform, repo: createOrgRepo() });
    orgRoutes(app, service);
  },
};
