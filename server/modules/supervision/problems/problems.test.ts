// Problems found in an evaluation campaign, through the API: recorded on an object (routed to its
// unit) or promoted from a visit's comment, answered by that unit alone (which also sees the
// object's album photos), followed by the office (send back, settle, close) with the history of
// each step, kept to the campaign's readers and the unit; the hourly scan flags an unanswered
// problem overdue once per deadline.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { multipartFile } from '../../../test/multipart.js';
import { draftCampaign, signIn } from '../campaigns/campaigns.test-helpers.js';
import { fieldPhotoFixture } from '../photos/index.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  li: 'lixiaomei',
  county: 'dongcheng',
  housing: 'zhujianju',
  edu: 'jiaoyuju',
  health: 'weijianwei',
} as const;
const PARKS = [
  { name: '滨江体育公园', district: '江临区', lat: 31.2381, lon: 121.4902, responsibleUnit: '市住房和城乡建设局' },
  { name: '南湖口袋公园', district: '南湖区' },
];

describe(`supervision: problems found in a campaign (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let id: number;
  let objects: Record<string, number>;
  let visitId: number;
  let photoId: string;

  const kindsOf = async (problemId: number) =>
    (
      await ctx.platform.db
        .selectFrom('notifications as n')
        .innerJoin('users as u', 'u.id', 'n.user_id')
        .select(['n.kind', 'u.username'])
        .where('n.object_type', '=', 'supervision_problem')
        .where('n.object_id', '=', String(problemId))
        .orderBy('n.id')
        .execute()
    ).map((r) => `${r.kind} ${r.username}`);
  const record = (who: Client, body: object, campaignId = id) =>
    who.post(`/api/supervision/campaigns/${campaignId}/problems`, body);

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-05-20T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
    id = await draftCampaign(c.staff, PARKS, [fx.members.zhang, fx.members.li]);
    objects = Object.fromEntries(
      ((await c.staff.get(`/api/supervision/campaigns/${id}/objects`)).json() as { name: string; id: number }[]).map(
        (o) => [o.name, o.id],
      ),
    );
    // A draft has had no visit: nothing to find yet.
    expectError(
      await record(c.staff, { objectId: objects['滨江体育公园'], dueOn: '2026-06-30' }),
      409,
      'CAMPAIGN_NOT_STARTED',
    );
    expect((await c.staff.post(`/api/supervision/campaigns/${id}/assign`)).statusCode).toBe(200);
    expect((await c.staff.post(`/api/supervision/campaigns/${id}/open`)).statusCode).toBe(200);
    const photo = await fieldPhotoFixture({ takenAt: new Date('2026-05-10T09:00:00Z'), lat: 31.2381, lon: 121.4902 });
    const { payload, headers } = multipartFile('IMG.jpg', photo, 'image/jpeg');
    const up = await c.zhang.request({ method: 'POST', url: '/api/files?purpose=photo', payload, headers });
    expect(up.statusCode, up.body).toBe(201);
    photoId = up.json().id;
    const criteria = (await c.staff.get(`/api/supervision/campaigns/${id}`)).json().criteria as { id: number }[];
    const v = await c.zhang.post('/api/supervision/visits', {
      clientId: randomUUID(),
      campaignId: id,
      objectId: objects['滨江体育公园'],
      visitedAt: '2026-05-10T09:30:00Z',
      interviewee: '晨练的市民',
      interviewNotes: '北门附近三盏路灯不亮，晚上散步不安全。',
      scores: criteria.map((x) => ({ criterionId: x.id, score: 7 })),
      comment: '北门步道路灯损坏多日未修，夜间照明不足。',
      photoIds: [photoId],
    });
    expect(v.statusCode, v.body).toBe(201);
    visitId = v.json().id;
    const chosen = await c.staff.put(
      `/api/supervision/campaigns/${id}/objects/${objects['滨江体育公园']}/album-photos`,
      {
        fileIds: [photoId],
      },
    );
    expect(chosen.statusCode, chosen.body).toBe(200);
  });
  afterAll(async () => ctx?.close());

  it('is routed to the object’s unit, answered by it alone, sent back, answered again and settled', async () => {
    const made = await record(c.staff, {
      objectId: objects['滨江体育公园'],
      description: '公厕开放时间未公示，早晚时段常关闭。',
      dueOn: '2026-06-30',
    });
    expect(made.statusCode, made.body).toBe(201);
    const pid = made.json().id as number;
    expect(made.json()).toMatchObject({
      status: 'routed',
      unit: { id: fx.units['市住房和城乡建设局'] },
      object: { name: '滨江体育公园', district: '江临区' },
      visitId: null,
      photoIds: [photoId],
    });
    expect(made.json().allowedActions).toEqual(['editProblem', 'urgeProblem', 'closeProblem']);
    expect(await kindsOf(pid)).toEqual(['supervision.problem_routed zhujianju']);

    // Its unit sees it with the album's photo and may open that photo; another unit sees nothing.
    const mine = (await c.housing.get('/api/supervision/problems?scope=mine')).json();
    expect(mine.items.map((p: { id: number; allowedActions: string[] }) => [p.id, p.allowedActions])).toEqual([
      [pid, ['answerProblem']],
    ]);
    expect((await c.housing.get(`/api/files/${photoId}`)).statusCode).toBe(200);
    expectError(await c.edu.get(`/api/files/${photoId}`), 404);
    expect((await c.edu.get('/api/supervision/problems?scope=mine')).json().total).toBe(0);
    expectError(await c.edu.get(`/api/supervision/problems/${pid}`), 404);
    expectError(await c.edu.post(`/api/supervision/problems/${pid}/answer`, { kind: 'fixed', answer: '冒名' }), 404);
    expectError(await c.edu.get('/api/supervision/problems?scope=org'), 403);
    expectError(
      await c.staff.post(`/api/supervision/problems/${pid}/answer`, { kind: 'fixed', answer: '代答' }),
      403,
      'NOT_UNIT',
    );
    expectError(await c.housing.post(`/api/supervision/problems/${pid}/complete`, { note: '自己办结' }), 403);
    expectError(
      await c.staff.post(`/api/supervision/problems/${pid}/complete`, { note: '太早' }),
      409,
      'PROBLEM_NOT_ANSWERED',
    );
    // A plan names the day it will be done, and only a plan does.
    const answer = (body: object) => c.housing.post(`/api/supervision/problems/${pid}/answer`, body);
    expectError(await answer({ kind: 'planned', answer: '拟于下月整改' }), 400);
    expectError(await answer({ kind: 'fixed', answer: '已整改', plannedOn: '2026-06-01' }), 400);
    expectError(await answer({ kind: 'planned', answer: '拟整改', plannedOn: '2026-05-01' }), 400);
    expectError(await answer({ kind: 'maybe', answer: '不清楚' }), 400);
    const a1 = await answer({
      kind: 'planned',
      answer: '已联系公园管理处，拟在北门设公示牌。',
      plannedOn: '2026-06-15',
    });
    expect(a1.statusCode, a1.body).toBe(200);
    expect(a1.json()).toMatchObject({ status: 'answered', answerKind: 'planned', plannedOn: '2026-06-15' });
    expect(a1.json().allowedActions).toEqual([]);
    expectError(await answer({ kind: 'fixed', answer: '再答' }), 409, 'PROBLEM_NOT_AWAITING');

    const back = await c.staff.post(`/api/supervision/problems/${pid}/send-back`, { reason: '请明确早晚开放时段' });
    expect(back.json()).toMatchObject({ status: 'routed', answer: null, plannedOn: null });
    const a2 = await answer({ kind: 'fixed', answer: '公厕已改为6时至22时开放，并在入口公示。' });
    expect(a2.statusCode, a2.body).toBe(200);
    const done = await c.staff.post(`/api/supervision/problems/${pid}/complete`, {
      note: '现场复核，已按公示时间开放。',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', outcomeNote: '现场复核，已按公示时间开放。' });
    expect(done.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'routed',
      'answered',
      'sent_back',
      'answered',
      'done',
    ]);
    expect(done.json().events[1].note).toBe('已联系公园管理处，拟在北门设公示牌。');
    expect(await kindsOf(pid)).toEqual([
      'supervision.problem_routed zhujianju',
      'supervision.problem_answered staff',
      'supervision.problem_sent_back zhujianju',
      'supervision.problem_answered staff',
    ]);
    expectError(
      await c.staff.post(`/api/supervision/problems/${pid}/close`, { reason: '重复' }),
      409,
      'PROBLEM_SETTLED',
    );
    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'supervision_problem')
      .where('object_id', '=', String(pid))
      .execute();
    expect(audit.map((r) => r.action)).toEqual([
      'supervision.problem_route',
      'supervision.problem_answer',
      'supervision.problem_send_back',
      'supervision.problem_answer',
      'supervision.problem_done',
    ]);
  });

  it('is promoted from a visit’s comment, rerouted and closed; every bad input is a 4xx', async () => {
    const ok = { visitId, dueOn: '2026-06-30' };
    expectError(await record(c.staff, { dueOn: '2026-06-30' }), 400);
    expectError(await record(c.staff, { ...ok, dueOn: '2026-05-01' }), 400);
    expectError(await record(c.staff, { ...ok, visitId: 999999 }), 400);
    expectError(await record(c.staff, { ...ok, objectId: objects['南湖口袋公园'] }), 400);
    expectError(await record(c.staff, { objectId: 999999, description: '无此对象', dueOn: '2026-06-30' }), 400);
    // No unit linked to the object: the office names one.
    expectError(
      await record(c.staff, { objectId: objects['南湖口袋公园'], description: '长椅损坏', dueOn: '2026-06-30' }),
      400,
    );
    expectError(await record(c.staff, { ...ok, unitId: fx.countyUnit }), 400);
    expectError(await record(c.staff, { ...ok, description: '' }), 400);
    expectError(await record(c.leader, ok), 403);
    expectError(await record(c.county, ok), 404);
    expectError(await record(c.staff, ok, 999999), 404);

    const made = await record(c.staff, ok);
    expect(made.statusCode, made.body).toBe(201);
    const pid = made.json().id as number;
    expect(made.json()).toMatchObject({
      visitId,
      description: '北门步道路灯损坏多日未修，夜间照明不足。',
      object: { id: objects['滨江体育公园'] },
    });
    const moved = await c.staff.patch(`/api/supervision/problems/${pid}`, { unitId: fx.units['市卫生健康委员会'] });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().unit.id).toBe(fx.units['市卫生健康委员会']);
    expectError(await c.staff.patch(`/api/supervision/problems/${pid}`, {}), 400);
    expectError(await c.housing.get(`/api/supervision/problems/${pid}`), 404);
    expect((await c.health.get(`/api/supervision/problems/${pid}`)).statusCode).toBe(200);
    expect(await kindsOf(pid)).toEqual([
      'supervision.problem_routed zhujianju',
      'supervision.problem_routed weijianwei',
    ]);

    expectError(await c.county.get(`/api/supervision/problems/${pid}`), 404);
    expectError(await c.county.post(`/api/supervision/problems/${pid}/close`, { reason: '越权' }), 404);
    expectError(await c.county.get(`/api/supervision/campaigns/${id}/problems`), 404);
    expect((await c.county.get('/api/supervision/problems?scope=org')).json().total).toBe(0);
    expectError(await c.zhang.get(`/api/supervision/campaigns/${id}/problems`), 403);
    expectError(await c.leader.post(`/api/supervision/problems/${pid}/close`, { reason: '领导关闭' }), 403);
    expectError(await c.staff.post(`/api/supervision/problems/${pid}/close`, { reason: '' }), 400);
    expectError(await c.staff.get('/api/supervision/problems/abc'), 400);

    const closed = await c.staff.post(`/api/supervision/problems/${pid}/close`, { reason: '已并入全市路灯改造项目' });
    expect(closed.json()).toMatchObject({ status: 'closed', outcomeNote: '已并入全市路灯改造项目' });
    const list = (await c.leader.get(`/api/supervision/campaigns/${id}/problems?status=closed`)).json();
    expect(list.items.map((p: { id: number; status: string }) => [p.id, p.status])).toEqual([[pid, 'closed']]);
  });

  it('flags an unanswered problem overdue once per deadline', async () => {
    ctx.clock.set('2026-07-01T02:00:00Z');
    // Sessions lapse over a month: sign in again.
    c = { ...c, ...(await signIn(ctx, { staff: 'staff', housing: 'zhujianju' })) };
    const made = await record(c.staff, {
      objectId: objects['滨江体育公园'],
      description: '健身器材缺少安全提示。',
      dueOn: '2026-07-04',
    });
    expect(made.statusCode, made.body).toBe(201);
    const late = made.json().id as number;
    const answered = (
      await record(c.staff, { objectId: objects['滨江体育公园'], description: '垃圾桶满溢。', dueOn: '2026-07-04' })
    ).json().id as number;
    await c.housing.post(`/api/supervision/problems/${answered}/answer`, {
      kind: 'cannot',
      answer: '不属于本局职责。',
    });
    const overdue = async (pid: number) => (await kindsOf(pid)).filter((k) => k.includes('overdue'));
    const days = async (n: number) => {
      for (let h = 0; h < n * 24; h += 6) {
        ctx.clock.advance(6 * 3_600_000);
        await ctx.platform.jobs.tick();
      }
    };
    await days(3); // to 4 July: due today, not yet late
    expect(await overdue(late)).toEqual([]);
    await days(1);
    expect(await overdue(late)).toEqual(['supervision.problem_overdue zhujianju', 'supervision.problem_overdue staff']);
    await days(2);
    expect(await overdue(late)).toHaveLength(2);
    expect(await overdue(answered)).toEqual([]);
    c.staff = (await signIn(ctx, { staff: 'staff' })).staff;
    const flagged = (await c.staff.get(`/api/supervision/campaigns/${id}/problems?overdue=1`)).json();
    expect(flagged.items.map((p: { id: number; overdue: boolean }) => [p.id, p.overdue])).toEqual([[late, true]]);

    // A new deadline, missed again, is flagged again.
    const later = await c.staff.patch(`/api/supervision/problems/${late}`, { dueOn: '2026-07-08' });
    expect(later.statusCode, later.body).toBe(200);
    await days(3);
    expect(await overdue(late)).toHaveLength(4);
  });
});
