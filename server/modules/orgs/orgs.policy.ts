// Who may change the organisation tree and reference data. Reading reference data is open
// to every signed-in user of a visible organisation (forms need it).
import type { Actor } from '../../platform/access/actor.js';
import { can } from '../../platform/access/actor.js';

/** Where an organisation sits relative to the actor's home organisation. */
export type OrgRelation = 'home' | 'descendant' | 'other';

export interface OrgCapabilities {
  /** Name, short name, region code, the TOTP requirement. */
  edit: boolean;
  /** Whether the parent sees this organisation's records: the organisation's own decision. */
  share: boolean;
  /** Deactivating is for the parent that set the organisation up, never the organisation itself. */
  deactivate: boolean;
  createChild: boolean;
}

export const orgPolicy = {
  /**
   * The tree is administered from above (staff with org.manage, over their whole subtree,
   * shared or not: names and settings are not records); an organisation's own office keeps
   * its own settings, including whether it shares with its parent.
   */
  capabilities(actor: Actor, relation: OrgRelation, hasParent: boolean): OrgCapabilities {
    const treeAdmin = can(actor, 'org.manage') && relation !== 'other';
    const ownOffice = relation === 'home' && can(actor, 'refdata.manage');
    return {
      edit: treeAdmin || ownOffice,
      share: ownOffice && hasParent,
      deactivate: treeAdmin && relation === 'descendant',
      createChild: treeAdmin,
    };
  },
  readRefData: (actor: Actor, orgId: number) => actor.visibleOrgIds.includes(orgId),
};
