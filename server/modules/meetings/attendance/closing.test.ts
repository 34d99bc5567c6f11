import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { attendanceOf } from '../index.js';
import { kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';

describe(`meetings: online attendance, closing attendance and corrections (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let zhang: Client;
  let li: Client;
  let kinds: Record<string, number>;
  const clients = () => [staff, zhang, li];
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [staff, zhang, li] = await Promise.all(['staff', 'zhangjianguo', 'lixiaomei'].map((u) => login(ctx, u, PASSWORD)));
    kinds = await kindIds(staff);
  });
  afterAll(async () => ctx?.close());

  /** Moves the clock in steps short enough to keep every session alive. */
  async function advance(ms: number) {
    for (let left = ms; left > 0; left -= 10 * 60_000) {
      ctx.clock.advance(Math.min(left, 10 * 60_000));
      await Promise.all(clients().map((c) => c.get('/api/auth/session')));
    }
  }

  it('a hybrid meeting: attending online, the office’s closing, a correction with its reason', async () => {
    const start = new Date(ctx.clock.now().getTime() + 30 * 60_000);
    const end = new Date(start.getTime() + 90 * 60_000);
    const m = await publishedMeeting(staff, kinds.symposium!, {
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
      onlineUrl: 'https://meeting.example.cn/j/83021',
      attendanceMode: 'signup',
    });
    await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true } });
    const invitations = (await staff.get(`/api/meetings/${m.id}/invitations`)).json().items as {
      id: number;
      memberId: number;
    }[];
    const invOf = (memberId: number) => invitations.find((i) => i.memberId === memberId)!.id;

    // 王志强 asks leave (a sign-up meeting takes it as given); 张建国 has not answered at all.
    const wang = await login(ctx, 'wangzhiqiang', PASSWORD);
    expect((await wang.post(`/api/meetings/${m.id}/leave`, { reason: '在外地出差' })).statusCode).toBe(200);
    expect((await zhang.get(`/api/meetings/${m.id}`)).json()).toMatchObject({
      myReply: 'pending',
      myAttendance: { checkedInAt: null, state: null },
      attendanceClosedAt: null,
    });

    // Attending online: while check-in is open, once, and only for the invited.
    const remote = await zhang.post(`/api/meetings/${m.id}/checkin/remote`);
    expect(remote.statusCode, remote.body).toBe(200);
    expect(remote.json()).toMatchObject({ method: 'remote', attendance: 'remote' });
    expectError(await zhang.post(`/api/meetings/${m.id}/checkin/remote`), 409, 'ALREADY_CHECKED_IN');
    expectError(await staff.post(`/api/meetings/${m.id}/checkin/remote`), 403, 'NOT_INVITED');
    // Checking in answers the invitation: he is attending.
    const mine = (await zhang.get(`/api/meetings/${m.id}`)).json();
    expect(mine).toMatchObject({ myReply: 'attending', myAttendance: { method: 'remote', state: 'remote' } });
    expect(mine.myAttendance.checkedInAt).toBeTruthy();

    // Closing before the end is refused; the button is not offered.
    expectError(await staff.post(`/api/meetings/${m.id}/attendance/close`), 409, 'NOT_ENDED');
    expect((await staff.get(`/api/meetings/${m.id}`)).json().allowedActions).not.toContain('closeAttendance');

    await advance(end.getTime() - ctx.clock.now().getTime() + 60_000);
    // Ended, not closed: 李晓梅 reads absent on her own page and in the read model, though nothing is stored yet.
    expect((await li.get(`/api/meetings/${m.id}`)).json().myAttendance).toMatchObject({ state: 'absent' });
    const stored = async () =>
      Object.fromEntries(
        (
          await ctx.platform.db
            .selectFrom('meeting_invitations')
            .select(['member_id', 'attendance'])
            .where('meeting_id', '=', m.id)
            .execute()
        ).map((r) => [r.member_id, r.attendance]),
      );
    expect((await stored())[fx.members.li!]).toBeNull();

    expectError(await zhang.post(`/api/meetings/${m.id}/attendance/close`), 403);
    expect((await staff.get(`/api/meetings/${m.id}`)).json().allowedActions).toContain('closeAttendance');
    const closed = await staff.post(`/api/meetings/${m.id}/attendance/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ absent: 1, leave: 0 });
    // (Approved leave was stored as leave when given; closing found none left to write.)
    expect(await stored()).toEqual({
      [fx.members.zhang!]: 'remote',
      [fx.members.li!]: 'absent',
      [fx.members.wang!]: 'leave',
    });
    expectError(await staff.post(`/api/meetings/${m.id}/attendance/close`), 409, 'ATTENDANCE_CLOSED');
    expect((await staff.get(`/api/meetings/${m.id}`)).json().attendanceClosedAt).toBe(closed.json().closedAt);

    // 李晓梅's leave note arrived late: the office corrects her state, with a reason, also after closing.
    const path = `/api/meetings/${m.id}/invitations/${invOf(fx.members.li!)}/attendance`;
    expectError(await staff.put(path, { state: 'leave' }), 400);
    expectError(await staff.put(path, { state: 'walk_in', reason: '补录' }), 400);
    expectError(await li.put(path, { state: 'leave', reason: '补交请假条' }), 403);
    const fixed = await staff.put(path, { state: 'leave', reason: '会前已口头请假，会后补交请假条' });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toEqual({ invitationId: invOf(fx.members.li!), previous: 'absent', attendance: 'leave' });
    expectError(await staff.put(path, { state: 'leave', reason: '重复提交' }), 409, 'UNCHANGED');
    const entry = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'meeting.attendance_set')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.detail as string)).toMatchObject({ from: 'absent', to: 'leave' });

    const rows = await attendanceOf(
      ctx.platform.db,
      { orgIds: [fx.city], from: start.toISOString(), to: end.toISOString() },
      ctx.clock.now().toISOString(),
    );
    expect(Object.fromEntries(rows.map((r) => [r.memberId, r.attendance]))).toEqual({
      [fx.members.zhang!]: 'remote',
      [fx.members.li!]: 'leave',
      [fx.members.wang!]: 'leave',
    });
  });

  it('a meeting with no online link takes no online attendance; the office records it by hand', async () => {
    const start = new Date(ctx.clock.now().getTime() + 30 * 60_000);
    const m = await publishedMeeting(staff, kinds.symposium!, {
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3600_000).toISOString(),
    });
    await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true } });
    expectError(await zhang.post(`/api/meetings/${m.id}/checkin/remote`), 409, 'NOT_ONLINE');
    const inv = ((await staff.get(`/api/meetings/${m.id}/invitations`)).json().items as { id: number }[])[0]!;
    const byHand = await staff.post(`/api/meetings/${m.id}/invitations/${inv.id}/checkin`, { remote: true });
    expect(byHand.json()).toMatchObject({ method: 'remote', attendance: 'remote' });
    // Corrections wait until check-in opens.
    const later = await publishedMeeting(staff, kinds.symposium!);
    await staff.post(`/api/meetings/${later.id}/invitations`, { audience: { all: true } });
    const laterInv = ((await staff.get(`/api/meetings/${later.id}/invitations`)).json().items as { id: number }[])[0]!;
    expectError(
      await staff.put(`/api/meetings/${later.id}/invitations/${laterInv.id}/attendance`, {
        state: 'absent',
        reason: '提前登记',
      }),
      409,
      'NOT_STARTED',
    );
  });
});
