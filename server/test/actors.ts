// Actors for calling platform services directly in tests, as the auth hook would build them.
import type { Actor } from '../platform/access/actor.js';
import type { Fixture } from './fixtures.js';

/** The city office's staff account of seedFixture (周秘书), with no permissions beyond its role's files. */
export function staffActor(fx: Fixture): Actor {
  return {
    kind: 'user',
    userId: fx.users.staff!.id,
    username: 'staff',
    displayName: '周秘书',
    orgId: fx.city,
    currentOrgId: fx.city,
    visibleOrgIds: [fx.city],
    roles: ['staff'],
    permissions: new Set(),
    memberId: null,
    unitId: null,
    leaderTitle: null,
    sessionId: 's',
    ip: '127.0.0.1',
  };
}
