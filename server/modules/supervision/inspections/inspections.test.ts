// Inspections through the API: the office prepares, publishes (participants are told), starts,
// finishes or cancels an inspection and writes its findings; participants see those they take
// part in; leaders read all of the organisation; a county sees only its own, and so does the
// city; bad input is a 400, a step out of turn a 409.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { inspectionsOf } from '../index.js';
import { inspectionIn } from './inspections.test-helpers.js';

describe(`supervision: inspections (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let county: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
    county = await login(ctx, 'dongcheng', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  const noticesOf = async (inspectionId: number) =>
    (
      await ctx.platform.db
        .selectFrom('notifications as n')
        .innerJoin('users as u', 'u.id', 'n.user_id')
        .select(['n.kind', 'u.username'])
        .where('n.object_type', '=', 'supervision_inspection')
        .where('n.object_id', '=', String(inspectionId))
        .execute()
    )
      .map((r) => `${r.kind} ${r.username}`)
      .sort();

  it('goes draft → published → under way → done, telling the participants once, with findings', async () => {
    const { id, siteId } = await inspectionIn(staff, 'draft', {
      participantIds: [fx.members.zhang!],
      leader: { userId: fx.users.leader!.id },
    });
    const zhang = await login(ctx, 'zhangjianguo', PASSWORD);
    // A draft is the office's alone.
    expectError(await zhang.get(`/api/supervision/inspections/${id}`), 404);
    expect((await zhang.get('/api/supervision/inspections?scope=mine')).json().total).toBe(0);

    const published = await staff.post(`/api/supervision/inspections/${id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().allowedActions).toEqual([
      'editInspection',
      'setParticipants',
      'editSites',
      'startInspection',
      'cancelInspection',
    ]);
    expect(await noticesOf(id)).toEqual([
      'supervision.inspection_published leader',
      'supervision.inspection_published zhangjianguo',
    ]);
    // Adding a participant after publishing tells him, and nobody twice.
    const added = await staff.put(`/api/supervision/inspections/${id}/participants`, {
      memberIds: [fx.members.zhang, fx.members.li],
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(
      added
        .json()
        .participants.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['张建国', '李晓梅'].sort());
    expect(await noticesOf(id)).toHaveLength(3);

    const mine = (await zhang.get('/api/supervision/inspections?scope=mine')).json();
    expect(mine.items.map((i: { id: number }) => i.id)).toEqual([id]);
    const seen = await zhang.get(`/api/supervision/inspections/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().allowedActions).toEqual([]);

    // Findings wait until it is under way.
    expectError(
      await staff.put(`/api/supervision/inspections/${id}/findings`, { findings: '早写' }),
      409,
      'INSPECTION_NOT_STARTED',
    );
    expect((await staff.post(`/api/supervision/inspections/${id}/start`)).statusCode).toBe(200);
    const f = await staff.put(`/api/supervision/inspections/${id}/findings`, {
      findings: '多数小区已完成意愿征询，但低层住户补偿协商耗时较长。',
      sites: [{ id: siteId, findings: '幸福里小区3栋已开工，4栋因一楼住户反对停滞。' }],
    });
    expect(f.statusCode, f.body).toBe(200);
    expect(f.json().sites[0].findings).toContain('4栋');
    expect((await staff.post(`/api/supervision/inspections/${id}/finish`)).statusCode).toBe(200);
    const done = await staff.get(`/api/supervision/inspections/${id}`);
    expect(done.json()).toMatchObject({ status: 'done', participantCount: 2, siteCount: 1 });
    expect(done.json().allowedActions).toEqual(['writeFindings', 'addRecommendation']);
    // Over: no more edits, no second finish.
    expectError(await staff.patch(`/api/supervision/inspections/${id}`, { title: '改名' }), 409, 'INSPECTION_CLOSED');
    expectError(await staff.post(`/api/supervision/inspections/${id}/finish`), 409, 'INSPECTION_NOT_UNDER_WAY');

    // The duty record's read model: taken part in this year, not in another.
    expect(await inspectionsOf(ctx.platform.db, fx.members.li!, 2026)).toEqual([
      expect.objectContaining({ id, status: 'done', led: false, kind: 'thematic' }),
    ]);
    expect(await inspectionsOf(ctx.platform.db, fx.members.li!, 2025)).toEqual([]);
  });

  it('cancels with a reason, telling those who were told, and stays out of the duty record', async () => {
    const { id } = await inspectionIn(staff, 'published', { leader: { memberId: fx.members.wang! } });
    expectError(await staff.post(`/api/supervision/inspections/${id}/cancel`, { reason: ' ' }), 400);
    const res = await staff.post(`/api/supervision/inspections/${id}/cancel`, { reason: '与市人大执法检查时间冲突' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelReason: '与市人大执法检查时间冲突' });
    expect(await noticesOf(id)).toEqual([
      'supervision.inspection_cancelled wangzhiqiang',
      'supervision.inspection_published wangzhiqiang',
    ]);
    expect(await inspectionsOf(ctx.platform.db, fx.members.wang!, 2026)).toEqual([]);
    expectError(await staff.post(`/api/supervision/inspections/${id}/publish`), 409, 'INSPECTION_NOT_DRAFT');
  });

  it('keeps each organisation to its own: roster, units, lists and records', async () => {
    const city = await inspectionIn(staff, 'published', { participantIds: [fx.members.zhang!] });
    // A county picks only its own members and units.
    const body = {
      title: '县域义务教育均衡发展视察',
      subject: '校舍与师资配置',
      kind: 'concentrated',
      startsOn: '2026-03-12',
      endsOn: '2026-03-12',
    };
    const foreign = await county.post('/api/supervision/inspections', { ...body, participantIds: [fx.members.zhang] });
    expectError(foreign, 400);
    expect(foreign.json().error.details[0].path).toBe('participantIds');
    expectError(
      await county.post('/api/supervision/inspections', {
        ...body,
        sites: [{ name: '县一中', address: '城南路1号', unitId: fx.units['市教育局'] }],
      }),
      400,
    );
    const own = await county.post('/api/supervision/inspections', { ...body, participantIds: [fx.members.zhao] });
    expect(own.statusCode, own.body).toBe(201);
    const choices = (await county.get('/api/supervision/inspections/choices')).json();
    expect(choices.members.map((m: { id: number }) => m.id)).toEqual([fx.members.zhao]);
    expect(choices.units.map((u: { id: number }) => u.id)).toEqual([fx.countyUnit]);

    // Neither sees the other's, by list or by id; the city's leader reads the city's only.
    expectError(await county.get(`/api/supervision/inspections/${city.id}`), 404);
    expectError(await staff.get(`/api/supervision/inspections/${own.json().id}`), 404);
    expectError(await staff.patch(`/api/supervision/inspections/${own.json().id}`, { title: '改别人的' }), 404);
    const leader = await login(ctx, 'leader', PASSWORD);
    const list = (await leader.get('/api/supervision/inspections?scope=org')).json();
    expect(list.items.some((i: { id: number }) => i.id === own.json().id)).toBe(false);
    expect(list.items.some((i: { id: number }) => i.id === city.id)).toBe(true);
    // A leader reads but does not manage; a member not taking part sees nothing; a unit has no list.
    expectError(await leader.post(`/api/supervision/inspections/${city.id}/start`), 403, 'NOT_OFFICE');
    const li = await login(ctx, 'lixiaomei', PASSWORD);
    expectError(await li.get(`/api/supervision/inspections/${city.id}`), 404);
    expectError(await li.get('/api/supervision/inspections?scope=org'), 403);
    const unit = await login(ctx, 'jiaoyuju', PASSWORD);
    expectError(await unit.get('/api/supervision/inspections?scope=mine'), 403);
  });

  it('answers bad input with a 400 naming the field', async () => {
    const base = {
      title: '农贸市场食品安全视察',
      subject: '抽检与追溯',
      kind: 'member',
      startsOn: '2026-03-20',
      endsOn: '2026-03-20',
    };
    const cases: [object, string][] = [
      [{ ...base, endsOn: '2026-03-19' }, 'endsOn'],
      [{ ...base, endsOn: '2026-06-20' }, 'endsOn'],
      [{ ...base, startsOn: '2026-02-30' }, 'startsOn'],
      [{ ...base, kind: 'tour' }, 'kind'],
      [{ ...base, title: '' }, 'title'],
      [{ ...base, participantIds: [fx.members.zhang, fx.members.zhang] }, 'participantIds'],
      [{ ...base, leader: { userId: fx.users.member!.id } }, 'leader.userId'],
      [{ ...base, leader: { memberId: fx.members.zhao } }, 'leader.memberId'],
    ];
    for (const [body, path] of cases) {
      const res = await staff.post('/api/supervision/inspections', body);
      expectError(res, 400);
      expect(JSON.stringify(res.json().error.details), JSON.stringify(body)).toContain(path);
    }
    const { id, siteId } = await inspectionIn(staff, 'under_way');
    // Sites may still be added and removed while it is under way.
    const added = await staff.post(`/api/supervision/inspections/${id}/sites`, {
      name: '和平里小区',
      address: '和平路6号',
    });
    expect(added.json().sites.map((s: { name: string }) => s.name)).toEqual(['幸福里小区', '和平里小区']);
    const extra = added.json().sites[1].id as number;
    const removed = await staff.delete(`/api/supervision/inspections/${id}/sites/${extra}`);
    expect(removed.json().sites).toHaveLength(1);
    expectError(await staff.post(`/api/supervision/inspections/${id}/sites`, { name: '别处', address: '' }), 400);
    expectError(await staff.patch(`/api/supervision/inspections/${id}/sites/${siteId}`, {}), 400);
    expectError(await staff.patch(`/api/supervision/inspections/${id}/sites/999999`, { name: '别处' }), 404);
    expectError(
      await staff.put(`/api/supervision/inspections/${id}/findings`, {
        findings: null,
        sites: [{ id: 999999, findings: 'x' }],
      }),
      400,
    );
    expectError(await staff.get('/api/supervision/inspections/abc'), 400);
  });
});
