// The near-duplicate groups each access-matrix bundle holds: a campaign of the organisation
// with six opinions in two groups (one to read and merge into, one merged away) and an opinion
// to take out. Written to the tables (intake is another sub-domain's, and the engine's choice
// is not what the matrix tests), as the groups' own tests do.
import { insertCampaign, submitOpinions } from '../../server/modules/opinions/groups/groups.test-helpers.js';
import type { Platform } from '../../server/platform/platform.js';

export interface OpinionGroupTargets {
  campaign: number;
  group: number;
  /** Merged into `group` by the first role allowed to. */
  mergeable: number;
  /** A member of `group`, taken out by the first role allowed to. */
  opinion: number;
}

export async function opinionGroupTargets(p: Platform, orgId: number, createdBy: number): Promise<OpinionGroupTargets> {
  const campaign = await insertCampaign(p, orgId, createdBy);
  const ids = await submitOpinions(
    p,
    { orgId, campaignId: campaign },
    [
      '青石巷路灯坏了，请尽快修好',
      '青石巷的路灯一直不亮，希望维修',
      '青石巷路灯全坏了，赶紧修吧',
      '12路公交末班车太早，建议延长到晚上十点',
      '12路收车太早了，希望末班车晚一点',
      '建议延长12路公交的运营时间',
    ].map((body) => ({ title: '', body })),
    false,
  );
  const at = p.clock.now().toISOString();
  const group = async (members: number[]) => {
    const r = await p.db
      .insertInto('opinion_groups')
      .values({
        org_id: orgId,
        campaign_id: campaign,
        representative_id: members[0]!,
        size: members.length,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await p.db
      .updateTable('opinions')
      .set({ group_id: Number(r.id) })
      .where('id', 'in', members)
      .execute();
    return Number(r.id);
  };
  return {
    campaign,
    group: await group(ids.slice(0, 3)),
    mergeable: await group(ids.slice(3)),
    opinion: ids[0]!,
  };
}
