import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sheetRows } from '../../../test/sheets.js';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { attendanceOf } from '../index.js';
import { kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';

describe(`meetings: guests — experts, grassroots and units' representatives, the public (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let zhang: Client;
  let unit: Client;
  let county: Client;
  let kinds: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [staff, leader, zhang, unit, county] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'jiaoyuju', 'dongcheng'].map((u) => login(ctx, u, PASSWORD)),
    );
    kinds = await kindIds(staff);
  });
  afterAll(async () => ctx?.close());

  it('adds guests with sealed phones, lists them to the office only, checks them in and counts them apart from the members', async () => {
    const start = new Date(ctx.clock.now().getTime() + 30 * 60_000);
    const end = new Date(start.getTime() + 2 * 3600_000);
    const m = await publishedMeeting(staff, kinds.chair_member_symposium!, {
      title: '主席联系委员座谈会（乡村振兴）',
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
    });
    await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { memberIds: [fx.members.zhang] } });
    const G = `/api/meetings/${m.id}/guests`;

    // Bad input, each with its field.
    expectError(await staff.post(G, {}), 400, 'VALIDATION_FAILED');
    const bad = await staff.post(G, { name: '刘', kind: 'vip', phone: '12345' });
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(
      bad
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['body.kind', 'body.name', 'body.phone']);
    expectError(await staff.post(G, { name: '刘振华', kind: 'expert', affiliation: 'x'.repeat(101) }), 400);
    expectError(await zhang.post(G, { name: '刘振华', kind: 'expert' }), 403);
    expectError(await county.post(G, { name: '刘振华', kind: 'expert' }), 404);

    const liu = await staff.post(G, {
      name: '刘振华',
      kind: 'expert',
      affiliation: '市农业科学院研究员',
      phone: '139 5710 2233',
    });
    expect(liu.statusCode, liu.body).toBe(201);
    expect(liu.json()).toMatchObject({ name: '刘振华', kind: 'expert', phone: '139****2233', reply: 'attending' });
    const he = await staff.post(G, { name: '何秀英', kind: 'grassroots', affiliation: '城南街道桃园社区党委书记' });
    expect(he.statusCode, he.body).toBe(201);
    expect(he.json().phone).toBeNull();
    const dup = await staff.post(G, { name: '刘振华', kind: 'expert', affiliation: '市农业科学院研究员' });
    expectError(dup, 409, 'GUEST_EXISTS');
    expect(dup.json().error.details).toEqual({ invitationId: liu.json().invitationId });

    // The phone is sealed at rest: no plain digits in the row.
    const row = await ctx.platform.db
      .selectFrom('meeting_invitations')
      .selectAll()
      .where('id', '=', liu.json().invitationId)
      .executeTakeFirstOrThrow();
    expect(row.guest_phone_enc).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain('13957102233');
    expect(row.member_id).toBeNull();

    // The list (masked phones) is the office's: not a leader's, a member's, a unit's or another organisation's.
    const list = await staff.get(G);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((g: { name: string; phone: string | null }) => [g.name, g.phone])).toEqual([
      ['刘振华', '139****2233'],
      ['何秀英', null],
    ]);
    expectError(await leader.get(G), 403);
    expectError(await zhang.get(G), 403);
    expectError(await unit.get(G), 404);
    expectError(await county.get(G), 404);
    // The whole number, one guest at a time, audited; never to a leader.
    const P = `${G}/${liu.json().invitationId}/phone`;
    expectError(await leader.get(P), 403);
    expect((await staff.get(P)).json()).toEqual({ phone: '13957102233' });
    expectError(await staff.get(`${G}/${he.json().invitationId}/phone`), 404, 'NO_PHONE');
    const zhangInv = (await staff.get(`/api/meetings/${m.id}/invitations`))
      .json()
      .items.find((i: { memberId: number | null }) => i.memberId === fx.members.zhang);
    expectError(await staff.get(`${G}/${zhangInv.id}/phone`), 404);

    // In the invitation list, marked as guests.
    const invitations = (await staff.get(`/api/meetings/${m.id}/invitations`)).json().items;
    expect(invitations.map((i: { name: string; guestKind: string | null }) => [i.name, i.guestKind])).toEqual([
      ['张建国', null],
      ['刘振华', 'expert'],
      ['何秀英', 'grassroots'],
    ]);
    // The meeting's reply counts are the members'.
    expect((await staff.get(`/api/meetings/${m.id}`)).json().replies).toMatchObject({ pending: 1, attending: 0 });

    // The office checks 刘振华 in by hand; 何秀英 has not come yet.
    const checkin = await staff.post(`/api/meetings/${m.id}/invitations/${liu.json().invitationId}/checkin`);
    expect(checkin.statusCode, checkin.body).toBe(200);
    expect(checkin.json()).toMatchObject({ method: 'manual', attendance: 'attended' });

    // The board counts members and guests apart (the members' rate is 0 of 1).
    const board = (await leader.get(`/api/meetings/${m.id}/attendance`)).json();
    expect(board).toMatchObject({ invited: 1, expected: 1, present: 0 });
    expect(board.guests).toMatchObject({ invited: 2, expected: 2, present: 1 });
    expect(board.guests.attendance).toMatchObject({ attended: 1, pending: 1 });
    const liuRow = board.rows.items.find((r: { name: string }) => r.name === '刘振华');
    expect(liuRow).toMatchObject({
      guest: true,
      guestKind: 'expert',
      affiliation: '市农业科学院研究员',
      memberId: null,
    });
    expect(JSON.stringify(board)).not.toContain('2233');

    // Never in the members' read models.
    const read = await attendanceOf(
      ctx.platform.db,
      { orgIds: [fx.city], from: '2020-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' },
      end.toISOString(),
    );
    expect(read.filter((r) => r.meetingId === m.id).map((r) => r.memberId)).toEqual([fx.members.zhang]);

    // Removal: not one who came, not a member's invitation; a guest who has not come, yes.
    expectError(await staff.delete(`${G}/${liu.json().invitationId}`), 409, 'GUEST_CHECKED_IN');
    expectError(await staff.delete(`${G}/${zhangInv.id}`), 404);
    expectError(await leader.delete(`${G}/${he.json().invitationId}`), 403);
    expect((await staff.delete(`${G}/${he.json().invitationId}`)).statusCode).toBe(204);
    expect((await staff.get(G)).json().items).toHaveLength(1);

    // The Excel sheet marks guests and counts them after the members.
    const xlsx = await staff.get(`/api/meetings/${m.id}/attendance.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const sheet = await sheetRows(xlsx.rawPayload);
    expect(sheet[2]![0]).toBe('应到 1 人，实到 0 人（未签到 1）；另邀嘉宾 1 人，到会 1 人');
    const byName = Object.fromEntries(sheet.slice(4).map((r) => [r[1], r]));
    expect(byName['刘振华']![9]).toBe('嘉宾·专家（市农业科学院研究员）');
    expect(byName['张建国']![9]).toBe('委员');
    expect(String(xlsx.rawPayload)).not.toContain('13957102233');

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'meeting.guest%')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'meeting.guest_add',
      'meeting.guest_add',
      'meeting.guest_unmask',
      'meeting.guest_remove',
    ]);

    // A cancelled meeting takes no guests.
    await staff.post(`/api/meetings/${m.id}/cancel`, { reason: '改期另行通知' });
    expectError(await staff.post(G, { name: '陈立新', kind: 'public' }), 409, 'INVALID_STATE');
  });
});
