// Evaluation campaigns: the city's office writes one, sets weighted criteria, imports the
// objects from its workbook (a preview naming every bad row, then all or nothing), names the
// members taking part and opens it only when all of that is there; a leader reads it, a county
// and members do not; steps out of order are refused with the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { CRITERIA, objectsBook, PARKS_CAMPAIGN, signIn, uploadObjects } from './campaigns.test-helpers.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  county: 'dongcheng',
  unit: 'jiaoyuju',
} as const;

describe(`supervision: evaluation campaigns (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let id: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-04-20T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
  });
  afterAll(async () => ctx?.close());

  const detail = async () => {
    const res = await c.staff.get(`/api/supervision/campaigns/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('lets the office write a campaign; refuses bad periods and other roles', async () => {
    expectError(await c.staff.post('/api/supervision/campaigns', { ...PARKS_CAMPAIGN, endsOn: '2026-04-01' }), 400);
    expectError(await c.staff.post('/api/supervision/campaigns', { ...PARKS_CAMPAIGN, objectKind: 'moon' }), 400);
    expectError(await c.leader.post('/api/supervision/campaigns', PARKS_CAMPAIGN), 403);
    expectError(await c.zhang.post('/api/supervision/campaigns', PARKS_CAMPAIGN), 403);
    const res = await c.staff.post('/api/supervision/campaigns', PARKS_CAMPAIGN);
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ status: 'draft', orgId: fx.city, visitsPerObject: 2 });
    expect((await c.leader.get('/api/supervision/campaigns')).json().map((x: { id: number }) => x.id)).toEqual([id]);
    expect((await c.county.get('/api/supervision/campaigns')).json()).toEqual([]);
    expectError(await c.county.get(`/api/supervision/campaigns/${id}`), 404, 'EVAL_CAMPAIGN_NOT_FOUND');
    expectError(await c.unit.get('/api/supervision/campaigns'), 403);
    expectError(await c.zhang.get(`/api/supervision/campaigns/${id}`), 403);
    expectError(await c.staff.patch(`/api/supervision/campaigns/${id}`, {}), 400);
    const edited = await c.staff.patch(`/api/supervision/campaigns/${id}`, { title: '2026年政协委员眼中的公园' });
    expect(edited.json()).toMatchObject({ title: '2026年政协委员眼中的公园', version: 2 });
  });

  it('will not open before it has criteria weighing 100, objects and participants', async () => {
    expect((await detail()).openProblems).toEqual(['尚未设置评议指标', '尚未导入评议对象', '尚未确定参加委员']);
    expectError(await c.staff.post(`/api/supervision/campaigns/${id}/open`), 409, 'CAMPAIGN_NOT_READY');
    const uneven = CRITERIA.map((x, i) => (i === 0 ? { ...x, weight: 10 } : x));
    expect(
      (await c.staff.put(`/api/supervision/campaigns/${id}/criteria`, { criteria: uneven })).json().openProblems,
    ).toContain('评议指标权重合计应为 100');
    expectError(
      await c.staff.put(`/api/supervision/campaigns/${id}/criteria`, { criteria: [CRITERIA[0], CRITERIA[0]] }),
      400,
    );
    const set = await c.staff.put(`/api/supervision/campaigns/${id}/criteria`, { criteria: CRITERIA });
    expect(set.json().criteria.map((x: { name: string; weight: number }) => [x.name, x.weight])).toEqual(
      CRITERIA.map((x) => [x.name, x.weight]),
    );
  });

  it('previews a workbook row by row, refuses it while any row is wrong, then stores every row', async () => {
    const bad = await objectsBook([
      ['滨江体育公园', '滨江大道188号', '江临区', '体育公园', 31.2381, 121.4902, '市住房和城乡建设局'],
      ['', '无名路', '江临区', '口袋公园', null, null, null],
      ['南湖口袋公园', '南湖路与文昌街交叉口', '南湖区', '口袋公园', 'north', 121.45, null],
      ['滨江体育公园', '重复的一行', '江临区', '体育公园', null, null, null],
      ['西山森林公园', '西山路1号', '西山区', '郊野公园', 31.3, null, '市园林局'],
    ]);
    const preview = await uploadObjects(c.staff, id, bad, true);
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json();
    expect(p).toMatchObject({ valid: 1, invalid: 4 });
    expect(
      p.rows.map((r: { row: number; errors: { column: string }[] }) => [r.row, r.errors.map((e) => e.column)]),
    ).toEqual([
      [3, []],
      [4, ['名称']],
      [5, ['纬度']],
      [6, ['名称']],
      [7, ['经度']],
    ]);
    const refused = await uploadObjects(c.staff, id, bad, false);
    expectError(refused, 400, 'VALIDATION_FAILED');
    expect(refused.json().error.details.map((d: { path: string }) => d.path)).toContain('第5行 纬度');
    expect((await c.staff.get(`/api/supervision/campaigns/${id}/objects`)).json()).toEqual([]);

    const good = await objectsBook([
      ['滨江体育公园', '滨江大道188号', '江临区', '体育公园', 31.2381, 121.4902, '市住房和城乡建设局'],
      ['南湖口袋公园', '南湖路与文昌街交叉口', '南湖区', '口袋公园', 31.2109, 121.4533, '市园林局'],
      ['西山森林公园', '西山路1号', '西山区', '郊野公园', null, null, null],
    ]);
    const stored = await uploadObjects(c.staff, id, good, false);
    expect(stored.statusCode, stored.body).toBe(201);
    expect(stored.json()).toEqual({ added: 3 });
    const objects = (await c.staff.get(`/api/supervision/campaigns/${id}/objects`)).json();
    expect(objects.map((o: { name: string }) => o.name)).toEqual(['滨江体育公园', '南湖口袋公园', '西山森林公园']);
    // A department that is one of the organisation's handling units is linked to it.
    expect(objects[0]).toMatchObject({
      responsibleUnitId: fx.units['市住房和城乡建设局'],
      lat: 31.2381,
      lon: 121.4902,
    });
    expect(objects[1]).toMatchObject({ responsibleUnit: '市园林局', responsibleUnitId: null });
    // The same workbook again: every name is now taken.
    expect((await uploadObjects(c.staff, id, good, true)).json()).toMatchObject({ valid: 0, invalid: 3 });
    // Not a workbook at all.
    expectError(await uploadObjects(c.staff, id, Buffer.from('not a workbook'), true), 400, 'VALIDATION_FAILED');
    expectError(await uploadObjects(c.leader, id, good, true), 403);
    // By hand, with the same checks.
    expectError(
      await c.staff.post(`/api/supervision/campaigns/${id}/objects`, { objects: [{ name: '南湖口袋公园' }] }),
      400,
    );
    expectError(
      await c.staff.post(`/api/supervision/campaigns/${id}/objects`, { objects: [{ name: '东湖公园', lat: 31.1 }] }),
      400,
    );
    const byHand = await c.staff.post(`/api/supervision/campaigns/${id}/objects`, {
      objects: [{ name: '东湖公园', district: '江临区', lat: 31.25, lon: 121.5 }],
    });
    expect(byHand.statusCode, byHand.body).toBe(201);
  });

  it('takes the organisation’s own members as participants, with districts and teams', async () => {
    expectError(
      await c.staff.put(`/api/supervision/campaigns/${id}/participants`, {
        participants: [{ memberId: fx.members.zhao }],
      }),
      400,
    );
    expectError(
      await c.staff.put(`/api/supervision/campaigns/${id}/participants`, {
        participants: [{ memberId: fx.members.zhang }, { memberId: fx.members.zhang }],
      }),
      400,
    );
    const set = await c.staff.put(`/api/supervision/campaigns/${id}/participants`, {
      participants: [
        { memberId: fx.members.zhang, district: '江临区', team: '第一组' },
        { memberId: fx.members.li, district: '南湖区', team: '第一组' },
        { memberId: fx.members.wang, district: '西山区' },
      ],
    });
    expect(set.json()).toEqual({ count: 3 });
    const list = (await c.leader.get(`/api/supervision/campaigns/${id}/participants`)).json();
    expect(
      list.map((p: { name: string; team: string | null; district: string }) => [p.name, p.team, p.district]),
    ).toEqual(
      expect.arrayContaining([
        ['张建国', '第一组', '江临区'],
        ['李晓梅', '第一组', '南湖区'],
        ['王志强', null, '西山区'],
      ]),
    );
    // The by-hand assignment dialog offers every team, before any holds an assignment.
    const teams = await c.leader.get(`/api/supervision/campaigns/${id}/teams`);
    expect(teams.statusCode, teams.body).toBe(200);
    expect(teams.json()).toEqual([{ id: expect.any(Number), name: '第一组', members: 2 }]);
    expectError(await c.staff.get(`/api/supervision/campaigns/999999/teams`), 404);
  });

  it('opens, then refuses criteria changes and steps out of order; removes an unvisited object', async () => {
    expect((await detail()).openProblems).toEqual([]);
    expectError(await c.staff.post(`/api/supervision/campaigns/${id}/close`), 409, 'CAMPAIGN_NOT_REVIEWING');
    const opened = await c.staff.post(`/api/supervision/campaigns/${id}/open`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ status: 'open', objects: 4, participants: 3 });
    expectError(
      await c.staff.put(`/api/supervision/campaigns/${id}/criteria`, { criteria: CRITERIA }),
      409,
      'CAMPAIGN_NOT_DRAFT',
    );
    expectError(
      await c.staff.patch(`/api/supervision/campaigns/${id}`, { visitsPerObject: 3 }),
      409,
      'CAMPAIGN_NOT_DRAFT',
    );
    expectError(await c.staff.post(`/api/supervision/campaigns/${id}/open`), 409);
    const objects = (await c.staff.get(`/api/supervision/campaigns/${id}/objects`)).json();
    const east = objects.find((o: { name: string }) => o.name === '东湖公园').id;
    expectError(await c.leader.delete(`/api/supervision/campaigns/${id}/objects/${east}`), 403);
    expect((await c.staff.delete(`/api/supervision/campaigns/${id}/objects/${east}`)).statusCode).toBe(200);
    expectError(await c.staff.delete(`/api/supervision/campaigns/${id}/objects/${east}`), 404, 'EVAL_OBJECT_NOT_FOUND');
    expect((await c.staff.post(`/api/supervision/campaigns/${id}/review`)).json().status).toBe('reviewing');
    expectError(
      await c.staff.post(`/api/supervision/campaigns/${id}/objects`, { objects: [{ name: '北湖公园' }] }),
      409,
    );
    expect((await c.staff.post(`/api/supervision/campaigns/${id}/close`)).json().status).toBe('closed');
    expectError(await c.staff.patch(`/api/supervision/campaigns/${id}`, { title: '改不了了' }), 409, 'CAMPAIGN_CLOSED');
  });

  it('audits every step', async () => {
    const rows = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'supervision_campaign')
      .where('object_id', '=', String(id))
      .execute();
    expect(new Set(rows.map((r) => r.action))).toEqual(
      new Set([
        'supervision.campaign_create',
        'supervision.campaign_update',
        'supervision.criteria_set',
        'supervision.objects_import',
        'supervision.objects_add',
        'supervision.participants_set',
        'supervision.campaign_open',
        'supervision.object_delete',
        'supervision.campaign_review',
        'supervision.campaign_close',
      ]),
    );
  });
});
