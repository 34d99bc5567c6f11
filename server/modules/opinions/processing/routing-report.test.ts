// Routing into a 社情民意 report hands reports/ the opinions' text and their members as authors,
// in the routing's transaction. reports/ is built in parallel (reportIntakeOf throws "not built
// yet" on this branch), so this one case stands a test double in for it; the real path is
// tested once both are merged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../platform/access/roles.js';
import { staffActor } from '../../../test/actors.js';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, type TestContext } from '../../../test/harness.js';
import { draftsFromElsewhereOf } from '../../proposals/index.js';
import type { ReportSeed } from '../reports/index.js';
import { createProcessingRepo } from './processing.repo.js';
import { insertOpinion } from './processing.test-helpers.js';
import { createRoutingService } from './routing.service.js';

describe(`opinions: routing into a 社情民意 report (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
  });
  afterAll(async () => ctx?.close());

  it('creates the report from the group in the same transaction and records it on the route', async () => {
    const seeds: ReportSeed[] = [];
    const routing = createRoutingService({
      ...ctx.platform,
      repo: createProcessingRepo(),
      createDraft: draftsFromElsewhereOf(ctx.platform),
      createReport: async (trx, seed) => {
        seeds.push(seed);
        // Inside the routing's transaction: the opinions are there, not yet routed.
        const rows = await trx.selectFrom('opinions').select('status').where('group_id', '=', 7001).execute();
        expect(rows.map((r) => r.status)).toEqual(['submitted', 'submitted']);
        return 4242;
      },
    });
    const a = await insertOpinion(ctx.platform, {
      orgId: fx.city,
      memberId: fx.members.wang,
      groupId: 7001,
      title: '农村养老服务短缺',
      body: '农村留守老人多，养老服务设施严重不足。',
    });
    const b = await insertOpinion(ctx.platform, {
      orgId: fx.city,
      groupId: 7001,
      title: '村里没有养老院',
      body: '希望在村里建日间照料中心。',
    });
    const actor = { ...staffActor(fx), permissions: permissionsOf(['staff']) };
    const result = await routing.route(actor, { groupId: 7001 }, { kind: 'report' });
    expect(result).toMatchObject({ kind: 'report', reportId: 4242, opinions: 2 });
    expect(seeds).toEqual([
      {
        orgId: fx.city,
        title: '农村养老服务短缺',
        body: '农村留守老人多，养老服务设施严重不足。\n\n（2）村里没有养老院：希望在村里建日间照料中心。',
        authorMemberIds: [fx.members.wang],
        source: { kind: 'opinion', opinionIds: [a, b] },
        byUserId: fx.users.staff!.id,
      },
    ]);
    const route = await ctx.platform.db
      .selectFrom('opinion_routes')
      .selectAll()
      .where('id', '=', result.routeId)
      .executeTakeFirstOrThrow();
    expect(route).toMatchObject({ kind: 'report', report_id: 4242, group_id: 7001, status: 'open' });
  });
});
