// Research reports and their SMART recommendations through the API: a recommendation without a
// metric or an owner department is refused when sent, naming the missing field, and accepted
// once completed; its department answers and reports progress; the office marks it done or
// drops it; the tracker puts overdue ones first; an overdue one reminds the department and the
// office once per deadline; the year's figure counts the shares adopted and done. A department
// sees only what was sent to it; another county's office gets 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { signIn } from '../workplan.test-helpers.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  edu: 'jiaoyuju',
  housing: 'zhujianju',
  zhang: 'zhangjianguo',
  county: 'dongcheng',
} as const;

describe(`workplan: research recommendations (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let reportId: number;
  let rec: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-03-01T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
  });
  afterAll(async () => ctx?.close());

  const full = () => ({
    title: '扩大普惠性托育服务供给',
    metric: '每千人口拥有3岁以下婴幼儿托位数',
    target: '4.5个',
    actions: '依托幼儿园开设托班，对社区托育点给予运营补贴',
    unitId: fx.units['市教育局'],
    accountablePerson: '市教育局分管副局长',
    dueOn: '2026-03-04',
  });
  const notices = async (id: number) =>
    (
      await ctx.platform.db
        .selectFrom('notifications as n')
        .innerJoin('users as u', 'u.id', 'n.user_id')
        .select(['n.kind', 'u.username'])
        .where('n.object_type', '=', 'workplan_recommendation')
        .where('n.object_id', '=', String(id))
        .orderBy('n.id')
        .execute()
    ).map((r) => `${r.kind} ${r.username}`);

  it('refuses to send a recommendation without a metric or an owner, naming the field', async () => {
    expectError(await c.leader.post('/api/workplan/reports', { year: 2026, title: '托育', summary: '调研' }), 403);
    const report = await c.staff.post('/api/workplan/reports', {
      year: 2026,
      title: '关于发展普惠托育服务的调研报告',
      summary: '专题组走访了12家托育机构和6个社区，梳理出托位不足、收费偏高等问题。',
    });
    expect(report.statusCode, report.body).toBe(201);
    reportId = report.json().id;
    const { metric: _m, ...noMetric } = full();
    const draft = await c.staff.post(`/api/workplan/reports/${reportId}/recommendations`, noMetric);
    expect(draft.statusCode, draft.body).toBe(201);
    rec = draft.json().id;
    expect(draft.json()).toMatchObject({ status: 'draft', missing: ['metric'] });
    const refused = await c.staff.post(`/api/workplan/recommendations/${rec}/send`);
    expectError(refused, 400, 'VALIDATION_FAILED');
    expect(refused.json().error.details).toEqual([{ path: 'metric', message: '缺少考核指标' }]);

    const { unitId: _u, ...noOwner } = full();
    const ownerless = await c.staff.post(`/api/workplan/reports/${reportId}/recommendations`, noOwner);
    const noUnit = await c.staff.post(`/api/workplan/recommendations/${ownerless.json().id}/send`);
    expectError(noUnit, 400);
    expect(noUnit.json().error.details.map((d: { path: string }) => d.path)).toEqual(['unitId']);
    // A draft is the office's: the department neither sees nor answers it.
    expectError(await c.edu.get(`/api/workplan/recommendations/${rec}`), 404);

    const completed = await c.staff.patch(`/api/workplan/recommendations/${rec}`, { metric: full().metric });
    expect(completed.json().missing).toEqual([]);
    const sent = await c.staff.post(`/api/workplan/recommendations/${rec}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('sent');
    expect(await notices(rec)).toEqual(['workplan.recommendation_sent jiaoyuju']);
    expectError(await c.staff.post(`/api/workplan/recommendations/${rec}/send`), 409, 'RECOMMENDATION_SENT');
    // Once sent it stays SMART: clearing the target is refused.
    expectError(await c.staff.patch(`/api/workplan/recommendations/${rec}`, { target: null }), 400);
  });

  it('lets only its department answer and report progress; the office settles it', async () => {
    expectError(await c.housing.get(`/api/workplan/recommendations/${rec}`), 404);
    expectError(await c.edu.post(`/api/workplan/recommendations/${rec}/progress`, { note: '已启动' }), 409);
    expectError(
      await c.staff.post(`/api/workplan/recommendations/${rec}/answer`, { kind: 'adopted', answer: '采纳' }),
      403,
    );
    const answered = await c.edu.post(`/api/workplan/recommendations/${rec}/answer`, {
      kind: 'adopted',
      answer: '采纳。已将托位建设纳入今年民生实事项目。',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', answerKind: 'adopted' });
    const progress = await c.edu.post(`/api/workplan/recommendations/${rec}/progress`, {
      note: '新增托班18个，托位540个。',
    });
    expect(progress.json().events.map((e: { kind: string }) => e.kind)).toEqual(['sent', 'answered', 'progress']);
    expect((await c.edu.get('/api/workplan/recommendations')).json().items.map((r: { id: number }) => r.id)).toEqual([
      rec,
    ]);
    expect((await c.housing.get('/api/workplan/recommendations')).json().total).toBe(0);
    expectError(await c.edu.get(`/api/workplan/reports/${reportId}`), 403);
    expectError(await c.zhang.get('/api/workplan/recommendations'), 403);
    expectError(await c.county.get(`/api/workplan/recommendations/${rec}`), 404, 'RECOMMENDATION_NOT_FOUND');
    expectError(await c.county.post(`/api/workplan/recommendations/${rec}/complete`, { note: '越权办结' }), 404);
  });

  it('reminds the department and the office once per deadline when overdue, and lists overdue first', async () => {
    const other = await c.staff.post(`/api/workplan/reports/${reportId}/recommendations`, {
      ...full(),
      title: '规范托育机构收费',
      dueOn: '2026-06-30',
    });
    await c.staff.post(`/api/workplan/recommendations/${other.json().id}/send`);
    const tick = async (days: number) => {
      for (let h = 0; h < days * 24; h += 6) {
        ctx.clock.advance(6 * 3_600_000);
        await ctx.platform.jobs.tick();
      }
    };
    await tick(3); // 4 March: due today, not late
    expect((await notices(rec)).filter((n) => n.includes('overdue'))).toEqual([]);
    await tick(1);
    expect((await notices(rec)).filter((n) => n.includes('overdue'))).toEqual([
      'workplan.recommendation_overdue jiaoyuju',
      'workplan.recommendation_overdue staff',
    ]);
    await tick(2);
    expect((await notices(rec)).filter((n) => n.includes('overdue'))).toHaveLength(2);
    c = await signIn(ctx, PEOPLE);
    const list = (await c.staff.get('/api/workplan/recommendations?year=2026')).json();
    expect(list.items.map((r: { id: number; overdue: boolean }) => [r.id, r.overdue]).slice(0, 2)).toEqual([
      [rec, true],
      [other.json().id, false],
    ]);
    const overdue = (await c.staff.get('/api/workplan/recommendations?overdue=1')).json();
    expect(overdue.items.map((r: { id: number }) => r.id)).toEqual([rec]);
    // A moved deadline, missed again, is reminded again.
    expect((await c.staff.patch(`/api/workplan/recommendations/${rec}`, { dueOn: '2026-03-10' })).statusCode).toBe(200);
    await tick(4);
    expect((await notices(rec)).filter((n) => n.includes('overdue'))).toHaveLength(4);
  });

  it('counts the year: shares adopted and done among those sent', async () => {
    c = await signIn(ctx, PEOPLE); // the days ticked away ended the sessions
    const done = await c.staff.post(`/api/workplan/recommendations/${rec}/complete`, { note: '托位目标已完成。' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', settleNote: '托位目标已完成。', allowedActions: [] });
    const list = (await c.staff.get(`/api/workplan/reports/${reportId}`)).json();
    const second = list.recommendations.find((r: { title: string }) => r.title === '规范托育机构收费');
    const dropped = await c.staff.post(`/api/workplan/recommendations/${second.id}/drop`, {
      reason: '收费标准已由市发改委统一出台',
    });
    expect(dropped.json().status).toBe('dropped');
    const figures = (await c.leader.get('/api/workplan/recommendations/figures?year=2026')).json();
    // Sent: the done one and the dropped one; the ownerless draft does not count.
    expect(figures).toEqual({ year: 2026, sent: 2, adopted: 1, done: 1, dropped: 1, adoptedShare: 50, doneShare: 50 });
    expectError(await c.edu.get('/api/workplan/recommendations/figures'), 403);
  });
});
