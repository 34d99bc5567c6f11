// The opinions' processing records each access-matrix bundle holds: opinions written straight
// to the table (intake is another sub-domain) — one of the matrix's member to read the answer
// of, one each to classify, route and keep on record, two groups — a category, and two routes to
// the organisation's unit made through the API by its office (one to answer, one to reroute).
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import { receiptHashOf } from '../../server/modules/opinions/processing/index.js';
import type { Client } from '../../server/test/harness.js';
import type { Scenario } from '../support/scenario.js';

export interface OpinionProcessingTargets {
  /** The member's own opinion (the answer row), also classified and corrected. */
  own: number;
  routable: number;
  closable: number;
  group: number;
  closableGroup: number;
  category: number;
  /** A route to the organisation's unit, open: answered by the unit. */
  answerRoute: number;
  rerouteRoute: number;
  unit: number;
  receiptCode: string;
}

export async function opinionProcessingTargets(
  s: Scenario,
  office: Client,
  org: { id: number; unit: number; member: number },
): Promise<OpinionProcessingTargets> {
  const db = s.ctx.platform.db;
  const at = s.ctx.clock.now().toISOString();
  const receiptCode = `RC-${org.id}-7788`;
  const opinion = async (title: string, v: { member?: number; group?: number; receipt?: string } = {}) =>
    (
      await db
        .insertInto('opinions')
        .values({
          org_id: org.id,
          campaign_id: null,
          channel: v.member ? 'member' : 'public',
          member_id: v.member ?? null,
          author_name: null,
          contact_enc: null,
          contact_masked: null,
          sector_id: null,
          title,
          body: `${title}，请有关部门研究解决。`,
          place: null,
          category_id: null,
          theme_id: null,
          classified_by: null,
          classified_confidence: null,
          group_id: v.group ?? null,
          closed_reason: null,
          receipt_hash: v.receipt ? receiptHashOf(v.receipt) : null,
          created_by: null,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const group = 80_000 + org.id * 10;
  await opinion('新区公交线路太少', { group });
  await opinion('希望开通新区公交', { group });
  await opinion('老街路灯不亮', { group: group + 1 });
  await opinion('老街夜间太黑', { group: group + 1 });
  const { id: category } = (await ok(
    office.post('/api/opinions/categories', { kind: 'category', name: '城乡建设', keywords: ['道路', '路灯'] }),
    'opinion category',
  )) as { id: number };
  const routed = async (title: string) => {
    const id = await opinion(title);
    return (
      (await ok(office.post(`/api/opinions/${id}/route`, { kind: 'unit', unitId: org.unit }), 'route')) as {
        routeId: number;
      }
    ).routeId;
  };
  return {
    own: await opinion('小区门口道路破损', { member: org.member, receipt: receiptCode }),
    routable: await opinion('学校门口交通拥堵'),
    closable: await opinion('建议举办城市马拉松'),
    group,
    closableGroup: group + 1,
    category,
    answerRoute: await routed('医院挂号难'),
    rerouteRoute: await routed('菜市场环境脏乱'),
    unit: org.unit,
    receiptCode,
  };
}
