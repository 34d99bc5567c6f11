// Member roster module: members of each organisation, their contact-change requests, and
// the roster's Excel import and export.
import type { Actor } from '../../platform/access/actor.js';
import { registerMessages } from '../../platform/messages.js';
import type { AppModule } from '../../platform/module.js';
import type { Platform } from '../../platform/platform.js';
import { createMemberAccountLinks } from '../accounts/index.js';
import { createRefDataReader } from '../orgs/index.js';
import { contactChangeRoutes } from './contact-changes.routes.js';
import { createContactChangeService } from './contact-changes.service.js';
import { createMemberImport } from './import/import.service.js';
import { indexRefData } from './member-rules.js';
import { MEMBER_MESSAGES } from './messages.js';
import { createMemberRepo } from './members.repo.js';
import { memberRoutes } from './members.routes.js';
import { createMemberService, type RefIndexLoader } from './members.service.js';
import { createRosterExport } from './roster-export.js';
import { rosterIoRoutes } from './roster-io.routes.js';

/** Published to other modules: the party list (codes and labels), and how a member's details become a row (test factories, the demo and bench data). */
export { PARTIES, type PartyCode } from './parties.js';
export { memberRow, namePinyin, type MemberDetails } from './member-row.js';
export {
  audienceMembersQuery,
  memberById,
  membersByIds,
  membersOfAudience,
  /** A term's members still in office, with their party: whom study's coverage figures count. */
  termRoster,
  type MemberAudience,
} from './members.repo.js';

/** The roster's services, built the same way for the HTTP app and the CLI. */
export function createMemberServices(platform: Platform) {
  // Sectors, committees, groups and terms come from the organisations module's service.
  const refData = createRefDataReader(platform);
  const refIndex: RefIndexLoader = async (actor: Actor, orgId: number) =>
    indexRefData(await refData.refData(actor, orgId));
  const repo = createMemberRepo();
  const deps = { ...platform, repo, refIndex, accounts: createMemberAccountLinks(platform) };
  const members = createMemberService(deps);
  return {
    refIndex,
    members,
    contactChanges: createContactChangeService(deps),
    imports: createMemberImport(deps),
    exporter: createRosterExport({ ...deps, members }),
  };
}

export const membersModule: AppModule = {
  name: 'members',
  register(app, platform) {
    registerMessages(MEMBER_MESSAGES);
    const s = createMemberServices(platform);
    memberRoutes(app, s.members);
    contactChangeRoutes(app, s.contactChanges);
    rosterIoRoutes(app, { imports: s.imports, exporter: s.exporter, orgTree: platform.orgTree, clock: platform.clock });
  },
};
