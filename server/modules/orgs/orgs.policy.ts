// Who may change the organisation tree and reference data. Reading reference data is open
// to every signed-in user of a visible organisation (forms need it).
import type { Actor } from '../../platform/access/actor.js';
import { can } from '../../platform/access/actor.js';

export const orgPolicy = {
  /** Create a child of `parentId` or edit organisation `orgId`: staff of it or of an ancestor that sees it. */
  manageOrg: (actor: Actor, orgId: number) => can(actor, 'org.manage') && actor.visibleOrgIds.includes(orgId),
  /** Reference data is kept by the organisation's own office. */
  manageRefData: (actor: Actor, orgId: number) => can(actor, 'refdata.manage') && actor.orgId === orgId,
  readRefData: (actor: Actor, orgId: number) => actor.visibleOrgIds.includes(orgId),
};
