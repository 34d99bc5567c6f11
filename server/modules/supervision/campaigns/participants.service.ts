// The members taking part in a campaign, each with his own district (objects there are his
// first) and optionally a team (a team visits as one: any of its members may visit for it).
// The office replaces the whole list at once; a member left off keeps the visits he made.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { invalid } from '../../../platform/errors.js';
import { membersByIds } from '../../members/index.js';
import type { EvalCampaignDeps } from './campaigns.service.js';
import { loadCampaign } from './campaigns.service.js';
import { evalCampaignAccess } from './campaigns.policy.js';

export interface ParticipantInput {
  memberId: number;
  district?: string | null;
  team?: string | null;
}

export function createParticipantService(deps: EvalCampaignDeps) {
  const { db, clock, audit, campaigns } = deps;
  return {
    async list(actor: Actor, id: number) {
      evalCampaignAccess.require(actor, 'readEvalCampaigns');
      await loadCampaign(campaigns, db, actor, id);
      return (await campaigns.participants(db, id)).map((p) => ({
        memberId: p.member_id,
        name: p.name,
        sector: p.sector,
        workUnit: p.work_unit,
        district: p.district,
        team: p.team,
        assigned: Number(p.assigned ?? 0),
        visited: Number(p.visited ?? 0),
      }));
    },

    async set(actor: Actor, id: number, input: ParticipantInput[]) {
      const ids = input.map((p) => p.memberId);
      if (new Set(ids).size !== ids.length) throw invalid('participants', '参加委员不能重复');
      return inTransaction(db, async (trx) => {
        const { c } = await loadCampaign(campaigns, trx, actor, id, 'setEvalParticipants');
        const found = await membersByIds(trx, ids);
        if (found.length !== ids.length || found.some((m) => m.org_id !== c.org_id || m.active !== 1))
          throw invalid('participants', '所选委员不存在、已不在任或不属于本单位');
        await campaigns.replaceParticipants(
          trx,
          id,
          input.map((p) => ({
            memberId: p.memberId,
            district: p.district?.trim() || null,
            team: p.team?.trim() || null,
          })),
          actor.userId,
          clock.now().toISOString(),
        );
        await campaigns.touch(trx, id, clock.now().toISOString());
        await audit.append(trx, actor, {
          action: 'supervision.participants_set',
          objectType: 'supervision_campaign',
          objectId: c.id,
          orgId: c.org_id,
          detail: { count: ids.length },
        });
        return { count: ids.length };
      });
    },
  };
}

export type ParticipantService = ReturnType<typeof createParticipantService>;
