import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sheetRows } from '../../../test/sheets.js';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { kindIds, passTime, publishedMeeting } from '../core/meetings.test-helpers.js';
import { SHEET_HEADER } from './attendance-sheet.js';

describe(`meetings: the attendance board, check-out, walk-ins and the Excel sheet (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let zhang: Client;
  let li: Client;
  let county: Client;
  let kinds: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [staff, leader, zhang, li, county] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'lixiaomei', 'dongcheng'].map((u) => login(ctx, u, PASSWORD)),
    );
    kinds = await kindIds(staff);
  });
  afterAll(async () => ctx?.close());

  const pass = (minutes: number) => passTime(ctx, [staff, leader, zhang, li], minutes);

  it('counts states and replies live, checks out (left early), records a walk-in, and prints the same as Excel', async () => {
    const start = new Date(ctx.clock.now().getTime() + 30 * 60_000);
    const end = new Date(start.getTime() + 2 * 3600_000);
    // The symposium kind checks in by code only; its grace is the kind's.
    const m = await publishedMeeting(staff, kinds.symposium!, {
      title: '民营企业发展座谈会',
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
    });
    await staff.post(`/api/meetings/${m.id}/invitations`, {
      audience: { memberIds: [fx.members.zhang, fx.members.li] },
    });
    const board = async (query = '') => {
      const res = await staff.get(`/api/meetings/${m.id}/attendance${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const before = await board();
    expect(before).toMatchObject({ invited: 2, expected: 2, present: 0, ended: false });
    expect(before.attendance).toMatchObject({ pending: 2, attended: 0, absent: 0 });
    expect(before.replies).toMatchObject({ pending: 2, attending: 0 });
    expect(before.rows.items.map((r: { name: string }) => r.name).sort()).toEqual(['张建国', '李晓梅']);
    expect(before.rows.items.find((r: { name: string }) => r.name === '张建国')).toMatchObject({
      sector: '经济界',
      committee: '经济委员会',
      reply: 'pending',
      attendance: 'pending',
      checkedInAt: null,
    });

    // Readers: the office and leaders; not members, not another organisation's office.
    expect((await leader.get(`/api/meetings/${m.id}/attendance`)).statusCode).toBe(200);
    expectError(await zhang.get(`/api/meetings/${m.id}/attendance`), 403);
    expectError(await county.get(`/api/meetings/${m.id}/attendance`), 404);
    expectError(await zhang.get(`/api/meetings/${m.id}/attendance.xlsx`), 403);
    expectError(await staff.get(`/api/meetings/${m.id}/attendance?attendance=bogus`), 400, 'VALIDATION_FAILED');

    await zhang.post(`/api/meetings/${m.id}/attend`);
    const rows = before.rows.items as { id: number; name: string }[];
    const zhangInv = rows.find((r) => r.name === '张建国')!.id;
    const liInv = rows.find((r) => r.name === '李晓梅')!.id;
    // Check-out and walk-ins only while check-in is open (from an hour before the start).
    expectError(await staff.post(`/api/meetings/${m.id}/invitations/${zhangInv}/checkout`), 409, 'NOT_CHECKED_IN');
    expect((await staff.post(`/api/meetings/${m.id}/invitations/${zhangInv}/checkin`)).json().attendance).toBe(
      'attended',
    );

    // 王志强 was not invited and came: a walk-in, counted present but not expected; once only.
    expectError(await li.post(`/api/meetings/${m.id}/walk-ins`, { memberId: fx.members.wang }), 403);
    expectError(await staff.post(`/api/meetings/${m.id}/walk-ins`, { memberId: 999999 }), 400, 'VALIDATION_FAILED');
    expectError(await staff.post(`/api/meetings/${m.id}/walk-ins`, {}), 400, 'VALIDATION_FAILED');
    const walk = await staff.post(`/api/meetings/${m.id}/walk-ins`, { memberId: fx.members.wang });
    expect(walk.statusCode, walk.body).toBe(201);
    expect(walk.json()).toMatchObject({ method: 'manual', attendance: 'walk_in', checkedOutAt: null });
    const again = await staff.post(`/api/meetings/${m.id}/walk-ins`, { memberId: fx.members.wang });
    expectError(again, 409, 'ALREADY_INVITED');
    expect(again.json().error.details).toEqual({ invitationId: walk.json().invitationId });
    expectError(
      await staff.post(`/api/meetings/${m.id}/walk-ins`, { memberId: fx.members.li }),
      409,
      'ALREADY_INVITED',
    );

    // 张建国 leaves an hour into the two-hour meeting: left early; not twice.
    await pass(90);
    expectError(await zhang.post(`/api/meetings/${m.id}/invitations/${zhangInv}/checkout`), 403);
    const out = await staff.post(`/api/meetings/${m.id}/invitations/${zhangInv}/checkout`);
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json()).toMatchObject({ invitationId: zhangInv, attendance: 'left_early' });
    expectError(await staff.post(`/api/meetings/${m.id}/invitations/${zhangInv}/checkout`), 409, 'ALREADY_CHECKED_OUT');
    const other = await publishedMeeting(staff, kinds.symposium!);
    expectError(await staff.post(`/api/meetings/${other.id}/invitations/${zhangInv}/checkout`), 409, 'CHECKIN_CLOSED');

    const during = await board();
    expect(during).toMatchObject({ invited: 3, expected: 2, present: 2 });
    expect(during.attendance).toMatchObject({ left_early: 1, walk_in: 1, pending: 1, absent: 0 });
    expect(during.replies).toMatchObject({ attending: 2, pending: 1 });
    const onlyWalkIns = await board('?attendance=walk_in');
    expect(onlyWalkIns.rows).toMatchObject({ total: 1, items: [{ name: '王志强', source: 'walk_in' }] });
    expect((await board('?attendance=none')).rows.items.map((r: { id: number }) => r.id)).toEqual([liInv]);
    const paged = await board('?pageSize=1&page=2');
    expect(paged.rows).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(paged.rows.items).toHaveLength(1);

    // After the end, 李晓梅 (no check-in) reads as absent; the sheet says the same and parses back.
    await pass(70);
    const after = await board();
    expect(after).toMatchObject({ ended: true });
    expect(after.attendance).toMatchObject({ absent: 1, pending: 0 });
    const res = await leader.get(`/api/meetings/${m.id}/attendance.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('民营企业发展座谈会'));
    const sheet = await sheetRows(res.rawPayload);
    expect(sheet[0]).toEqual(['民营企业发展座谈会']);
    expect(sheet[2]![0]).toBe('应到 2 人，实到 2 人（早退 1，缺席 1，临时到会 1）');
    expect(sheet[3]).toEqual(SHEET_HEADER);
    const byName = Object.fromEntries(sheet.slice(4).map((r) => [r[1], r]));
    expect(Object.keys(byName).sort()).toEqual(['张建国', '李晓梅', '王志强']);
    expect(byName['张建国']!.slice(2, 6)).toEqual(['经济界', '经济委员会', '参加', '早退']);
    expect(byName['张建国']![7]).toBe('工作人员代签');
    expect(byName['张建国']![8]).toMatch(/^2026-\d\d-\d\d \d\d:\d\d$/);
    expect(byName['李晓梅']!.slice(4, 7)).toEqual(['未回复', '缺席', '']);
    expect(byName['王志强']![5]).toBe('临时到会');

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['action', 'object_type'])
      .where('action', 'in', ['meeting.walk_in', 'meeting.checkout', 'meeting.attendance_export'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['meeting.walk_in', 'meeting.checkout', 'meeting.attendance_export']);
  });
});
