// Who is making a request. Services receive it as their first argument and never read
// the HTTP request themselves.
import type { Permission, Role } from './roles.js';

export interface Actor {
  kind: 'user';
  userId: number;
  username: string;
  displayName: string;
  /** Home organisation: the only one whose records this user may change. */
  orgId: number;
  /** The organisation being viewed (the organisation switcher); always a visible one. */
  currentOrgId: number;
  /** Home organisation plus the descendants that share with it. */
  visibleOrgIds: readonly number[];
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
  memberId: number | null;
  unitId: number | null;
  leaderTitle: string | null;
  sessionId: string;
  ip: string;
}

export interface Anonymous {
  kind: 'anonymous';
  ip: string;
}

export type Principal = Actor | Anonymous;

/** Used by the CLI, jobs and the demo seeder: acts with full rights and is named as such in the audit trail. */
export interface SystemActor {
  kind: 'system';
  name: string;
}

export function isUser(p: Principal | SystemActor): p is Actor {
  return p.kind === 'user';
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}
