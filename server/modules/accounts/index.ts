// Accounts module: the accounts of each organisation, their roles, one-time passwords,
// lockouts and deactivation, managed by the organisation's own staff.
import type { AppModule } from '../../platform/module.js';
import { createAccountRepo } from './accounts.repo.js';
import { accountRoutes } from './accounts.routes.js';
import { createAccountService } from './accounts.service.js';

/** Published to other modules: what the roster tells its members' accounts; whom to notify; leaders. */
export { createMemberAccountLinks, type MemberAccountLinks } from './member-links.service.js';
export {
  actorsByIds,
  activeUserIdsOfMembers,
  activeUserIdsOfUnits,
  activeUserIdsWithRoles,
  isLeaderAccount,
  leadersOf,
  memberAccountsOfOrgs,
  userProfile,
} from './accounts.repo.js';

export const accountsModule: AppModule = {
  name: 'accounts',
  register(app, platform) {
    const service = createAccountService({ ...platform, repo: createAccountRepo(platform.engine) });
    accountRoutes(app, service);
  },
};
