import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, login, type Client, type TestContext } from '../../../test/harness.js';
import { kindIds, publishedMeeting } from './meetings.test-helpers.js';

describe(`meetings: reminders before the reply deadline and the start (${ENGINE})`, () => {
  let ctx: TestContext;
  let staff: Client;
  let kinds: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
    kinds = await kindIds(staff);
  });
  afterAll(async () => ctx?.close());

  /** Reminder notices of a meeting, as "kind username" lines, sorted. */
  async function reminders(meetingId: number): Promise<string[]> {
    const rows = await ctx.platform.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.kind', 'u.username'])
      .where('n.object_type', '=', 'meeting')
      .where('n.object_id', '=', String(meetingId))
      .where('n.kind', 'in', ['meeting.reply_due', 'meeting.starts_soon'])
      .execute();
    return rows.map((r) => `${r.kind} ${r.username}`).sort();
  }
  const hours = async (n: number) => {
    ctx.clock.advance(n * 3_600_000);
    await ctx.platform.jobs.tick();
  };

  it('reminds the unanswered a day before the deadline and the expected a day before the start, once each', async () => {
    // The test clock starts 2026-03-01 08:00 China time; the meeting is on the 4th, replies due the 3rd at 09:00.
    const m = await publishedMeeting(staff, kinds.symposium!, {
      startsAt: '2026-03-04T09:00:00+08:00',
      endsAt: '2026-03-04T11:00:00+08:00',
      replyDeadline: '2026-03-03T09:00:00+08:00',
    });
    expect((await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true } })).statusCode).toBe(200);
    const [zhang, li] = await Promise.all([login(ctx, 'zhangjianguo', PASSWORD), login(ctx, 'lixiaomei', PASSWORD)]);
    await zhang.post(`/api/meetings/${m.id}/attend`);
    await li.post(`/api/meetings/${m.id}/decline`);

    await ctx.platform.jobs.tick();
    expect(await reminders(m.id)).toEqual([]);
    // 2 March 09:00 +1h: within a day of the deadline. Only 王志强 has not answered.
    await hours(26);
    expect(await reminders(m.id)).toEqual(['meeting.reply_due wangzhiqiang']);
    await hours(2);
    await hours(2);
    expect(await reminders(m.id)).toEqual(['meeting.reply_due wangzhiqiang']);

    // A day before the start: 张建国 (attending) and 王志强 (still unanswered); not 李晓梅, who declined.
    await hours(21);
    expect(await reminders(m.id)).toEqual([
      'meeting.reply_due wangzhiqiang',
      'meeting.starts_soon wangzhiqiang',
      'meeting.starts_soon zhangjianguo',
    ]);
    await hours(1);
    expect(await reminders(m.id)).toHaveLength(3);

    // Moved a day later: the new start is reminded of again, once.
    staff = await login(ctx, 'staff', PASSWORD); // a day has passed: the office signs in again
    const moved = await staff.patch(`/api/meetings/${m.id}`, {
      startsAt: '2026-03-05T09:00:00+08:00',
      endsAt: '2026-03-05T11:00:00+08:00',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    await hours(1);
    expect(await reminders(m.id)).toHaveLength(3);
    await hours(22);
    await hours(1);
    expect((await reminders(m.id)).filter((r) => r.startsWith('meeting.starts_soon'))).toHaveLength(4);
  });

  it('never reminds of a cancelled meeting', async () => {
    staff = await login(ctx, 'staff', PASSWORD);
    const start = new Date(ctx.clock.now().getTime() + 30 * 3_600_000);
    const over = { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString() };
    const cancelled = await publishedMeeting(staff, kinds.symposium!, over);
    await staff.post(`/api/meetings/${cancelled.id}/invitations`, { audience: { all: true } });
    await staff.post(`/api/meetings/${cancelled.id}/cancel`, { reason: '场地临时征用' });
    // The same meeting left standing is reminded of (all three invitees, none has answered).
    const standing = await publishedMeeting(staff, kinds.symposium!, over);
    await staff.post(`/api/meetings/${standing.id}/invitations`, { audience: { all: true } });
    await hours(8);
    expect(await reminders(cancelled.id)).toEqual([]);
    expect((await reminders(standing.id)).filter((r) => r.startsWith('meeting.starts_soon'))).toHaveLength(3);
  });
});
