// Who gets which figures on the home page: each block is the queue of one kind of work.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities } from '../../../platform/access/rulebook.js';

export const homeAccess = abilities({
  /** The office, a handling unit's user, a leader who leads key proposals: a 403 for others (they have no queue). */
  homeFigures: (a) => officeHome(a) || unitHome(a) || leaderHome(a),
});

export const officeHome = (a: Actor) => can(a, 'proposals.manage');
export const unitHome = (a: Actor) => can(a, 'proposals.handle') && !!a.unitId;
export const leaderHome = (a: Actor) => can(a, 'proposals.lead');
