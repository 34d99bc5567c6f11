// Departments as objects (issue 16 item 6): a campaign evaluating the organisation's handling
// units on their key-proposal handling feeds each unit's score into the proposals' unit
// evaluation as its democratic evaluation score, which the office then cannot type over.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { draftCampaign, signIn } from '../campaigns/campaigns.test-helpers.js';

describe(`supervision: handling units as objects (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<'staff' | 'zhang' | 'li', Client>;
  let id: number;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-09-20T02:00:00Z');
    c = await signIn(ctx, { staff: 'staff', zhang: 'zhangjianguo', li: 'lixiaomei' });
  });
  afterAll(async () => ctx?.close());

  it('refuses an object that is not one of the organisation’s units, then takes the units', async () => {
    const extra = {
      title: '重点提案承办单位民主评议',
      objectKind: 'unit',
      startsOn: '2026-09-01',
      endsOn: '2026-10-31',
    } as const;
    const res = await c.staff.post('/api/supervision/campaigns', extra);
    expectError(
      await c.staff.post(`/api/supervision/campaigns/${res.json().id}/objects`, { objects: [{ name: '市园林局' }] }),
      400,
    );
    id = await draftCampaign(
      c.staff,
      [{ name: '市教育局' }, { name: '市卫生健康委员会' }],
      [fx.members.zhang, fx.members.li],
      extra,
    );
    const objects = (await c.staff.get(`/api/supervision/campaigns/${id}/objects`)).json();
    expect(objects.map((o: { unitId: number }) => o.unitId)).toEqual([
      fx.units['市教育局'],
      fx.units['市卫生健康委员会'],
    ]);
  });

  it('feeds the units’ scores into the unit evaluation once review starts', async () => {
    await c.staff.post(`/api/supervision/campaigns/${id}/assign`);
    await c.staff.post(`/api/supervision/campaigns/${id}/open`);
    const criteria = (await c.staff.get(`/api/supervision/campaigns/${id}`)).json().criteria as { id: number }[];
    const objects = (await c.staff.get(`/api/supervision/campaigns/${id}/objects`)).json() as {
      id: number;
      name: string;
    }[];
    const education = objects.find((o) => o.name === '市教育局')!.id;
    for (const [who, score] of [
      [c.zhang, 9],
      [c.li, 7],
    ] as const) {
      const res = await who.post('/api/supervision/visits', {
        clientId: randomUUID(),
        campaignId: id,
        objectId: education,
        visitedAt: '2026-09-15T02:00:00Z',
        interviewee: '提案办理处负责同志',
        interviewNotes: '介绍了重点提案办理进度和与提案人的沟通情况。',
        scores: criteria.map((x) => ({ criterionId: x.id, score })),
        comment: '沟通及时，落实还需加力。',
        photoIds: [],
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    expectError(await c.staff.post(`/api/supervision/campaigns/${id}/unit-scores`), 409, 'CAMPAIGN_NOT_REVIEWING');
    await c.staff.post(`/api/supervision/campaigns/${id}/review`);
    // The review screen offers the step to the office of a campaign of handling units.
    expect((await c.staff.get(`/api/supervision/campaigns/${id}/review`)).json().allowedActions).toContain(
      'feedUnitScores',
    );
    const fed = await c.staff.post(`/api/supervision/campaigns/${id}/unit-scores`);
    expect(fed.statusCode, fed.body).toBe(200);
    expect(fed.json()).toEqual({ year: 2026, units: 1 });
    const table = (await c.staff.get('/api/proposals/unit-evaluation?year=2026')).json();
    const row = (unitId: number) => table.items.find((r: { unit: { id: number } }) => r.unit.id === unitId);
    expect(row(fx.units['市教育局']!).democraticScore).toBe(80);
    expect(row(fx.units['市卫生健康委员会']!)?.democraticScore ?? null).toBeNull();
    expectError(
      await c.staff.put('/api/proposals/unit-evaluation/scores', {
        year: 2026,
        scores: [{ unitId: fx.units['市教育局'], score: 95 }],
      }),
      409,
      'SCORE_FROM_CAMPAIGN',
    );
    // Another unit's score the office may still type.
    const typed = await c.staff.put('/api/proposals/unit-evaluation/scores', {
      year: 2026,
      scores: [{ unitId: fx.units['市卫生健康委员会'], score: 88 }],
    });
    expect(typed.statusCode, typed.body).toBe(200);
  });
});
