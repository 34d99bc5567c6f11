import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { multipartFile } from '../../../test/multipart.js';
import { docxText } from '../../../test/sheets.js';
import { kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const BODY = '各位委员：\n定于三月十日上午九时在市政协三楼会议室召开优化营商环境专题协商会。\n请提前十五分钟到场签到。';

describe(`meetings: notices with read receipts (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let zhang: Client;
  let li: Client;
  let wang: Client;
  let county: Client;
  let countyMember: Client;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    await signIn();
  });
  /** Everyone signs in (again, after the test clock has jumped past the sessions' idle limit). */
  const signIn = async () => {
    [staff, leader, zhang, li, wang, county, countyMember] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'lixiaomei', 'wangzhiqiang', 'dongcheng', 'zhaochunhua'].map((u) =>
        login(ctx, u, PASSWORD),
      ),
    );
  };
  afterAll(async () => ctx?.close());

  const draft = async (c: Client, over: Record<string, unknown> = {}) => {
    const res = await c.post('/api/meeting-notices', {
      title: '关于召开优化营商环境专题协商会的通知',
      body: BODY,
      audience: { committeeIds: [fx.committees['教科卫体委员会']] },
      ...over,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const notes = (userId: number, kind: string) =>
    ctx.platform.db
      .selectFrom('notifications')
      .select('link')
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .execute();

  it('drafts with a meeting and an attachment, publishes to a committee, records first reads and reminds the unread', async () => {
    const kinds = await kindIds(staff);
    const m = await publishedMeeting(staff, kinds.symposium!);
    const upload = await staff.request({
      method: 'POST',
      url: '/api/files?purpose=document',
      ...multipartFile('会议议程.pdf', PDF, 'application/pdf'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const id = await draft(staff, { meetingId: m.id, fileIds: [upload.json().id] });
    // A draft is the office's alone: not the members', not the county's, not a leader's.
    for (const c of [li, county, leader]) expectError(await c.get(`/api/meeting-notices/${id}`), 404);
    expectError(await li.post(`/api/meeting-notices/${id}/read`), 404);
    expectError(await staff.get(`/api/meeting-notices/${id}/receipts`), 409, 'NOT_PUBLISHED');
    expect((await staff.patch(`/api/meeting-notices/${id}`, { title: '关于召开专题协商会的通知' })).statusCode).toBe(
      200,
    );

    expect((await staff.post(`/api/meeting-notices/${id}/publish`)).json()).toEqual({
      recipients: 2,
      withoutAccount: 0,
    });
    expectError(await staff.post(`/api/meeting-notices/${id}/publish`), 409, 'NOT_DRAFT');
    expectError(await staff.patch(`/api/meeting-notices/${id}`, { title: '再改标题' }), 409, 'NOT_DRAFT');
    expect(await notes(fx.users.member2!.id, 'meeting.notice')).toEqual([{ link: `/notices/${id}` }]);
    expect(await notes(fx.users.member!.id, 'meeting.notice')).toEqual([]);

    // Zhang is not addressed: he neither sees it nor can mark it read; the list holds only his own.
    expectError(await zhang.get(`/api/meeting-notices/${id}`), 404);
    expectError(await zhang.post(`/api/meeting-notices/${id}/read`), 404);
    expect((await zhang.get('/api/meeting-notices/mine')).json()).toMatchObject({ total: 0, unread: 0 });
    expectError(await zhang.get(`/api/meeting-notices/${id}/notice.docx`), 404);
    expect((await li.get('/api/meeting-notices/mine')).json()).toMatchObject({
      unread: 1,
      items: [{ id, readAt: null, meetingId: m.id }],
    });
    const page = (await li.get(`/api/meeting-notices/${id}`)).json();
    expect(page).toMatchObject({
      title: '关于召开专题协商会的通知',
      body: BODY,
      audience: null,
      counts: { total: 0 },
      meeting: { id: m.id, title: expect.any(String) },
      attachments: [{ name: '会议议程.pdf' }],
      recipient: true,
      myReadAt: null,
      allowedActions: [],
    });
    // The recipient reads the attachment through the notice.
    expect((await li.get(`/api/files/${page.attachments[0].id}`)).statusCode).toBe(200);
    expect((await zhang.get(`/api/files/${page.attachments[0].id}`)).statusCode).toBe(404);

    const first = (await li.post(`/api/meeting-notices/${id}/read`)).json().readAt;
    ctx.clock.advance(60_000);
    expect((await li.post(`/api/meeting-notices/${id}/read`)).json().readAt).toBe(first);
    expect((await li.get('/api/meeting-notices/mine')).json()).toMatchObject({ unread: 0, items: [{ readAt: first }] });

    const receipts = (await staff.get(`/api/meeting-notices/${id}/receipts`)).json();
    expect(receipts.counts).toEqual({ total: 2, read: 1, unread: 1 });
    const unread = (await staff.get(`/api/meeting-notices/${id}/receipts?read=false`)).json();
    expect(unread.items.map((r: { name: string }) => r.name)).toEqual(['王志强']);
    expect((await leader.get(`/api/meeting-notices/${id}/receipts`)).statusCode).toBe(200);
    expectError(await li.get(`/api/meeting-notices/${id}/receipts`), 403);
    expectError(await leader.post(`/api/meeting-notices/${id}/remind`), 403);

    expect((await staff.post(`/api/meeting-notices/${id}/remind`)).json()).toMatchObject({ reminded: 1 });
    expect(await notes(fx.users.member3!.id, 'meeting.notice_reminder')).toHaveLength(1);
    expect(await notes(fx.users.member2!.id, 'meeting.notice_reminder')).toHaveLength(0);
    expectError(await staff.post(`/api/meeting-notices/${id}/remind`), 409, 'REMINDED_RECENTLY');
    ctx.clock.advance(13 * 3600_000);
    await signIn();
    await wang.post(`/api/meeting-notices/${id}/read`);
    expectError(await staff.post(`/api/meeting-notices/${id}/remind`), 409, 'ALL_READ');

    // The Word copy parses back with the title, every paragraph, the meeting and the attachment.
    const doc = await staff.get(`/api/meeting-notices/${id}/notice.docx`);
    expect(doc.statusCode).toBe(200);
    const text = await docxText(doc.rawPayload);
    for (const s of ['关于召开专题协商会的通知', '请提前十五分钟到场签到。', '会议议程.pdf', '相关会议：'])
      expect(text).toContain(s);

    // Withdrawn: gone from the recipients, kept for the office.
    expect((await staff.post(`/api/meeting-notices/${id}/withdraw`)).json()).toEqual({ ok: true });
    expectError(await li.get(`/api/meeting-notices/${id}`), 404);
    expect((await li.get('/api/meeting-notices/mine')).json().total).toBe(0);
    expect((await staff.get('/api/meeting-notices?status=withdrawn')).json().items[0]).toMatchObject({
      id,
      counts: { total: 2, read: 2, unread: 0 },
    });
    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'meeting_notice')
      .where('object_id', '=', String(id))
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'meeting.notice_create',
      'meeting.notice_update',
      'meeting.notice_publish',
      'meeting.notice_read',
      'meeting.notice_remind',
      'meeting.notice_read',
      'meeting.notice_export',
      'meeting.notice_withdraw',
    ]);
  });

  it('the city addresses the whole body and its counties’ offices; counties see none of the city’s drafts', async () => {
    const id = await draft(staff, { audience: { all: true, officeOrgIds: [fx.countyA] } });
    expect((await county.get('/api/meeting-notices')).json().items).toEqual([]);
    expectError(await county.post(`/api/meeting-notices/${id}/publish`), 404);
    expect((await staff.post(`/api/meeting-notices/${id}/publish`)).json()).toEqual({
      recipients: 4,
      withoutAccount: 0,
    });
    // The county office received it (its own list), the county's members did not.
    expect((await county.get('/api/meeting-notices/mine')).json()).toMatchObject({ unread: 1, items: [{ id }] });
    expect((await countyMember.get('/api/meeting-notices/mine')).json().total).toBe(0);
    expect((await county.post(`/api/meeting-notices/${id}/read`)).statusCode).toBe(200);
    const read = (await staff.get(`/api/meeting-notices/${id}/receipts?read=true`)).json();
    expect(read.items).toEqual([expect.objectContaining({ name: expect.any(String), org: '东城县政协' })]);
    // A county's own notice stays the county's until published; the city reads it once published.
    const own = await draft(county, { audience: { all: true } });
    expectError(await staff.get(`/api/meeting-notices/${own}`), 404);
    expect((await county.post(`/api/meeting-notices/${own}/publish`)).json()).toEqual({
      recipients: 1,
      withoutAccount: 0,
    });
    expect((await staff.get(`/api/meeting-notices/${own}`)).json().allowedActions).toEqual([
      'noticeReceipts',
      'exportNotice',
    ]);
  });

  it('tells the office how many members addressed have no account (the notice cannot reach them)', async () => {
    const committeeId = fx.committees['教科卫体委员会']!;
    await createMember(ctx.platform, {
      orgId: fx.city,
      termId: fx.term,
      name: '孙立群',
      sectorId: Object.values(fx.sectors)[0]!,
      committeeId,
    });
    const id = await draft(staff, { audience: { committeeIds: [committeeId] } });
    const r = (await staff.post(`/api/meeting-notices/${id}/publish`)).json();
    expect(r).toEqual({ recipients: 2, withoutAccount: 1 });
    const entry = await ctx.platform.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'meeting.notice_publish')
      .where('object_id', '=', String(id))
      .executeTakeFirstOrThrow();
    const detail: unknown = typeof entry.detail === 'string' ? JSON.parse(entry.detail) : entry.detail;
    expect(detail).toMatchObject({ recipients: 2, withoutAccount: 1 });
  });

  it('answers every bad input with a clear code', async () => {
    const bad = (body: object) => staff.post('/api/meeting-notices', body);
    const base = { title: '关于报送年度履职情况的通知', body: '请于月底前报送。', audience: { all: true } };
    expectError(await bad({ ...base, audience: {} }), 400);
    expectError(await bad({ ...base, title: ' ' }), 400);
    expectError(await bad({ ...base, audience: { officeOrgIds: [999] } }), 403, 'ORG_NOT_VISIBLE');
    expectError(await bad({ ...base, audience: { memberIds: [fx.members.zhao!] } }), 400);
    expectError(await bad({ ...base, meetingId: 999999 }), 400);
    expectError(await bad({ ...base, fileIds: ['not-a-uuid'] }), 400);
    expectError(await zhang.post('/api/meeting-notices', base), 403);
    expectError(await staff.get('/api/meeting-notices/999999'), 404);
    expectError(await staff.patch(`/api/meeting-notices/${await draft(staff)}`, {}), 400);
    // An audience that reaches no account cannot be published.
    const nobody = await draft(staff, { audience: { parties: ['czgp'] } });
    expectError(await staff.post(`/api/meeting-notices/${nobody}/publish`), 400);
    expectError(await staff.post(`/api/meeting-notices/${nobody}/remind`), 409, 'NOT_PUBLISHED');
    expectError(await staff.post(`/api/meeting-notices/${nobody}/withdraw`), 409, 'NOT_PUBLISHED');
  });
});
