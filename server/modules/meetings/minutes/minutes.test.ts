// Minutes: the office drafts them with files, publishes them once the meeting has begun (the
// invitees are told), corrects them afterwards (a revision counted and audited); a draft and its
// files are the office's alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { plainPdf } from '../../../test/hostile-files.js';
import { multipartFile } from '../../../test/multipart.js';
import { draftMeeting, kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';

describe(`meetings: minutes (${ENGINE})`, () => {
  let ctx: TestContext;
  let staff: Client;
  let zhang: Client;
  let kinds: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    [staff, zhang] = await Promise.all([login(ctx, 'staff', PASSWORD), login(ctx, 'zhangjianguo', PASSWORD)]);
    kinds = await kindIds(staff);
  });
  afterAll(async () => ctx?.close());

  const soon = (hours: number) => new Date(ctx.clock.now().getTime() + hours * 3_600_000).toISOString();
  const upload = async (name: string) => {
    const res = await staff.request({
      method: 'POST',
      url: '/api/files?purpose=attachment',
      ...multipartFile(name, plainPdf(), 'application/pdf'),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const auditOf = (meetingId: number) =>
    ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'meeting')
      .where('object_id', '=', String(meetingId))
      .where('action', 'like', 'meeting.minutes%')
      .orderBy('seq')
      .execute();

  it('keeps a draft with files for the office, publishes it to the invitees once begun, counts later revisions', async () => {
    const m = await publishedMeeting(staff, kinds.consult_topic!, { startsAt: soon(1), endsAt: soon(3) });
    expect((await staff.post(`/api/meetings/${m.id}/invitations`, { audience: { all: true } })).statusCode).toBe(200);
    const url = `/api/meetings/${m.id}/minutes`;

    const none = await staff.get(url);
    expect(none.json()).toMatchObject({ status: 'none', body: '', allowedActions: ['writeMinutes'] });
    const nothing = { status: 'none', body: '', attachments: [], allowedActions: [] };
    expect((await zhang.get(url)).json()).toMatchObject(nothing);

    expectError(await staff.put(url, { body: '   ' }), 400, 'VALIDATION_FAILED');
    expectError(await zhang.put(url, { body: '委员不能写纪要' }), 403);
    const file = await upload('专题协商会议纪要（征求意见稿）.pdf');
    const body =
      '一、会议听取了市发展改革委关于优化营商环境工作的情况通报。\n二、与会委员围绕审批提速提出十二条意见建议。';
    const saved = await staff.put(url, { body, attachmentIds: [file] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'draft', revision: 0, updatedBy: '周秘书' });
    expect(saved.json().attachments.map((f: { id: string }) => f.id)).toEqual([file]);
    // The draft and its file stay the office's.
    expect((await zhang.get(url)).json()).toMatchObject(nothing);
    expect((await zhang.get(`/api/files/${file}`)).statusCode).toBe(404);
    expectError(await staff.put(url, { body, removeAttachmentIds: ['0b7d9d3c-7a1e-4a55-9d1c-3c1f7f0b2a11'] }), 400);

    // Before the meeting begins the minutes cannot go out.
    expectError(await staff.post(`${url}/publish`), 409, 'NOT_STARTED');
    ctx.clock.advance(2 * 3_600_000);
    staff = await login(ctx, 'staff', PASSWORD);
    const published = await staff.post(`${url}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', allowedActions: ['writeMinutes'] });
    expectError(await staff.post(`${url}/publish`), 409, 'MINUTES_PUBLISHED');
    const told = await ctx.platform.db
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'meeting.minutes_published')
      .where('object_id', '=', String(m.id))
      .execute();
    expect(told).toHaveLength(3);

    zhang = await login(ctx, 'zhangjianguo', PASSWORD);
    expect((await zhang.get(url)).json()).toMatchObject({ status: 'published', body, allowedActions: [] });
    expect((await zhang.get(`/api/files/${file}`)).statusCode).toBe(200);

    // A correction after publishing: counted, audited, the file taken off.
    const revised = await staff.put(url, {
      body: `${body}\n三、会议议定的事项由市政协办公室跟踪督办。`,
      removeAttachmentIds: [file],
    });
    expect(revised.json()).toMatchObject({ revision: 1, attachments: [] });
    expect((await zhang.get(`/api/files/${file}`)).statusCode).toBe(404);
    expect((await auditOf(m.id)).map((a) => a.action)).toEqual([
      'meeting.minutes_save',
      'meeting.minutes_publish',
      'meeting.minutes_revise',
    ]);
  });

  it('refuses minutes of a meeting not published, and hides them from who does not see the meeting', async () => {
    const draft = await draftMeeting(staff, kinds.symposium!, { startsAt: soon(24), endsAt: soon(26) });
    expectError(await staff.put(`/api/meetings/${draft.id}/minutes`, { body: '尚未发布的会议' }), 409, 'NOT_PUBLISHED');
    expectError(await zhang.get(`/api/meetings/${draft.id}/minutes`), 404);
    const other = await publishedMeeting(staff, kinds.symposium!, { startsAt: soon(24), endsAt: soon(26) });
    await staff.put(`/api/meetings/${other.id}/minutes`, { body: '未邀请张建国的会议' });
    expectError(await zhang.get(`/api/meetings/${other.id}/minutes`), 404, 'NOT_FOUND');
  });
});
