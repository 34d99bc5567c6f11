// Recommendations through the API: routed to a unit once the inspection is under way, answered
// by that unit alone, followed by the office (urge, send back, done, close) with the history of
// each step; the hourly scan flags an unanswered one overdue once per deadline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { inspectionIn, recommendationOf } from './inspections.test-helpers.js';

describe(`supervision: inspection recommendations (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let edu: Client;
  let housing: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
    edu = await login(ctx, 'jiaoyuju', PASSWORD);
    housing = await login(ctx, 'zhujianju', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  const kindsOf = async (id: number) =>
    (
      await ctx.platform.db
        .selectFrom('notifications as n')
        .innerJoin('users as u', 'u.id', 'n.user_id')
        .select(['n.kind', 'u.username'])
        .where('n.object_type', '=', 'supervision_recommendation')
        .where('n.object_id', '=', String(id))
        .orderBy('n.id')
        .execute()
    ).map((r) => `${r.kind} ${r.username}`);

  it('is made once under way, answered by its unit, sent back, answered again and settled', async () => {
    const draft = await inspectionIn(staff, 'published');
    expectError(
      await staff.post(`/api/supervision/inspections/${draft.id}/recommendations`, {
        title: '早了',
        body: '视察尚未开始',
        unitId: fx.units['市教育局'],
        dueOn: '2026-04-30',
      }),
      409,
      'INSPECTION_NOT_STARTED',
    );
    const { id: inspectionId } = await inspectionIn(staff, 'under_way');
    const id = await recommendationOf(staff, inspectionId, fx.units['市教育局']!);
    expect(await kindsOf(id)).toEqual(['supervision.recommendation_routed jiaoyuju']);
    expectError(
      await staff.post(`/api/supervision/inspections/${inspectionId}/cancel`, { reason: '改期' }),
      409,
      'INSPECTION_HAS_RECOMMENDATIONS',
    );
    const inspection = (await staff.get(`/api/supervision/inspections/${inspectionId}`)).json();
    expect(inspection.allowedActions).not.toContain('cancelInspection');
    expect(inspection.allowedActions).toContain('finishInspection');

    // Only its unit sees and answers it; another unit gets nothing, not even its existence.
    const mine = (await edu.get('/api/supervision/recommendations?scope=mine')).json();
    expect(mine.items.map((r: { id: number; allowedActions: string[] }) => [r.id, r.allowedActions])).toEqual([
      [id, ['answerRecommendation']],
    ]);
    expect((await housing.get('/api/supervision/recommendations?scope=mine')).json().total).toBe(0);
    expectError(await housing.get(`/api/supervision/recommendations/${id}`), 404);
    expectError(
      await housing.post(`/api/supervision/recommendations/${id}/answer`, { kind: 'accepted', answer: '冒名' }),
      404,
    );
    expectError(
      await staff.post(`/api/supervision/recommendations/${id}/answer`, { kind: 'accepted', answer: '代答' }),
      403,
      'NOT_UNIT',
    );
    expectError(
      await edu.post(`/api/supervision/recommendations/${id}/answer`, { kind: 'maybe', answer: '不清楚' }),
      400,
    );
    expectError(
      await staff.post(`/api/supervision/recommendations/${id}/complete`, { note: '太早' }),
      409,
      'RECOMMENDATION_NOT_ANSWERED',
    );

    const urged = await staff.post(`/api/supervision/recommendations/${id}/urge`, { note: '请在月底前答复' });
    expect(urged.statusCode, urged.body).toBe(200);
    const a1 = await edu.post(`/api/supervision/recommendations/${id}/answer`, {
      kind: 'partly',
      answer: '已在两个街道试点。',
    });
    expect(a1.statusCode, a1.body).toBe(200);
    expect(a1.json()).toMatchObject({ status: 'answered', answerKind: 'partly', allowedActions: [] });
    expectError(
      await edu.post(`/api/supervision/recommendations/${id}/answer`, { kind: 'accepted', answer: '再答' }),
      409,
    );

    const back = await staff.post(`/api/supervision/recommendations/${id}/send-back`, {
      reason: '请说明全市推开的时间表',
    });
    expect(back.json()).toMatchObject({ status: 'routed', answer: null });
    await edu.post(`/api/supervision/recommendations/${id}/answer`, {
      kind: 'accepted',
      answer: '已制定联合审批办法，6月起全市实行一窗受理。',
    });
    const done = await staff.post(`/api/supervision/recommendations/${id}/complete`, {
      note: '联合审批办法已印发实施。',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', outcomeNote: '联合审批办法已印发实施。' });
    expect(done.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'routed',
      'urged',
      'answered',
      'sent_back',
      'answered',
      'done',
    ]);
    // The first answer is kept in the history.
    expect(done.json().events[2].note).toBe('已在两个街道试点。');
    expect(await kindsOf(id)).toEqual([
      'supervision.recommendation_routed jiaoyuju',
      'supervision.recommendation_urged jiaoyuju',
      'supervision.recommendation_answered staff',
      'supervision.recommendation_sent_back jiaoyuju',
      'supervision.recommendation_answered staff',
    ]);
    expectError(
      await staff.post(`/api/supervision/recommendations/${id}/close`, { reason: '重复' }),
      409,
      'RECOMMENDATION_SETTLED',
    );

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'supervision_recommendation')
      .where('object_id', '=', String(id))
      .execute();
    expect(audit.map((r) => r.action)).toEqual([
      'supervision.recommendation_add',
      'supervision.recommendation_urge',
      'supervision.recommendation_answer',
      'supervision.recommendation_send_back',
      'supervision.recommendation_answer',
      'supervision.recommendation_done',
    ]);
  });

  it('is rerouted, closed with a reason, and kept to its organisation', async () => {
    const { id: inspectionId, siteId } = await inspectionIn(staff, 'under_way');
    const bad = (body: object) => staff.post(`/api/supervision/inspections/${inspectionId}/recommendations`, body);
    const ok = {
      title: '增设社区助餐点',
      body: '老旧小区老年人口集中，建议就近增设助餐点。',
      unitId: fx.units['市教育局'],
      dueOn: '2026-05-31',
    };
    expectError(await bad({ ...ok, dueOn: '2026-02-01' }), 400);
    expectError(await bad({ ...ok, unitId: fx.countyUnit }), 400);
    expectError(await bad({ ...ok, siteId: 999999 }), 400);
    const made = await bad({ ...ok, siteId });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().siteName).toBe('幸福里小区');
    const id = made.json().id as number;
    // A site a recommendation comes from stays.
    expectError(await staff.delete(`/api/supervision/inspections/${inspectionId}/sites/${siteId}`), 409, 'SITE_IN_USE');
    // Recommendations are still followed after the inspection is done.
    expect((await staff.post(`/api/supervision/inspections/${inspectionId}/finish`)).statusCode).toBe(200);

    const moved = await staff.patch(`/api/supervision/recommendations/${id}`, {
      unitId: fx.units['市住房和城乡建设局'],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().unit.id).toBe(fx.units['市住房和城乡建设局']);
    expectError(await edu.get(`/api/supervision/recommendations/${id}`), 404);
    expect((await housing.get(`/api/supervision/recommendations/${id}`)).statusCode).toBe(200);

    const county = await login(ctx, 'dongcheng', PASSWORD);
    expectError(await county.get(`/api/supervision/recommendations/${id}`), 404);
    expectError(await county.post(`/api/supervision/recommendations/${id}/close`, { reason: '越权' }), 404);
    expect((await county.get('/api/supervision/recommendations?scope=org')).json().total).toBe(0);
    expectError(await edu.get('/api/supervision/recommendations?scope=org'), 403);

    const closed = await staff.post(`/api/supervision/recommendations/${id}/close`, {
      reason: '已并入民生实事项目统一推进',
    });
    expect(closed.json()).toMatchObject({ status: 'closed', outcomeNote: '已并入民生实事项目统一推进' });
    const leader = await login(ctx, 'leader', PASSWORD);
    const org = (await leader.get(`/api/supervision/recommendations?scope=org&inspectionId=${inspectionId}`)).json();
    expect(org.items.map((r: { id: number; status: string }) => [r.id, r.status])).toEqual([[id, 'closed']]);
  });

  it('flags an unanswered recommendation overdue once per deadline', async () => {
    const { id: inspectionId } = await inspectionIn(staff, 'under_way');
    const late = await recommendationOf(staff, inspectionId, fx.units['市卫生健康委员会']!, '2026-03-04');
    const answered = await recommendationOf(staff, inspectionId, fx.units['市教育局']!, '2026-03-04');
    await edu.post(`/api/supervision/recommendations/${answered}/answer`, {
      kind: 'declined',
      answer: '不属于本局职责。',
    });
    const overdue = async (id: number) => (await kindsOf(id)).filter((k) => k.includes('overdue'));
    const days = async (n: number) => {
      for (let h = 0; h < n * 24; h += 6) {
        ctx.clock.advance(6 * 3_600_000);
        await ctx.platform.jobs.tick();
      }
    };
    await days(3); // to 4 March: due today, not yet late
    expect(await overdue(late)).toEqual([]);
    await days(1);
    expect(await overdue(late)).toEqual([
      'supervision.recommendation_overdue weijianwei',
      'supervision.recommendation_overdue staff',
    ]);
    await days(2);
    expect(await overdue(late)).toHaveLength(2);
    expect(await overdue(answered)).toEqual([]);
    staff = await login(ctx, 'staff', PASSWORD);
    const flagged = (await staff.get('/api/supervision/recommendations?scope=org&overdue=1')).json();
    expect(flagged.items.map((r: { id: number; overdue: boolean }) => [r.id, r.overdue])).toEqual([[late, true]]);

    // A new deadline, missed again, is flagged again.
    const today = (await staff.get(`/api/supervision/recommendations/${late}`)).json();
    expect(today.overdue).toBe(true);
    const later = await staff.patch(`/api/supervision/recommendations/${late}`, { dueOn: '2026-03-09' });
    expect(later.statusCode, later.body).toBe(200);
    await days(3);
    expect(await overdue(late)).toHaveLength(4);
  });
});
