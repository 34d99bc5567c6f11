import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { attendanceOf } from '../index.js';
import { kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';

const VENUE = { lat: 30.2741, lng: 120.1551 };

describe(`meetings: check-in and attendance (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let zhang: Client;
  let li: Client;
  let kinds: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [staff, leader, zhang, li] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'lixiaomei'].map((u) => login(ctx, u, PASSWORD)),
    );
    kinds = await kindIds(staff);
  });
  afterAll(async () => ctx?.close());

  it('a rotating code, a position within the radius, the office’s hand check-in, and the states they amount to', async () => {
    const start = new Date(ctx.clock.now().getTime() + 30 * 60_000);
    const end = new Date(start.getTime() + 3 * 3600_000);
    // The plenary kind checks in by code and position.
    const m = await publishedMeeting(staff, kinds.plenary!, {
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
      venueLat: VENUE.lat,
      venueLng: VENUE.lng,
      checkinRadiusM: 300,
    });
    await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true } });
    expectError(await zhang.get(`/api/meetings/${m.id}/checkin-code`), 403);
    const first = await staff.get(`/api/meetings/${m.id}/checkin-code`);
    expect(first.json()).toMatchObject({ windowSeconds: 30 });
    const { code } = first.json();

    expectError(await zhang.post(`/api/meetings/${m.id}/checkin`, { code }), 400, 'LOCATION_REQUIRED');
    const far = await zhang.post(`/api/meetings/${m.id}/checkin`, { code, lat: 30.2841, lng: 120.1551, accuracyM: 20 });
    expectError(far, 400, 'TOO_FAR');
    expect(far.json().error.message).toMatch(/1112 米|1111 米/);
    expectError(
      await zhang.post(`/api/meetings/${m.id}/checkin`, { code: 'x'.repeat(22), ...VENUE }),
      400,
      'CHECKIN_CODE_INVALID',
    );
    expectError(await leader.post(`/api/meetings/${m.id}/checkin`, { code, ...VENUE }), 403, 'NOT_INVITED');
    // 120 m out, reported accuracy 50 m: within 300 m.
    const ok = await zhang.post(`/api/meetings/${m.id}/checkin`, {
      code,
      lat: VENUE.lat + 0.00108,
      lng: VENUE.lng,
      accuracyM: 50,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ method: 'location', attendance: 'attended' });
    expect(ok.json().distanceM).toBeGreaterThan(100);
    expectError(await zhang.post(`/api/meetings/${m.id}/checkin`, { code, ...VENUE }), 409, 'ALREADY_CHECKED_IN');

    // A code is good for its window and the next one, then no longer (a screenshot sent home is useless a minute later).
    ctx.clock.advance(61_000);
    expectError(await li.post(`/api/meetings/${m.id}/checkin`, { code, ...VENUE }), 400, 'CHECKIN_CODE_INVALID');

    // After start + 10 minutes' grace the office checks 王志强 in by hand: late.
    ctx.clock.advance(25 * 60_000);
    await staff.get('/api/meetings?scope=org'); // keep the sessions alive
    await li.get('/api/meetings');
    await zhang.get('/api/meetings');
    ctx.clock.advance(15 * 60_000);
    const list = (await staff.get(`/api/meetings/${m.id}/invitations`)).json().items as {
      id: number;
      memberId: number;
    }[];
    const wangInv = list.find((i) => i.memberId === fx.members.wang)!;
    expectError(await li.post(`/api/meetings/${m.id}/invitations/${wangInv.id}/checkin`), 403);
    const manual = await staff.post(`/api/meetings/${m.id}/invitations/${wangInv.id}/checkin`);
    expect(manual.json()).toMatchObject({ method: 'manual', attendance: 'late' });
    expectError(await staff.post(`/api/meetings/${m.id}/invitations/${wangInv.id}/checkin`), 400, 'ALREADY_CHECKED_IN');

    const log = await ctx.platform.db
      .selectFrom('meeting_checkin_log')
      .select('outcome')
      .where('meeting_id', '=', m.id)
      .orderBy('id')
      .execute();
    expect(log.map((l) => l.outcome)).toEqual([
      'LOCATION_REQUIRED',
      'TOO_FAR',
      'CHECKIN_CODE_INVALID',
      'ok',
      'CHECKIN_CODE_INVALID',
      'ok',
    ]);

    // The published read model: 李晓梅 never checked in, read as absent once the meeting has ended.
    const q = { orgIds: [fx.city], from: start.toISOString(), to: end.toISOString() };
    const during = await attendanceOf(ctx.platform.db, q, ctx.clock.now().toISOString());
    const after = await attendanceOf(ctx.platform.db, q, end.toISOString());
    const byMember = (rows: typeof after) => Object.fromEntries(rows.map((r) => [r.memberId, r.attendance]));
    expect(byMember(during)).toEqual({
      [fx.members.zhang!]: 'attended',
      [fx.members.li!]: null,
      [fx.members.wang!]: 'late',
    });
    expect(byMember(after)[fx.members.li!]).toBe('absent');
    expect(after[0]).toMatchObject({ meetingId: m.id, kindCode: 'plenary', category: 'plenary', countsAs: null });
    expect(await attendanceOf(ctx.platform.db, { ...q, countsAs: 'study' }, end.toISOString())).toEqual([]);
    expect(
      await attendanceOf(ctx.platform.db, { ...q, memberIds: [fx.members.zhang!] }, end.toISOString()),
    ).toHaveLength(1);
  });

  it('check-in opens an hour before the start', async () => {
    const m = await publishedMeeting(staff, kinds.symposium!); // 2026-03-10, days away
    await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true } });
    expectError(await staff.get(`/api/meetings/${m.id}/checkin-code`), 409, 'CHECKIN_CLOSED');
    expectError(await zhang.post(`/api/meetings/${m.id}/checkin`, { code: 'abc' }), 409, 'CHECKIN_CLOSED');
  });
});
