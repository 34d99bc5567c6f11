import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { docxText } from '../../../test/sheets.js';
import { kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';

describe(`meetings: the paper sign-in sheet (${ENGINE})`, () => {
  let ctx: TestContext;
  let staff: Client;
  let leader: Client;
  let zhang: Client;
  let li: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    [staff, leader, zhang, li] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'lixiaomei'].map((u) => login(ctx, u, PASSWORD)),
    );
  });
  afterAll(async () => ctx?.close());

  it('lists the expected invitees with a box to sign, for the office and leaders, audited', async () => {
    const kinds = await kindIds(staff);
    const m = await publishedMeeting(staff, kinds.symposium!);
    await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true } });
    expect((await li.post(`/api/meetings/${m.id}/decline`)).statusCode).toBe(200);

    const res = await staff.get(`/api/meetings/${m.id}/signin-sheet.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('.docx');
    const text = await docxText(res.rawPayload);
    expect(text).toContain('优化营商环境专题协商会');
    expect(text).toContain('签 到 表');
    expect(text).toContain('2026年3月10日 09:00–11:30');
    expect(text).toContain('市政协机关三楼会议室');
    expect(text).toContain('张建国');
    expect(text).toContain('王志强');
    // 李晓梅 declined: not expected, not on the sheet.
    expect(text).not.toContain('李晓梅');
    expect(text).toContain('应到 2 人');

    expect((await leader.get(`/api/meetings/${m.id}/signin-sheet.docx`)).statusCode).toBe(200);
    expectError(await zhang.get(`/api/meetings/${m.id}/signin-sheet.docx`), 403);
    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'meeting.signin_sheet_export')
      .execute();
    expect(audit).toHaveLength(2);
  });
});
