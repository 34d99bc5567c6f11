// Who may read, change and unmask which member records. The roster is read by the office
// and leaders of the organisation and of the organisations above it that it shares with;
// only the member's own organisation changes it.
import type { Actor } from '../../platform/access/actor.js';
import { can } from '../../platform/access/actor.js';
import { canReadOrg } from '../../platform/access/guard.js';

export const memberPolicy = {
  list: (actor: Actor, orgId: number) => can(actor, 'members.read') && canReadOrg(actor, orgId),
  read: (actor: Actor, record: { org_id: number }) => can(actor, 'members.read') && canReadOrg(actor, record.org_id),
  write: (actor: Actor, record: { org_id: number }) => can(actor, 'members.write') && actor.orgId === record.org_id,
  /**
   * Full phone and ID number: a separate permission, every use audited, and only for the
   * office's own organisation — a parent reads a county's roster, but the county's members'
   * personal data stays with the county (least privilege).
   */
  unmask: (actor: Actor, record: { org_id: number }) => can(actor, 'members.unmask') && actor.orgId === record.org_id,
  /** Finding a member by exact phone or ID number handles the raw values: the same trust as unmasking. */
  lookup: (actor: Actor, orgId: number) => can(actor, 'members.unmask') && actor.orgId === orgId,
  exportUnmasked: (actor: Actor, orgId: number) =>
    can(actor, 'members.unmask') && can(actor, 'members.export') && actor.orgId === orgId,
  isSelf: (actor: Actor, record: { id: number }) => actor.memberId === record.id,
};
