// A background job acts as the user who started it: his identity and roles are kept in the
// job's payload, and the job rebuilds an Actor confined to the organisation it works on.
import type { Actor } from '../../../platform/access/actor.js';
import { permissionsOf, type Role } from '../../../platform/access/roles.js';

/** Who started a job, kept in its payload so the job acts (and is audited) as that user. */
export interface ActorSnapshot {
  userId: number;
  username: string;
  displayName: string;
  orgId: number;
  roles: Role[];
  ip: string;
  sessionId: string;
}

export function actorFrom(s: ActorSnapshot): Actor {
  return {
    kind: 'user',
    userId: s.userId,
    username: s.username,
    displayName: s.displayName,
    orgId: s.orgId,
    currentOrgId: s.orgId,
    visibleOrgIds: [s.orgId],
    roles: s.roles,
    permissions: permissionsOf(s.roles),
    memberId: null,
    unitId: null,
    leaderTitle: null,
    sessionId: s.sessionId,
    ip: s.ip,
  };
}

export const snapshot = (a: Actor): ActorSnapshot => ({
  userId: a.userId,
  username: a.username,
  displayName: a.displayName,
  orgId: a.orgId,
  roles: [...a.roles],
  ip: a.ip,
  sessionId: a.sessionId,
});
