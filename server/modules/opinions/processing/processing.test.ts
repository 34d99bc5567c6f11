// Routing and answers through the API: an opinion or a whole group routed to a department with
// a due date, the department's list, its answer (once for a group) returned to each submitter,
// a reroute asked for and done, an opinion routed into a proposal draft with its submitters as
// proposers, kept on record with a reason; the public receipt lookup; and who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import {
  client,
  createTestContext,
  ENGINE,
  expectError,
  type Client,
  type TestContext,
} from '../../../test/harness.js';
import { receiptHashOf } from './receipt.service.js';
import { insertOpinion, signIn } from './processing.test-helpers.js';

const ANSWER = '经研究，我局已将该路段纳入今年道路维修计划，预计九月底前完成施工，届时将恢复正常通行。';

describe(`opinions: routing and answers (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<'staff' | 'leader' | 'zhang' | 'li' | 'county' | 'unit' | 'unit2', Client>;
  const PEOPLE = {
    staff: 'staff',
    leader: 'leader',
    zhang: 'zhangjianguo',
    li: 'lixiaomei',
    county: 'dongcheng',
    unit: 'jiaoyuju',
    unit2: 'zhujianju',
  } as const;
  /** Moves the clock and signs everyone in again (a session ends after 30 idle minutes). */
  const at = async (when: string) => {
    ctx.clock.set(when);
    c = await signIn(ctx, PEOPLE);
  };
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    await at('2026-05-10T02:00:00Z');
  });
  afterAll(async () => ctx?.close());

  const notices = (userId: number, kind: string) =>
    ctx.platform.db
      .selectFrom('notifications')
      .select(['title', 'body', 'link'])
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .execute();
  const status = async (id: number) =>
    await ctx.platform.db
      .selectFrom('opinions')
      .select(['status', 'route_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const routeTo = (who: Client, id: number, body: object) => who.post(`/api/opinions/${id}/route`, body);

  it('routes an opinion to a department with a due date; the department sees it and answers; the member reads the answer', async () => {
    const id = await insertOpinion(ctx.platform, {
      orgId: fx.city,
      memberId: fx.members.zhang,
      title: '学校门口道路破损',
      body: '市一中门口道路破损多年，学生上下学不安全，建议尽快维修。',
    });
    expectError(await routeTo(c.leader, id, { kind: 'unit', unitId: fx.units['市教育局'] }), 403);
    expectError(await routeTo(c.county, id, { kind: 'unit', unitId: fx.units['市教育局'] }), 404);
    expectError(await routeTo(c.staff, id, { kind: 'unit', unitId: fx.countyUnit }), 400, 'VALIDATION_FAILED');
    expectError(await routeTo(c.staff, id, { kind: 'unit' }), 400, 'VALIDATION_FAILED');
    expectError(
      await routeTo(c.staff, id, { kind: 'unit', unitId: fx.units['市教育局'], dueOn: '2026-05-01' }),
      400,
      'VALIDATION_FAILED',
    );
    const routed = await routeTo(c.staff, id, {
      kind: 'unit',
      unitId: fx.units['市教育局'],
      dueOn: '2026-05-25',
      note: '请会同交通部门办理',
    });
    expect(routed.statusCode, routed.body).toBe(200);
    expect(routed.json()).toMatchObject({ kind: 'unit', opinions: 1 });
    expect((await status(id)).status).toBe('routed');
    expect(await notices(fx.users.unit!.id, 'opinion.routed')).toHaveLength(1);
    expect((await notices(fx.users.member!.id, 'opinion.routed_own'))[0]!.body).toContain('交市教育局办理');

    const mine = (await c.unit.get('/api/opinions/unit/routes')).json();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      dueOn: '2026-05-25',
      overdue: false,
      allowedActions: ['answerRoute', 'requestReroute'],
    });
    expect(mine[0].opinions[0]).toMatchObject({ id, title: '学校门口道路破损' });
    expect(JSON.stringify(mine)).not.toContain('张建国');
    expect((await c.unit2.get('/api/opinions/unit/routes')).json()).toEqual([]);
    const routeId = mine[0].id;
    expectError(await c.unit2.post(`/api/opinions/routes/${routeId}/answer`, { answer: ANSWER }), 404);
    expectError(
      await c.staff.post(`/api/opinions/routes/${routeId}/answer`, { answer: ANSWER }),
      403,
      'NOT_ROUTE_ANSWERER',
    );
    expectError(await c.zhang.get(`/api/opinions/unit/routes`), 403);

    // Past the due date it shows overdue, on the department's list and the office's view.
    await at('2026-05-27T02:00:00Z');
    expect((await c.unit.get('/api/opinions/unit/routes')).json()[0].overdue).toBe(true);
    const answered = await c.unit.post(`/api/opinions/routes/${routeId}/answer`, { answer: ANSWER });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', answer: ANSWER, overdue: false });
    expectError(await c.unit.post(`/api/opinions/routes/${routeId}/answer`, { answer: ANSWER }), 409, 'ROUTE_ANSWERED');
    expect((await status(id)).status).toBe('answered');
    const told = await notices(fx.users.member!.id, 'opinion.answered');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ link: `/opinions/mine/${id}` });

    const view = await c.zhang.get(`/api/opinions/${id}/answer`);
    expect(view.json()).toMatchObject({
      status: 'answered',
      route: { kind: 'unit', unitName: '市教育局', answer: ANSWER },
    });
    expectError(await c.li.get(`/api/opinions/${id}/answer`), 404);
    expect((await c.leader.get(`/api/opinions/${id}/answer`)).statusCode).toBe(200);
    const office = (await c.staff.get(`/api/opinions/${id}/processing`)).json();
    expect(office).toMatchObject({ status: 'answered', route: { status: 'answered' }, office: true });
    expect(office.allowedActions).not.toContain('routeOpinion');
    expectError(await routeTo(c.staff, id, { kind: 'unit', unitId: fx.units['市教育局'] }), 409, 'OPINION_ANSWERED');
  });

  it('routes a whole group once; the answer reaches every submitter', async () => {
    const group = 9001;
    const ids = [
      await insertOpinion(ctx.platform, {
        orgId: fx.city,
        memberId: fx.members.zhang,
        groupId: group,
        title: '增加公交线路',
        body: '新区没有公交，建议开通公交线路。',
      }),
      await insertOpinion(ctx.platform, {
        orgId: fx.city,
        memberId: fx.members.li,
        groupId: group,
        title: '新区公交',
        body: '新区居民出行难，希望增开公交车。',
      }),
      await insertOpinion(ctx.platform, {
        orgId: fx.city,
        groupId: group,
        title: '开通公交',
        body: '请给新区开一条公交。',
        receiptHash: receiptHashOf('GJ-2026-0001'),
      }),
    ];
    const res = await c.staff.post(`/api/opinions/groups/${group}/route`, {
      kind: 'unit',
      unitId: fx.units['市住房和城乡建设局'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().opinions).toBe(3);
    // The office reads the group's size on each opinion.
    expect((await c.staff.get(`/api/opinions/${ids[1]}/processing`)).json()).toMatchObject({
      groupId: group,
      groupSize: 3,
      route: { kind: 'unit', groupId: group, dueOn: '2026-06-11' },
    });
    const list = (await c.unit2.get('/api/opinions/unit/routes')).json();
    expect(list[0].opinions).toHaveLength(3);
    const answer = '新区公交线路已列入今年公交线网优化方案，预计下半年开通两条线路。';
    expect((await c.unit2.post(`/api/opinions/routes/${list[0].id}/answer`, { answer })).statusCode).toBe(200);
    for (const id of ids) expect((await status(id)).status).toBe('answered');
    expect(await notices(fx.users.member2!.id, 'opinion.answered')).toHaveLength(1);

    // The resident reads it with the receipt code, typed loosely; nothing about who wrote it.
    const anon = client(ctx, '10.9.9.9');
    anon.csrf = (await anon.get('/api/auth/csrf')).json().csrfToken;
    const r = await anon.post('/api/public/opinions/receipt', { code: ' gj2026-0001 ' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      title: '开通公交',
      status: 'answered',
      answer,
      routedTo: { kind: 'unit', unitName: '市住房和城乡建设局' },
    });
    expectError(await anon.post('/api/public/opinions/receipt', { code: 'GJ-2026-9999' }), 404, 'RECEIPT_NOT_FOUND');
    const codes: number[] = [];
    for (let i = 0; i < 10; i++)
      codes.push((await anon.post('/api/public/opinions/receipt', { code: 'GJ-2026-0001' })).statusCode);
    expect(codes).toContain(429);
  });

  it('takes a reroute request to the office, which sends the opinion elsewhere', async () => {
    const id = await insertOpinion(ctx.platform, {
      orgId: fx.city,
      memberId: fx.members.li,
      title: '医院挂号难',
      body: '市人民医院专家号难挂，建议增加号源。',
    });
    await routeTo(c.staff, id, { kind: 'unit', unitId: fx.units['市教育局'] });
    const routeId = (await status(id)).route_id!;
    expectError(await c.unit2.post(`/api/opinions/routes/${routeId}/reroute-request`, { reason: '不归我局' }), 404);
    const asked = await c.unit.post(`/api/opinions/routes/${routeId}/reroute-request`, {
      reason: '该事项属卫生健康部门职责',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({ status: 'reroute_requested', rerouteReason: '该事项属卫生健康部门职责' });
    expect(await notices(fx.users.staff!.id, 'opinion.reroute_requested')).toHaveLength(1);
    expectError(
      await c.unit.post(`/api/opinions/routes/${routeId}/answer`, { answer: ANSWER }),
      409,
      'REROUTE_REQUESTED',
    );
    expect((await routeTo(c.staff, id, { kind: 'unit', unitId: fx.units['市卫生健康委员会'] })).statusCode).toBe(200);
    const old = await ctx.platform.db
      .selectFrom('opinion_routes')
      .select('status')
      .where('id', '=', routeId)
      .executeTakeFirstOrThrow();
    expect(old.status).toBe('withdrawn');
    expect((await c.unit.get('/api/opinions/unit/routes')).json().some((r: { id: number }) => r.id === routeId)).toBe(
      false,
    );
  });

  it('routes opinions into a proposal draft with their submitters as proposers', async () => {
    const group = 9002;
    await insertOpinion(ctx.platform, {
      orgId: fx.city,
      memberId: fx.members.zhang,
      groupId: group,
      title: '加快老旧小区改造',
      body: '老旧小区设施陈旧，建议加快改造进度，加装电梯。',
    });
    await insertOpinion(ctx.platform, {
      orgId: fx.city,
      memberId: fx.members.li,
      groupId: group,
      title: '老旧小区加装电梯',
      body: '老年人上下楼困难，建议简化加装电梯审批。',
    });
    const res = await c.staff.post(`/api/opinions/groups/${group}/route`, { kind: 'proposal' });
    expect(res.statusCode, res.body).toBe(200);
    const proposalId = res.json().proposalId as number;
    const p = await ctx.platform.db
      .selectFrom('proposals')
      .selectAll()
      .where('id', '=', proposalId)
      .executeTakeFirstOrThrow();
    expect(p).toMatchObject({
      state: 'draft',
      kind: 'joint',
      title: '加快老旧小区改造',
      lead_member_id: fx.members.zhang,
      author_user_id: fx.users.member!.id,
    });
    expect(p.reasons).toContain('简化加装电梯审批');
    const proposers = await ctx.platform.db
      .selectFrom('proposal_proposers')
      .select(['member_id', 'role', 'status'])
      .where('proposal_id', '=', proposalId)
      .orderBy('sort_order')
      .execute();
    expect(proposers).toEqual([
      { member_id: fx.members.zhang, role: 'lead', status: 'accepted' },
      { member_id: fx.members.li, role: 'co', status: 'invited' },
    ]);
    expect(await notices(fx.users.member!.id, 'proposal.draft_from_opinion')).toHaveLength(1);
    expect((await notices(fx.users.member2!.id, 'proposal.invitation')).length).toBeGreaterThan(0);
    // The lead member opens it as his own draft.
    expect((await c.zhang.get(`/api/proposals/${proposalId}`)).statusCode).toBe(200);
    // A resident's opinion has no member to propose it.
    const resident = await insertOpinion(ctx.platform, {
      orgId: fx.city,
      title: '居民的建议',
      body: '建议在社区增加健身器材。',
    });
    expectError(await routeTo(c.staff, resident, { kind: 'proposal' }), 409, 'NO_MEMBER_SUBMITTER');
    // The office records the proposal's outcome as the answer.
    const routeId = (
      await ctx.platform.db
        .selectFrom('opinion_routes')
        .select('id')
        .where('proposal_id', '=', proposalId)
        .executeTakeFirstOrThrow()
    ).id;
    expectError(await c.unit.post(`/api/opinions/routes/${routeId}/answer`, { answer: ANSWER }), 404);
    expect(
      (
        await c.staff.post(`/api/opinions/routes/${routeId}/answer`, {
          answer: '已形成提案并提交政协全会，由市住建局主办。',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('keeps an opinion on record with the reason the member is told', async () => {
    const id = await insertOpinion(ctx.platform, {
      orgId: fx.city,
      memberId: fx.members.zhang,
      title: '建议举办马拉松',
      body: '建议我市每年举办城市马拉松。',
    });
    expectError(await c.staff.post(`/api/opinions/${id}/close`, { reason: '' }), 400, 'VALIDATION_FAILED');
    const res = await c.staff.post(`/api/opinions/${id}/close`, { reason: '已有相关安排，留作参考' });
    expect(res.json()).toEqual({ closed: 1 });
    expect((await status(id)).status).toBe('closed');
    expect((await notices(fx.users.member!.id, 'opinion.closed'))[0]!.body).toContain('留作参考');
    expectError(await c.staff.post(`/api/opinions/${id}/close`, { reason: '再次存档' }), 409, 'OPINION_CLOSED');
    expect((await c.zhang.get(`/api/opinions/${id}/answer`)).json()).toMatchObject({
      status: 'closed',
      closedReason: '已有相关安排，留作参考',
      route: null,
    });
  });

  it('counts the dashboard for the office and leaders; a county sees its own', async () => {
    await insertOpinion(ctx.platform, {
      orgId: fx.countyA,
      memberId: fx.members.zhao,
      title: '县城停车难',
      body: '县城中心停车位不足。',
    });
    const res = await c.leader.get('/api/opinions/dashboard');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    // 1 + 3 + 1 + 3 + 1 in the city (answered: 1 + 3 + 2), 1 in county A.
    expect(d.totals).toMatchObject({ opinions: 10, answered: 6, closed: 1, groups: 2, grouped: 5 });
    expect(d.byOrg.find((o: { id: number }) => o.id === fx.countyA).count).toBe(1);
    expect(d.groupSizes).toEqual([
      { size: 2, groups: 1 },
      { size: 3, groups: 1 },
    ]);
    expect(d.routing.byKind).toMatchObject({ unit: 5, proposal: 2 });
    expect(d.routing.medianDaysToAnswer).not.toBeNull();
    expect(d.byUnit.find((u: { name: string }) => u.name === '市教育局')).toMatchObject({ answered: 1 });
    const county = (await c.county.get('/api/opinions/dashboard')).json();
    expect(county.totals.opinions).toBe(1);
    // Kept figures are never stale: a new opinion shows on the next read.
    await insertOpinion(ctx.platform, { orgId: fx.countyA, title: '县城公厕太少', body: '县城公厕少且脏。' });
    expect((await c.county.get('/api/opinions/dashboard')).json().totals).toMatchObject({ opinions: 2, submitted: 2 });
    expect((await c.leader.get('/api/opinions/dashboard')).json().totals.opinions).toBe(11);
    expectError(await c.zhang.get('/api/opinions/dashboard'), 403);
    expectError(await c.unit.get('/api/opinions/dashboard'), 403);
  });
});
