// The party-group learning exchange: the office's attendees, an attendee's own account of an
// open month (the month and the next), who has written and who not, the daily reminder, and the
// refusals (a non-attendee, a member writing for another, the office writing, another organisation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { signIn } from '../plan/plan.test-helpers.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  li: 'lixiaomei',
  wang: 'wangzhiqiang',
  county: 'dongcheng',
} as const;

const ACCOUNT = '本月认真学习了党的二十届四中全会精神，结合界别工作撰写了学习笔记两篇。';

describe(`study: the party-group learning exchange (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-03-01T02:00:00Z'); // 10:00 on 1 March, China time
    c = await signIn(ctx, PEOPLE);
  });
  afterAll(async () => ctx?.close());

  const at = async (when: string) => {
    ctx.clock.set(when);
    c = await signIn(ctx, PEOPLE);
  };
  const write = (who: Client, month: string, memberId: number, body = ACCOUNT) =>
    who.put(`/api/study/exchange/months/${month}/accounts/${memberId}`, { body });
  const month = async (who: Client, m: string) => {
    const res = await who.get(`/api/study/exchange/months/${m}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const reminders = (userId: number) =>
    ctx.platform.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', userId)
      .where('kind', '=', 'study.exchange_reminder')
      .execute();

  it('keeps the office list of attendees from its own roster', async () => {
    const set = await c.staff.put('/api/study/exchange/attendees', { memberIds: [fx.members.zhang, fx.members.wang] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ added: 2, removed: 0 });
    expectError(
      await c.staff.put('/api/study/exchange/attendees', { memberIds: [fx.members.zhang, fx.members.zhao] }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await c.county.put('/api/study/exchange/attendees', { memberIds: [fx.members.zhang] }), 400);
    expectError(await c.leader.put('/api/study/exchange/attendees', { memberIds: [fx.members.li] }), 403);
    const list = (await c.leader.get('/api/study/exchange/attendees')).json();
    expect(list.map((a: { name: string }) => a.name).sort()).toEqual(['王志强', '张建国'].sort());
    expectError(await c.zhang.get('/api/study/exchange/attendees'), 403);
  });

  it('lets an attendee write his own account of this month and the last, and nobody else', async () => {
    expectError(await write(c.li, '2026-03', fx.members.li), 403, 'NOT_ATTENDEE');
    expectError(await write(c.zhang, '2026-03', fx.members.wang), 403, 'NOT_OWN_ACCOUNT');
    expectError(await write(c.staff, '2026-03', fx.members.zhang), 403, 'NOT_OWN_ACCOUNT');
    expectError(await write(c.zhang, '2026-03', fx.members.zhang, '太短了'), 400, 'VALIDATION_FAILED');
    expectError(await write(c.zhang, '2026-03', fx.members.zhang, '学'.repeat(2001)), 400, 'VALIDATION_FAILED');

    const first = await write(c.zhang, '2026-03', fx.members.zhang);
    expect(first.statusCode, first.body).toBe(200);
    const again = await write(c.zhang, '2026-03', fx.members.zhang, `${ACCOUNT}补充：参加了专委会组织的专题读书会。`);
    expect(again.json()).toMatchObject({ month: '2026-03', writable: true });
    expect((await write(c.zhang, '2026-02', fx.members.zhang)).statusCode).toBe(200);
    expectError(await write(c.zhang, '2026-01', fx.members.zhang), 409, 'MONTH_CLOSED');
    expectError(await write(c.zhang, '2026-04', fx.members.zhang), 409, 'MONTH_NOT_OPEN');
    expectError(await write(c.zhang, '2026-3', fx.members.zhang), 400);

    const mine = (await c.zhang.get('/api/study/exchange/mine')).json();
    expect(mine).toMatchObject({ memberId: fx.members.zhang, attendee: true, history: [] });
    expect(mine.open.map((o: { month: string; writable: boolean }) => [o.month, o.writable])).toEqual([
      ['2026-03', true],
      ['2026-02', true],
    ]);
    expect(mine.open[0].body).toContain('专题读书会');
    expect((await c.li.get('/api/study/exchange/mine')).json()).toMatchObject({
      attendee: false,
      open: [{ body: null }, { body: null }],
    });
    expectError(await c.staff.get('/api/study/exchange/mine'), 403);
  });

  it('shows the office who has written a month and who has not, and reminds the latter once a day', async () => {
    const march = await month(c.staff, '2026-03');
    expect(march).toMatchObject({
      state: 'open',
      counts: { attendees: 2, written: 1, missing: 1 },
      lastRemindedAt: null,
    });
    expect(march.rows.map((r: { name: string; written: boolean }) => [r.name, r.written])).toEqual([
      ['王志强', false],
      ['张建国', true],
    ]);
    expect(march.rows[1].body).toContain('专题读书会');
    expect(march.allowedActions).toEqual(['remindExchange']);
    // February: the list was made on 1 March, so only the one who wrote February is counted.
    expect((await month(c.staff, '2026-02')).counts).toEqual({ attendees: 1, written: 1, missing: 0 });

    const reminded = await c.staff.post('/api/study/exchange/months/2026-03/remind');
    expect(reminded.statusCode, reminded.body).toBe(200);
    expect(reminded.json()).toEqual({ missing: 1, reminded: 1 });
    expect(await reminders(fx.users.member3!.id)).toHaveLength(1);
    expect(await reminders(fx.users.member!.id)).toHaveLength(0);
    expectError(await c.staff.post('/api/study/exchange/months/2026-03/remind'), 409, 'REMINDED_TODAY');
    expect((await month(c.staff, '2026-03')).allowedActions).toEqual([]);
    expectError(await c.staff.post('/api/study/exchange/months/2026-02/remind'), 409, 'ALL_WRITTEN');
    expectError(await c.staff.post('/api/study/exchange/months/2026-01/remind'), 409, 'MONTH_CLOSED');
    expectError(await c.leader.post('/api/study/exchange/months/2026-03/remind'), 403);

    // The next day, one more.
    await at('2026-03-02T01:00:00Z');
    expect((await c.staff.post('/api/study/exchange/months/2026-03/remind')).json()).toEqual({
      missing: 1,
      reminded: 1,
    });
    expect(await reminders(fx.users.member3!.id)).toHaveLength(2);

    // Leaders read; members do not; the county sees its own (empty) exchange.
    expect((await month(c.leader, '2026-03')).counts).toEqual({ attendees: 2, written: 1, missing: 1 });
    expectError(await c.zhang.get('/api/study/exchange/months/2026-03'), 403);
    expect((await month(c.county, '2026-03')).counts).toEqual({ attendees: 0, written: 0, missing: 0 });
    expectError(await c.county.post('/api/study/exchange/months/2026-03/remind'), 409, 'ALL_WRITTEN');
  });

  it('keeps a month open through the next, and keeps what a removed attendee wrote', async () => {
    await at('2026-04-15T02:00:00Z');
    expect((await write(c.zhang, '2026-03', fx.members.zhang)).statusCode).toBe(200);
    expect((await write(c.wang, '2026-03', fx.members.wang)).statusCode).toBe(200);
    await at('2026-05-01T02:00:00Z');
    expectError(await write(c.zhang, '2026-03', fx.members.zhang), 409, 'MONTH_CLOSED');
    expect((await month(c.staff, '2026-03')).state).toBe('closed');
    const mine = (await c.zhang.get('/api/study/exchange/mine')).json();
    expect(mine.history.map((h: { month: string }) => h.month)).toEqual(['2026-03', '2026-02']);

    expect((await c.staff.put('/api/study/exchange/attendees', { memberIds: [fx.members.zhang] })).json()).toEqual({
      added: 0,
      removed: 1,
    });
    expectError(await write(c.wang, '2026-05', fx.members.wang), 403, 'NOT_ATTENDEE');
    expect((await month(c.staff, '2026-03')).counts).toEqual({ attendees: 2, written: 2, missing: 0 });
    expect((await month(c.staff, '2026-05')).counts).toEqual({ attendees: 1, written: 0, missing: 1 });
    const trail = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'study.exchange%')
      .execute();
    expect(trail.filter((r) => r.action === 'study.exchange_remind')).toHaveLength(2);
    expect(trail.filter((r) => r.action === 'study.exchange_write')).toHaveLength(5);
    expect(trail.filter((r) => r.action === 'study.exchange_attendees')).toHaveLength(2);
  });
});
