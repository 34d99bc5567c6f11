// The annual study plan: the office's items, sessions linked to them, completion per kind and
// overall against hand-counted expectations at fixed dates, and the refusals (another
// organisation, leaders read-only, members not at all, an item with sessions not removable).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { kindIds, meetingAt, signIn } from './plan.test-helpers.js';

const PEOPLE = { staff: 'staff', leader: 'leader', member: 'zhangjianguo', county: 'dongcheng' } as const;

interface Item {
  id: number;
  topic: string;
  status: string;
  sessions: { id: number; held: boolean }[];
  allowedActions: string[];
}

describe(`study: the annual plan (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let kinds: Record<string, number>;
  const m: Record<string, number> = {};
  const items: Record<string, number> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-01-05T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
    kinds = await kindIds(c.staff);
    // Held before 1 March; one on 20 March; one cancelled; one draft.
    m.partyGroup = await meetingAt(
      c.staff,
      kinds.study_party_group!,
      '党组理论学习中心组二月学习',
      '2026-02-10T09:00:00+08:00',
    );
    m.chair = await meetingAt(c.staff, kinds.study_chair!, '主席会议集体学习', '2026-03-20T09:00:00+08:00');
    m.cancelled = await meetingAt(c.staff, kinds.training!, '委员履职能力培训班', '2026-02-20T09:00:00+08:00');
    expect((await c.staff.post(`/api/meetings/${m.cancelled}/cancel`, { reason: '与全会时间冲突' })).statusCode).toBe(
      200,
    );
    m.symposium = await meetingAt(c.staff, kinds.symposium!, '新春委员座谈会', '2026-01-15T09:00:00+08:00');
    m.draft = await meetingAt(
      c.staff,
      kinds.study_standing!,
      '常委会议专题学习（草稿）',
      '2026-03-05T09:00:00+08:00',
      true,
    );
    ctx.clock.set('2026-03-01T02:00:00Z'); // 10:00 on 1 March, China time
    c = await signIn(ctx, PEOPLE);
  });
  afterAll(async () => ctx?.close());

  const plan = async (who: Client, year?: number) => {
    const res = await who.get(`/api/study/plan${year ? `?year=${year}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const add = async (studyKind: string, topic: string, plannedOn: string) => {
    const res = await c.staff.post('/api/study/plan/items', { studyKind, topic, plannedOn, attendees: '党组成员' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const link = (item: number, meetingId: number, who = c.staff) =>
    who.post(`/api/study/plan/items/${item}/sessions`, { meetingId });
  const statusOf = (view: { items: Item[] }) => Object.fromEntries(view.items.map((i) => [i.topic, i.status]));

  it('creates the plan on the first item, links sessions and counts completion per kind and overall', async () => {
    const none = await plan(c.staff);
    expect(none).toMatchObject({ year: 2026, planId: null, title: '2026年度学习计划', canWrite: true, items: [] });
    expect(none.completion.overall).toEqual({ planned: 0, done: 0, upcoming: 0, overdue: 0, rate: 0 });

    items.A = await add('party_group', 'A 学习全会精神', '2026-02');
    items.B = await add('chair', 'B 学习政协章程', '2026-02-25');
    items.C = await add('standing', 'C 专题学习', '2026-03');
    items.D = await add('training', 'D 新委员培训', '2026-02-28');
    items.E = await add('training', 'E 履职培训', '2026-03-01');
    items.F = await add('symposium', 'F 座谈交流', '2026-01');
    items.G = await add('committee', 'G 专委会学习', '2026-06-15');
    expect((await link(items.A, m.partyGroup!)).statusCode).toBe(200);
    // Linked, but the meeting is on 20 March: nothing held by the planned date.
    expect((await link(items.B, m.chair!)).statusCode).toBe(200);
    // A meeting of a kind that is not a study kind may carry out an item too.
    expect((await link(items.F, m.symposium!)).statusCode).toBe(200);

    const view = await plan(c.staff);
    expect(view.planId).toBeGreaterThan(0);
    expect(statusOf(view)).toEqual({
      'F 座谈交流': 'done',
      'A 学习全会精神': 'done',
      'B 学习政协章程': 'overdue',
      'D 新委员培训': 'overdue',
      'E 履职培训': 'upcoming', // its day is today
      'C 专题学习': 'upcoming', // its month is not over
      'G 专委会学习': 'upcoming',
    });
    // In planned order: months sort before their days.
    expect(view.items.map((i: Item) => i.topic[0])).toEqual(['F', 'A', 'B', 'D', 'C', 'E', 'G']);
    expect(view.completion.overall).toEqual({ planned: 7, done: 2, upcoming: 3, overdue: 2, rate: 29 });
    const byKind = Object.fromEntries(
      view.completion.byKind.map(
        (k: { kind: string; planned: number; done: number; overdue: number; upcoming: number; rate: number }) => [
          k.kind,
          [k.planned, k.done, k.upcoming, k.overdue, k.rate],
        ],
      ),
    );
    expect(byKind).toEqual({
      party_group: [1, 1, 0, 0, 100],
      chair: [1, 0, 0, 1, 0],
      standing: [1, 0, 1, 0, 0],
      training: [2, 0, 1, 1, 0],
      committee: [1, 0, 1, 0, 0],
      symposium: [1, 1, 0, 0, 100],
    });
    const b = view.items.find((i: Item) => i.id === items.B);
    expect(b.sessions).toMatchObject([{ id: m.chair, held: false }]);
    expect(b.allowedActions).toEqual(['editPlanItem', 'linkPlanSession']);
    expect(view.items.find((i: Item) => i.id === items.C).allowedActions).toEqual([
      'editPlanItem',
      'removePlanItem',
      'linkPlanSession',
    ]);
  });

  it('moves with the clock: a linked session held marks its item done, a day passed flags it overdue', async () => {
    ctx.clock.set('2026-03-21T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
    const view = await plan(c.staff);
    expect(statusOf(view)).toMatchObject({
      'B 学习政协章程': 'done',
      'E 履职培训': 'overdue',
      'C 专题学习': 'upcoming',
      'D 新委员培训': 'overdue',
    });
    expect(view.completion.overall).toEqual({ planned: 7, done: 3, upcoming: 2, overdue: 2, rate: 43 });
    expect(view.today).toBe('2026-03-21');
  });

  it('keeps an item with a session, refuses a session twice, a cancelled or draft meeting, and bad dates', async () => {
    expectError(await c.staff.delete(`/api/study/plan/items/${items.A}`), 409, 'ITEM_HAS_SESSIONS');
    expectError(await link(items.C!, m.partyGroup!), 409, 'SESSION_LINKED');
    expectError(await link(items.D!, m.cancelled!), 409, 'MEETING_CANCELLED');
    expectError(await link(items.C!, m.draft!), 400, 'VALIDATION_FAILED');
    expectError(await link(items.C!, 99_999_999), 400, 'VALIDATION_FAILED');
    expectError(await c.staff.delete(`/api/study/plan/items/${items.C}/sessions/${m.partyGroup}`), 404, 'NOT_LINKED');

    const bad = { studyKind: 'training', topic: '培训', attendees: '全体委员' };
    for (const plannedOn of ['2026-13', '2026-02-30', '2026-2-3', '明年三月'])
      expectError(await c.staff.post('/api/study/plan/items', { ...bad, plannedOn }), 400, 'VALIDATION_FAILED');
    expectError(await c.staff.post('/api/study/plan/items', { ...bad, plannedOn: '2026-05', studyKind: 'x' }), 400);
    expectError(await c.staff.patch(`/api/study/plan/items/${items.C}`, { plannedOn: '2027-03' }), 400);
    expectError(await c.staff.post('/api/study/plan', { year: 2026 }), 409, 'PLAN_EXISTS');

    // Unlinked, it may go; edited, it keeps its place in the year.
    expect((await c.staff.delete(`/api/study/plan/items/${items.A}/sessions/${m.partyGroup}`)).statusCode).toBe(200);
    expect((await c.staff.delete(`/api/study/plan/items/${items.A}`)).statusCode).toBe(200);
    expectError(await c.staff.delete(`/api/study/plan/items/${items.A}`), 404);
    const edited = await c.staff.patch(`/api/study/plan/items/${items.C}`, {
      topic: 'C 学习习近平总书记关于加强和改进人民政协工作的重要思想',
      plannedOn: '2026-04-10',
      audience: { all: true },
      notes: '请提前阅读学习材料',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const view = await plan(c.staff);
    expect(view.items.find((i: Item) => i.id === items.C)).toMatchObject({
      plannedOn: '2026-04-10',
      audience: { all: true },
      notes: '请提前阅读学习材料',
      status: 'upcoming',
    });
    expect(view.completion.overall).toEqual({ planned: 6, done: 2, upcoming: 2, overdue: 2, rate: 33 });

    const trail = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'study.plan%')
      .execute();
    const counted = trail.reduce<Record<string, number>>(
      (acc, r) => ({ ...acc, [r.action]: (acc[r.action] ?? 0) + 1 }),
      {},
    );
    expect(counted).toEqual({
      'study.plan_item_add': 7,
      'study.plan_session_link': 3,
      'study.plan_session_unlink': 1,
      'study.plan_item_delete': 1,
      'study.plan_item_update': 1,
    });
  });

  it('lists the meetings an item may carry: published ones of the year, the study kind asked for first', async () => {
    const res = await c.staff.get('/api/study/plan/meetings?year=2026&studyKind=chair');
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as { id: number; matchesKind: boolean; linkedItemId: number | null }[];
    expect(list[0]).toMatchObject({ id: m.chair, matchesKind: true, linkedItemId: items.B });
    const ids = list.map((x) => x.id);
    expect(ids).toContain(m.partyGroup);
    expect(ids).toContain(m.symposium);
    expect(ids).not.toContain(m.draft);
    expect(ids).not.toContain(m.cancelled);
    expectError(await c.leader.get('/api/study/plan/meetings'), 403);
  });

  it('lets leaders read, members not at all, and keeps each organisation to its own plan', async () => {
    const read = await plan(c.leader);
    expect(read).toMatchObject({ canWrite: false, orgId: fx.city });
    expect(read.items.every((i: Item) => i.allowedActions.length === 0)).toBe(true);
    expectError(
      await c.leader.post('/api/study/plan/items', {
        studyKind: 'chair',
        topic: '领导不能添加',
        plannedOn: '2026-05',
        attendees: '主席会议成员',
      }),
      403,
    );
    expectError(await c.leader.delete(`/api/study/plan/items/${items.G}`), 403);
    expectError(await c.member.get('/api/study/plan'), 403);

    // The county's office has a plan of its own, and never reaches the city's items or meetings.
    expect((await plan(c.county)).items).toEqual([]);
    expectError(await c.county.patch(`/api/study/plan/items/${items.G}`, { topic: '改别人的计划' }), 404);
    expectError(await c.county.delete(`/api/study/plan/items/${items.G}`), 404);
    const mine = await c.county.post('/api/study/plan/items', {
      studyKind: 'committee',
      topic: '县政协委员小组学习',
      plannedOn: '2026-04',
      attendees: '全体委员',
    });
    expect(mine.statusCode).toBe(201);
    expectError(await link(mine.json().id, m.chair!, c.county), 400);
    expectError(
      await c.county.post('/api/study/plan/items', {
        studyKind: 'committee',
        topic: '跨单位',
        plannedOn: '2026-05',
        attendees: '全体',
        audience: { orgIds: [fx.city] },
      }),
      400,
    );
    expect((await plan(c.staff)).items.map((i: Item) => i.topic)).not.toContain('县政协委员小组学习');

    // The city reads the county's plan, read-only, as it reads its meetings.
    expect((await c.staff.post('/api/auth/switch-org', { orgId: fx.countyA })).statusCode).toBe(200);
    const county = await plan(c.staff);
    expect(county).toMatchObject({ orgId: fx.countyA, canWrite: false });
    expect(county.items.map((i: Item) => i.topic)).toEqual(['县政协委员小组学习']);
    expectError(await c.staff.delete(`/api/study/plan/items/${mine.json().id}`), 403);
    await c.staff.post('/api/auth/switch-org', { orgId: fx.city });
  });
});
