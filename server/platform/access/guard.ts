// The checks every service starts with. A failed check is a 403 (or a 404 where
// admitting the record exists would leak it: another organisation's record).
import { forbidden, notFound } from '../errors.js';
import type { Actor } from './actor.js';
import type { Permission } from './roles.js';

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!actor.permissions.has(permission)) throw forbidden();
}

export function canReadOrg(actor: Actor, orgId: number): boolean {
  return actor.visibleOrgIds.includes(orgId);
}

/** Records of organisations the actor cannot see are reported as missing, not forbidden. */
export function requireOrgRead(actor: Actor, orgId: number): void {
  if (!canReadOrg(actor, orgId)) throw notFound();
}

/** Only the home organisation's records may be changed; parents read their counties, never write. */
export function requireOrgWrite(actor: Actor, orgId: number): void {
  requireOrgRead(actor, orgId);
  if (actor.orgId !== orgId) throw forbidden('ORG_READ_ONLY', undefined);
}
