// The home page's figures for the caller: the office's queues for the organisation being
// viewed, a unit's own assignments, a leader's key proposals (and, for the committee's
// leadership, the nominations awaiting decision). Only the blocks the caller may see are read.
import type { Db } from '../../../db/tx.js';
import { can, type Actor } from '../../../platform/access/actor.js';
import type { Clock } from '../../../platform/clock.js';
import { today } from '../core/proposals.service.js';
import type { HomeRepo } from './home.repo.js';
import { homeAccess, leaderHome, officeHome, unitHome } from './home.policy.js';
import type { HomeFigures } from './home.schema.js';

export function createHomeService(deps: { db: Db; clock: Clock; homeRepo: HomeRepo }) {
  const { db, clock, homeRepo } = deps;
  return {
    async figures(actor: Actor): Promise<HomeFigures> {
      homeAccess.require(actor, 'homeFigures');
      const day = today(clock);
      const [office, unit, leader, toDecide] = await Promise.all([
        officeHome(actor) ? homeRepo.office(db, actor.currentOrgId, day) : null,
        unitHome(actor) ? homeRepo.unit(db, actor.unitId!, day) : null,
        leaderHome(actor) ? homeRepo.led(db, actor.userId, day) : null,
        can(actor, 'proposals.approve_key') ? homeRepo.toDecide(db, actor.orgId) : null,
      ]);
      return { office, unit, leader: leader && { ...leader, toDecide } };
    },
  };
}

export type HomeService = ReturnType<typeof createHomeService>;
