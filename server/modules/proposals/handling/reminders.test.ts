import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../../app.js';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, type Client, type TestContext } from '../../../test/harness.js';
import { assigned, ok, replied, signInHandlingCast, replyAfterContact } from '../core/proposals.test-helpers.js';

describe(`proposals: deadline reminders (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let second: App | null = null;
  let member: Client;
  let staff: Client;
  let edu: Client;
  let housing: Client;
  async function signIn() {
    ({ member, staff, edu, housing } = await signInHandlingCast(ctx));
  }
  /** Reminder notices of a proposal, as "kind username" lines, sorted. */
  async function reminders(proposalId: number): Promise<string[]> {
    const rows = await ctx.platform.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.kind', 'u.username'])
      .where('n.object_type', '=', 'proposal')
      .where('n.object_id', '=', String(proposalId))
      .where('n.kind', 'in', ['proposal.deadline_soon', 'proposal.overdue'])
      .execute();
    return rows.map((r) => `${r.kind} ${r.username}`).sort();
  }
  const hours = (n: number) => ctx.clock.advance(n * 3_600_000);
  /** PostgreSQL instances really run side by side; SQLite's driver is synchronous, so two instances in one test process take turns. */
  async function bothInstancesTick() {
    if (ENGINE === 'postgres') await Promise.all([ctx.platform.jobs.tick(), second!.platform.jobs.tick()]);
    else {
      await ctx.platform.jobs.tick();
      await second!.platform.jobs.tick();
    }
  }
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    await signIn();
  });
  afterAll(async () => {
    await second?.app.close();
    await ctx?.close();
  });

  it('sends "due in 7 days" and "overdue" once each, across scans, a rebuilt app and a second instance; a moved deadline is reminded again', async () => {
    const p = await assigned(member, staff, [
      { unitId: fx.units['市教育局']!, role: 'lead' },
      { unitId: fx.units['市住房和城乡建设局']!, role: 'co' },
    ]);
    expect(p.replyDeadline).toBe('2026-06-01');
    await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'sign');
    await ok(housing.post(`/api/proposals/${p.id}/sign`, {}), 'sign');

    ctx.clock.set('2026-05-20T02:00:00Z');
    await ctx.platform.jobs.tick();
    expect(await reminders(p.id)).toEqual([]);

    ctx.clock.set('2026-05-26T02:00:00Z');
    await ctx.platform.jobs.tick();
    const soon = ['proposal.deadline_soon jiaoyuju', 'proposal.deadline_soon zhujianju'];
    expect(await reminders(p.id)).toEqual(soon);
    hours(2);
    await ctx.platform.jobs.tick();
    expect(await reminders(p.id)).toEqual(soon);

    // The app restarted on the same database: nothing is sent again.
    second = await buildApp(ctx.config, { clock: ctx.clock, logger: false, webDir: null });
    await second.app.ready();
    hours(2);
    await second.platform.jobs.tick();
    expect(await reminders(p.id)).toEqual(soon);
    // Even a scan that forgot what it sent (markers lost) cannot send twice: the dedupe keys name the deadline.
    await ctx.platform.db
      .updateTable('proposal_assignments')
      .set({ soon_reminded_for: null })
      .where('proposal_id', '=', p.id)
      .execute();
    hours(2);
    await ctx.platform.jobs.tick();
    expect(await reminders(p.id)).toEqual(soon);

    // Past the deadline, two instances scanning at the same moment still tell each person once
    // (the office once per late unit).
    ctx.clock.set('2026-06-02T02:00:00Z');
    await bothInstancesTick();
    const overdue = [
      ...soon,
      'proposal.overdue jiaoyuju',
      'proposal.overdue staff',
      'proposal.overdue staff',
      'proposal.overdue zhujianju',
    ].sort();
    expect(await reminders(p.id)).toEqual(overdue);
    hours(3);
    await bothInstancesTick();
    expect(await reminders(p.id)).toEqual(overdue);
    const text = (
      await ctx.platform.db
        .selectFrom('notifications')
        .select('body')
        .where('kind', '=', 'proposal.overdue')
        .where('user_id', '=', fx.users.staff.id)
        .executeTakeFirstOrThrow()
    ).body;
    expect(text).toContain('市教育局承办的');

    // An approved extension moves the deadline (the co unit's with the lead's): reminded again for the new one.
    await signIn();
    await ok(
      edu.post(`/api/proposals/${p.id}/extensions`, {
        requestedDeadline: '2026-07-15',
        reason: '需等待市政府常务会议研究。',
      }),
      'apply',
    );
    const extId = (await staff.get(`/api/proposals/${p.id}/handling`)).json().extensions[0].id;
    await ok(staff.post(`/api/proposals/${p.id}/extensions/${extId}/decide`, { approve: true }), 'approve');
    ctx.clock.set('2026-07-10T02:00:00Z');
    await bothInstancesTick();
    const counts = (await reminders(p.id)).reduce<Record<string, number>>(
      (acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({
      'proposal.deadline_soon jiaoyuju': 2,
      'proposal.deadline_soon zhujianju': 2,
      'proposal.overdue jiaoyuju': 1,
      'proposal.overdue zhujianju': 1,
      'proposal.overdue staff': 2,
    });
  });

  it('answered assignments and closed proposals are not reminded', async () => {
    ctx.clock.set('2026-08-01T02:00:00Z');
    await signIn();
    const p = await assigned(member, staff, [{ unitId: fx.units['市教育局']!, role: 'lead' }]);
    await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'sign');
    await ok(
      replyAfterContact(edu, p.id, { body: '已按建议落实。', signer: '局长 孙立新', resultClass: 'A' }),
      'reply',
    );
    ctx.clock.set('2026-11-30T02:00:00Z');
    await ctx.platform.jobs.tick();
    expect(await reminders(p.id)).toEqual([]);
  });

  /** Notices of one kind about a proposal, as usernames, sorted. */
  async function told(proposalId: number, kind: string): Promise<string[]> {
    const rows = await ctx.platform.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select('u.username')
      .where('n.object_type', '=', 'proposal')
      .where('n.object_id', '=', String(proposalId))
      .where('n.kind', '=', kind)
      .execute();
    return rows.map((r) => r.username).sort();
  }

  it('an assignment unsigned past its sign-for deadline is reminded once, to the unit and the office', async () => {
    ctx.clock.set('2026-12-01T02:00:00Z');
    await signIn();
    const p = await assigned(member, staff, [
      { unitId: fx.units['市教育局']!, role: 'lead' },
      { unitId: fx.units['市住房和城乡建设局']!, role: 'co' },
    ]);
    await ok(housing.post(`/api/proposals/${p.id}/sign`, {}), 'sign');
    const signBy = (await staff.get(`/api/proposals/${p.id}/handling`)).json().assignments[0].signDeadline as string;
    ctx.clock.set(`${signBy}T10:00:00Z`);
    await ctx.platform.jobs.tick();
    expect(await told(p.id, 'proposal.sign_overdue')).toEqual([]);
    ctx.clock.advance(24 * 3_600_000);
    await ctx.platform.jobs.tick();
    hours(2);
    await ctx.platform.jobs.tick();
    // Only the bureau that has not signed, and the office; the housing bureau signed in time.
    expect(await told(p.id, 'proposal.sign_overdue')).toEqual(['jiaoyuju', 'staff']);
    const notice = (
      await ctx.platform.db
        .selectFrom('notifications')
        .select('body')
        .where('kind', '=', 'proposal.sign_overdue')
        .where('user_id', '=', fx.users.staff.id)
        .where('object_id', '=', String(p.id))
        .executeTakeFirstOrThrow()
    ).body;
    expect(notice).toContain('市教育局超过签收期限');
  });

  it('a commitment not done by its due date is reminded once to the unit, the office and the proposer; a long-missed one is not', async () => {
    ctx.clock.set('2026-12-10T02:00:00Z');
    await signIn();
    const eduId = fx.units['市教育局']!;
    const p = await replied(member, staff, edu, eduId, {
      resultClass: 'B',
      commitments: [
        { content: '一月上旬完成首批补贴拨付', dueDate: '2027-01-08' },
        { content: '一月下旬出台实施细则', dueDate: '2027-01-20' },
      ],
    });
    ctx.clock.set('2027-01-09T02:00:00Z');
    await ctx.platform.jobs.tick();
    hours(3);
    await ctx.platform.jobs.tick();
    expect(await told(p.id, 'proposal.commitment_overdue')).toEqual(['jiaoyuju', 'staff', 'zhangjianguo']);
    const body = (
      await ctx.platform.db
        .selectFrom('notifications')
        .select('body')
        .where('kind', '=', 'proposal.commitment_overdue')
        .where('object_id', '=', String(p.id))
        .where('user_id', '=', fx.users.staff.id)
        .executeTakeFirstOrThrow()
    ).body;
    expect(body).toContain('一月上旬完成首批补贴拨付');
    // The second one fell due 44 days before the next scan: it is on the overdue list, not sent now.
    ctx.clock.set('2027-03-05T02:00:00Z');
    await ctx.platform.jobs.tick();
    expect(await told(p.id, 'proposal.commitment_overdue')).toEqual(['jiaoyuju', 'staff', 'zhangjianguo']);
  });
});
