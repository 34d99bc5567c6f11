// Organisations module: the organisation tree and each organisation's reference data.
import type { AppModule } from '../../platform/module.js';
import { createOrgRepo } from './orgs.repo.js';
import { orgRoutes } from './orgs.routes.js';
import { createOrgService } from './orgs.service.js';

/** Read models other modules may use. */
export { orgName, orgShortName } from './orgs.repo.js';

export const orgsModule: AppModule = {
  name: 'orgs',
  register(app, platform) {
    const service = createOrgService({ ...platform, repo: createOrgRepo() });
    orgRoutes(app, service);
  },
};
