import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { draftMeeting, kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';

describe(`meetings: invitations, replies and leave (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let zhang: Client;
  let li: Client;
  let wang: Client;
  let county: Client;
  let kinds: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [staff, leader, zhang, li, wang, county] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'lixiaomei', 'wangzhiqiang', 'dongcheng'].map((u) => login(ctx, u, PASSWORD)),
    );
    kinds = await kindIds(staff);
  });
  afterAll(async () => ctx?.close());

  const invitees = async (id: number) =>
    (await staff.get(`/api/meetings/${id}/invitations?pageSize=200`)).json().items as {
      id: number;
      memberId: number;
      name: string;
      source: string;
      reply: string;
      leaveReason: string | null;
      attendance: string | null;
    }[];
  const notices = (userId: number, kind: string) =>
    ctx.platform.db
      .selectFrom('notifications')
      .select(['title', 'object_id'])
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .execute();

  it('resolves an audience into invitations, each with its source, and never invites twice', async () => {
    const m = await draftMeeting(staff, kinds.consult_counterpart!);
    const audience = { committeeIds: [fx.committees['教科卫体委员会']], memberIds: [fx.members.zhang] };
    expectError(await leader.post(`/api/meetings/${m.id}/invitations`, { audience }), 404); // a draft is the office's
    expectError(await staff.post(`/api/meetings/${m.id}/invitations`, { audience: {} }), 400);
    const res = await staff.post(`/api/meetings/${m.id}/invitations`, { audience });
    expect(res.json()).toEqual({ added: 3, alreadyInvited: 0 });
    const list = await invitees(m.id);
    expect(list.map((i) => [i.name, i.source, i.reply]).sort()).toEqual(
      [
        ['张建国', 'person', 'pending'],
        ['李晓梅', `committee:${fx.committees['教科卫体委员会']}`, 'pending'],
        ['王志强', `committee:${fx.committees['教科卫体委员会']}`, 'pending'],
      ].sort(),
    );
    const again = await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true } });
    expect(again.json()).toEqual({ added: 0, alreadyInvited: 3 });
    const byParty = await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { parties: ['cdl'] } });
    expect(byParty.json()).toEqual({ added: 0, alreadyInvited: 1 });
    // A draft is not announced; publishing tells every invitee, and invitees now see it.
    expectError(await zhang.get(`/api/meetings/${m.id}`), 404);
    expect(await notices(fx.users.member!.id, 'meeting.published')).toHaveLength(0);
    await staff.post(`/api/meetings/${m.id}/publish`);
    expect(await notices(fx.users.member!.id, 'meeting.published')).toHaveLength(1);
    const mine = (await zhang.get('/api/meetings')).json();
    expect(mine.items.map((x: { id: number; myReply: string }) => [x.id, x.myReply])).toContainEqual([m.id, 'pending']);
    expect((await zhang.get(`/api/meetings/${m.id}`)).json()).toMatchObject({
      myReply: 'pending',
      replies: null,
      allowedActions: ['attend', 'requestLeave', 'submitSpeech'], // a must-attend kind: no decline
    });
    // Members and leaders do not read the invitation list; a county office does not reach the city's meeting.
    expectError(await zhang.get(`/api/meetings/${m.id}/invitations`), 403);
    expect((await leader.get(`/api/meetings/${m.id}/invitations`)).statusCode).toBe(200);
    expectError(await county.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true } }), 404);
    // A county's members are not the city office's to invite unless named through a visible organisation.
    expectError(
      await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true, orgIds: [999] } }),
      403,
      'ORG_NOT_VISIBLE',
    );
  });

  it('invites the new members only: alone every new member, with a committee its new members', async () => {
    const m = await draftMeeting(staff, kinds.training!);
    const url = `/api/meetings/${m.id}/invitations`;
    const r = await staff.post(url, { audience: { committeeIds: [fx.committees['经济委员会']!], newOnly: true } });
    expect(r.json()).toEqual({ added: 0, alreadyInvited: 0 }); // 张建国 of that committee is not new
    expect((await staff.post(url, { audience: { newOnly: true } })).json()).toEqual({ added: 1, alreadyInvited: 0 });
    expect((await invitees(m.id)).map((i) => i.name)).toEqual(['李晓梅']);
    // With the whole body it is still the new members alone.
    expect((await staff.post(url, { audience: { all: true, newOnly: true } })).json()).toEqual({
      added: 0,
      alreadyInvited: 1,
    });
  });

  it('a must-attend meeting: attend, no decline, leave asked and decided by the office, audited', async () => {
    const m = await publishedMeeting(staff, kinds.standing_committee!, { replyDeadline: '2026-03-01T02:15:00Z' });
    await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true } });
    expectError(await leader.post(`/api/meetings/${m.id}/attend`), 403, 'NOT_INVITED');
    expect((await zhang.post(`/api/meetings/${m.id}/attend`)).json().reply).toBe('attending');
    expectError(await zhang.post(`/api/meetings/${m.id}/attend`), 409, 'INVALID_REPLY');
    expectError(await li.post(`/api/meetings/${m.id}/decline`), 403, 'DECLINE_NOT_ALLOWED');
    expectError(await li.post(`/api/meetings/${m.id}/leave`, {}), 400);
    const leave = await li.post(`/api/meetings/${m.id}/leave`, { reason: '同日赴省里参加教育工作会议' });
    expect(leave.json()).toMatchObject({ reply: 'leave_requested', leaveReason: '同日赴省里参加教育工作会议' });
    expect(await notices(fx.users.staff!.id, 'meeting.leave_requested')).toHaveLength(1);

    const list = await invitees(m.id);
    const liRow = list.find((i) => i.memberId === fx.members.li)!;
    const zhangRow = list.find((i) => i.memberId === fx.members.zhang)!;
    const decide = (invId: number, body: object, c = staff) =>
      c.post(`/api/meetings/${m.id}/invitations/${invId}/leave-decision`, body);
    expectError(await decide(liRow.id, { approve: true }, leader), 403);
    expectError(await decide(liRow.id, { approve: true }, li), 403);
    expectError(await decide(zhangRow.id, { approve: true }), 409, 'NO_LEAVE_REQUEST');
    expect((await decide(liRow.id, { approve: false, note: '本次会议审议年度协商计划，请尽量出席。' })).json()).toEqual(
      {
        ok: true,
        reply: 'leave_refused',
      },
    );
    expect(await notices(fx.users.member2!.id, 'meeting.leave_decided')).toHaveLength(1);
    // Asked again (after the reply deadline: leave is still open) and approved this time.
    ctx.clock.advance(20 * 60_000); // past the reply deadline (sessions stay alive: under 30 idle minutes)
    expectError(await wang.post(`/api/meetings/${m.id}/attend`), 409, 'REPLY_CLOSED');
    await li.post(`/api/meetings/${m.id}/leave`, { reason: '省教育工作会议已确定同日召开' });
    expect((await decide(liRow.id, { approve: true })).json().reply).toBe('leave_approved');
    expect((await invitees(m.id)).find((i) => i.memberId === fx.members.li)).toMatchObject({
      reply: 'leave_approved',
      attendance: 'leave',
    });
    expectError(await decide(liRow.id, { approve: false }), 409, 'NO_LEAVE_REQUEST');
    // An invitation is decided only through its own meeting.
    const other = await publishedMeeting(staff, kinds.symposium!);
    expectError(
      await staff.post(`/api/meetings/${other.id}/invitations/${liRow.id}/leave-decision`, { approve: true }),
      404,
    );

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'meeting_invitation')
      .where('object_id', '=', String(liRow.id))
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'meeting.leave_request',
      'meeting.leave_refuse',
      'meeting.leave_request',
      'meeting.leave_approve',
    ]);
  });

  it('a sign-up meeting with a cap: the waiting list, promoted first come first served when a place frees', async () => {
    const m = await publishedMeeting(staff, kinds.inspection!, { capacity: 1 });
    await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true } });
    expect((await zhang.post(`/api/meetings/${m.id}/attend`)).json().reply).toBe('attending');
    expect((await li.post(`/api/meetings/${m.id}/attend`)).json().reply).toBe('waitlisted');
    expect((await wang.post(`/api/meetings/${m.id}/attend`)).json().reply).toBe('waitlisted');
    expect((await zhang.post(`/api/meetings/${m.id}/decline`)).json().reply).toBe('declined');
    const replies = Object.fromEntries((await invitees(m.id)).map((i) => [i.name, i.reply]));
    expect(replies).toMatchObject({ 张建国: 'declined', 李晓梅: 'attending', 王志强: 'waitlisted' });
    expect(await notices(fx.users.member2!.id, 'meeting.promoted')).toHaveLength(1);
    // Leave from a sign-up meeting needs no approval, and frees the place too.
    expect((await li.post(`/api/meetings/${m.id}/leave`, { reason: '临时出差' })).json().reply).toBe('leave_approved');
    expect((await invitees(m.id)).find((i) => i.name === '王志强')!.reply).toBe('attending');
  });

  it('no replies to a cancelled meeting or one that has ended', async () => {
    const soon = new Date(ctx.clock.now().getTime() + 60_000);
    const end = new Date(soon.getTime() + 10 * 60_000);
    const short = await publishedMeeting(staff, kinds.symposium!, {
      startsAt: soon.toISOString(),
      endsAt: end.toISOString(),
    });
    await staff.post(`/api/meetings/${short.id}/invitations`, { audience: { memberIds: [fx.members.zhang] } });
    ctx.clock.advance(20 * 60_000);
    expectError(await zhang.post(`/api/meetings/${short.id}/leave`, { reason: '已过会期' }), 409, 'MEETING_ENDED');
    const m = await publishedMeeting(staff, kinds.symposium!);
    await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { memberIds: [fx.members.zhang] } });
    await staff.post(`/api/meetings/${m.id}/cancel`, { reason: '议题并入下月协商会' });
    expectError(await zhang.post(`/api/meetings/${m.id}/attend`), 409, 'NOT_OPEN');
    expectError(await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true } }), 409);
    expect(await notices(fx.users.member!.id, 'meeting.cancelled')).toHaveLength(1);
  });
});
