// The hourly follow-up scan with the platform clock: the owner is reminded three days before
// the deadline, the item is flagged overdue the day after it, each once; a new deadline is
// reminded of again, a finished item never.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, login, type Client, type TestContext } from '../../../test/harness.js';
import { kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';

describe(`meetings: follow-up reminders and the overdue flag (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  const notices = async (id: number) =>
    (
      await ctx.platform.db
        .selectFrom('notifications as n')
        .innerJoin('users as u', 'u.id', 'n.user_id')
        .select(['n.kind', 'u.username'])
        .where('n.object_type', '=', 'meeting_followup')
        .where('n.object_id', '=', String(id))
        .where('n.kind', 'in', ['meeting.followup_due', 'meeting.followup_overdue'])
        .execute()
    )
      .map((r) => `${r.kind} ${r.username}`)
      .sort();
  const days = async (n: number) => {
    for (let h = 0; h < n * 24; h += 6) {
      ctx.clock.advance(6 * 3_600_000);
      await ctx.platform.jobs.tick();
    }
  };

  it('reminds before the deadline and flags overdue once each', async () => {
    const m = await publishedMeeting(staff, (await kindIds(staff)).consult_topic!);
    const add = async (title: string, dueOn: string) => {
      const res = await staff.post(`/api/meetings/${m.id}/followups`, {
        title,
        dueOn,
        owner: { unitId: fx.units['市教育局'] },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json()[0].id as number;
    };
    // The clock starts on 1 March; due on the 6th, and one due the 5th that is done in time.
    const late = await add('开展校外培训机构消防安全专项检查', '2026-03-06');
    const onTime = await add('报送课后服务经费保障方案', '2026-03-05');
    const edu = await login(ctx, 'jiaoyuju', PASSWORD);
    expect(
      (await edu.post(`/api/meeting-followups/${onTime}/progress`, { note: '方案已报送', status: 'done' })).statusCode,
    ).toBe(200);

    await ctx.platform.jobs.tick();
    expect(await notices(late)).toEqual([]);
    await days(1); // 2 March: the 5th is within three days, the 6th not yet
    expect(await notices(late)).toEqual([]);
    await days(1); // 3 March
    expect(await notices(late)).toEqual(['meeting.followup_due jiaoyuju']);
    await days(2);
    expect(await notices(late)).toEqual(['meeting.followup_due jiaoyuju']);
    await days(2); // 7 March: past the deadline, still open
    expect(await notices(late)).toEqual([
      'meeting.followup_due jiaoyuju',
      'meeting.followup_overdue jiaoyuju',
      'meeting.followup_overdue staff',
    ]);
    await days(2);
    expect(await notices(late)).toHaveLength(3);
    expect(await notices(onTime)).toEqual([]);

    staff = await login(ctx, 'staff', PASSWORD);
    const overdue = (await staff.get('/api/meeting-followups?scope=org&overdue=1')).json();
    expect(overdue.items.map((i: { id: number; overdue: boolean }) => [i.id, i.overdue])).toEqual([[late, true]]);

    // A new deadline two days on: reminded of again at once, flagged again when it passes.
    expect((await staff.patch(`/api/meeting-followups/${late}`, { dueOn: '2026-03-11' })).statusCode).toBe(200);
    await days(1);
    expect((await notices(late)).filter((n) => n.startsWith('meeting.followup_due'))).toHaveLength(2);
    await days(2);
    expect((await notices(late)).filter((n) => n.startsWith('meeting.followup_overdue'))).toHaveLength(4);
  });
});
