import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { kindIds, passTime, publishedMeeting } from '../core/meetings.test-helpers.js';

describe(`meetings: the member's personal check-in code and the office's scanner (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let zhang: Client;
  let li: Client;
  let wang: Client;
  let county: Client;
  let countyMember: Client;
  let kinds: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [staff, leader, zhang, li, wang, county, countyMember] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'lixiaomei', 'wangzhiqiang', 'dongcheng', 'zhaochunhua'].map((u) =>
        login(ctx, u, PASSWORD),
      ),
    );
    kinds = await kindIds(staff);
  });
  afterAll(async () => ctx?.close());

  const pass = (minutes: number) => passTime(ctx, [staff, leader, zhang, li, wang], minutes);

  it('checks a member in by his rotating code: on time, late by the grace, a walk-in; refuses forged, expired and other meetings’ codes', async () => {
    const start = new Date(ctx.clock.now().getTime() + 30 * 60_000);
    const end = new Date(start.getTime() + 2 * 3600_000);
    const at = { startsAt: start.toISOString(), endsAt: end.toISOString() };
    const m = await publishedMeeting(staff, kinds.symposium!, { title: '数字经济发展座谈会', ...at });
    const other = await publishedMeeting(staff, kinds.symposium!, { title: '文旅融合座谈会', ...at });
    const later = await publishedMeeting(staff, kinds.symposium!, { title: '秋季视察总结会' });
    for (const x of [m, other, later])
      await staff.post(`/api/meetings/${x.id}/invitations`, {
        audience: { memberIds: [fx.members.zhang, fx.members.li] },
      });

    // The member's own code: invitees; an uninvited member of the organisation (he will be a walk-in).
    const code = async (c: Client, id = m.id) => {
      const res = await c.get(`/api/meetings/${id}/my-code`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { code: string; expiresAt: string; windowSeconds: number; invited: boolean };
    };
    const zhangCode = await code(zhang);
    expect(zhangCode).toMatchObject({ windowSeconds: 30, invited: true, title: '数字经济发展座谈会' });
    expect((await code(wang)).invited).toBe(false);
    expectError(await leader.get(`/api/meetings/${m.id}/my-code`), 403, 'NOT_INVITED');
    expectError(await staff.get(`/api/meetings/${m.id}/my-code`), 403);
    expectError(await countyMember.get(`/api/meetings/${m.id}/my-code`), 404);
    expectError(await zhang.get(`/api/meetings/${later.id}/my-code`), 409, 'CHECKIN_CLOSED');
    expectError(await zhang.get('/api/meetings/999999/my-code'), 404);
    expect((await zhang.get(`/api/meetings/${m.id}`)).json().allowedActions).toContain('myCode');

    // Only the meeting's office scans; a member, a leader, another organisation's office cannot.
    const scan = (c: Client, text: string, id = m.id) => c.post(`/api/meetings/${id}/scan`, { code: text });
    expectError(await scan(zhang, zhangCode.code), 403);
    expectError(await scan(leader, zhangCode.code), 403);
    expectError(await scan(county, zhangCode.code), 404);
    expectError(await scan(staff, ''), 400, 'VALIDATION_FAILED');
    expectError(await staff.post(`/api/meetings/${m.id}/scan`, {}), 400, 'VALIDATION_FAILED');

    // Refusals, each with its own reason: not a code, another meeting's, altered, made up.
    expectError(await scan(staff, 'https://example.com/qr'), 400, 'CODE_MALFORMED');
    expectError(await scan(staff, (await code(zhang, other.id)).code), 400, 'CODE_OTHER_MEETING');
    const [p, mid, member, window, mac] = zhangCode.code.split('.');
    const flipped = mac!.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A'));
    expectError(await scan(staff, [p, mid, member, window, flipped].join('.')), 400, 'CODE_FORGED');
    // Someone else's number in a real code: the signature no longer fits.
    expectError(await scan(staff, [p, mid, fx.members.li, window, mac].join('.')), 400, 'CODE_FORGED');
    // Moving the window forward to outlive the screenshot: forged too.
    expectError(await scan(staff, [p, mid, member, Number(window) + 4, mac].join('.')), 400, 'CODE_FORGED');

    // 张建国 on time: attended, by his code, with his name for the door volunteer.
    const ok = await scan(staff, ` ${zhangCode.code} `);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      memberId: fx.members.zhang,
      name: '张建国',
      method: 'personal_code',
      attendance: 'attended',
      walkIn: false,
    });
    const twice = await scan(staff, zhangCode.code);
    expectError(twice, 409, 'ALREADY_CHECKED_IN');
    expect(twice.json().error.message).toContain('张建国');
    expectError(await zhang.get(`/api/meetings/${m.id}/my-code`), 409, 'ALREADY_CHECKED_IN');

    // A screenshot a minute old is refused; 李晓梅's fresh code, 45 minutes on (after the grace), is late.
    const liOld = await code(li);
    await pass(46);
    expectError(await scan(staff, liOld.code), 400, 'CODE_EXPIRED');
    const late = await scan(staff, (await code(li)).code);
    expect(late.json()).toMatchObject({ name: '李晓梅', attendance: 'late', walkIn: false });

    // 王志强 was not invited: recorded as a walk-in by his code, once.
    const walkIn = await scan(staff, (await code(wang)).code);
    expect(walkIn.statusCode, walkIn.body).toBe(200);
    expect(walkIn.json()).toMatchObject({ name: '王志强', attendance: 'walk_in', walkIn: true });
    const board = (await staff.get(`/api/meetings/${m.id}/attendance`)).json();
    expect(board).toMatchObject({ invited: 3, expected: 2, present: 3 });
    expect(board.attendance).toMatchObject({ attended: 1, late: 1, walk_in: 1 });
    const wangRow = board.rows.items.find((r: { name: string }) => r.name === '王志强');
    expect(wangRow).toMatchObject({ checkinMethod: 'personal_code', source: 'walk_in', guest: false });

    // Every attempt is in the log with its outcome; each check-in audited.
    const log = await ctx.platform.db
      .selectFrom('meeting_checkin_log')
      .select(['outcome', 'method'])
      .where('meeting_id', '=', m.id)
      .orderBy('id')
      .execute();
    expect(log.map((l) => l.outcome)).toEqual([
      'CODE_MALFORMED',
      'CODE_OTHER_MEETING',
      'CODE_FORGED',
      'CODE_FORGED',
      'CODE_FORGED',
      'ok',
      'CODE_EXPIRED',
      'ok',
      'ok',
    ]);
    expect(new Set(log.map((l) => l.method))).toEqual(new Set(['personal_code']));
    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', ['meeting.checkin', 'meeting.walk_in'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['meeting.checkin', 'meeting.checkin', 'meeting.walk_in']);
    expect(String(audit[0]!.detail)).toContain('personal_code');
  });
});
