import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { draftMeeting, kindIds, SYMPOSIUM } from './meetings.test-helpers.js';

describe(`meetings: the meeting itself (${ENGINE})`, () => {
  let ctx: TestContext;
  let staff: Client;
  let leader: Client;
  let member: Client;
  let county: Client;
  let kinds: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    [staff, leader, member, county] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'dongcheng'].map((u) => login(ctx, u, PASSWORD)),
    );
    kinds = await kindIds(staff);
  });
  afterAll(async () => ctx?.close());

  it('the office drafts a meeting with the kind’s defaults; the draft is the office’s alone', async () => {
    expectError(await member.post('/api/meetings', { kindId: kinds.consult_topic, ...SYMPOSIUM }), 403);
    const m = await draftMeeting(staff, kinds.inspection!, { title: '沿江生态修复视察' });
    const res = await staff.get(`/api/meetings/${m.id}`);
    expect(res.json()).toMatchObject({
      title: '沿江生态修复视察',
      status: 'draft',
      startsAt: '2026-03-10T01:00:00.000Z',
      endsAt: '2026-03-10T03:30:00.000Z',
      attendanceMode: 'signup', // the inspection kind's default
      kind: { code: 'inspection', name: '视察', category: 'inspection' },
      version: 1,
      allowedActions: ['edit', 'publish', 'cancel', 'invite', 'addGuest', 'editGuide'],
    });
    expect(res.json().replies.pending).toBe(0);
    const { checkin_secret } = await ctx.platform.db
      .selectFrom('meetings')
      .select('checkin_secret')
      .where('id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(res.json())).not.toContain(checkin_secret);
    for (const c of [leader, member, county]) expectError(await c.get(`/api/meetings/${m.id}`), 404);
  });

  it('refuses bad input with the field at fault', async () => {
    const bad = async (over: Record<string, unknown>, path: string) => {
      const res = await staff.post('/api/meetings', { kindId: kinds.symposium, ...SYMPOSIUM, ...over });
      expectError(res, 400);
      expect(JSON.stringify(res.json().error.details)).toContain(path);
    };
    await bad({ endsAt: '2026-03-10T08:00:00+08:00' }, 'endsAt');
    await bad({ startsAt: '2026-03-10 09:00' }, 'startsAt');
    await bad({ replyDeadline: '2026-03-11T00:00:00Z' }, 'replyDeadline');
    await bad({ venueLng: null }, 'venueLng');
    await bad({ kindId: 999999 }, 'kindId');
    await bad({ onlineUrl: 'javascript:alert(1)' }, 'onlineUrl');
    const countyKind = (await county.get('/api/meeting-kinds')).json()[0].id;
    await bad({ kindId: countyKind }, 'kindId');
  });

  it('publishes, edits (a new version when the time or place moves) and cancels, each audited', async () => {
    const m = await draftMeeting(staff, kinds.consult_topic!);
    const published = await staff.post(`/api/meetings/${m.id}/publish`);
    expect(published.json()).toMatchObject({
      status: 'published',
      allowedActions: ['edit', 'cancel', 'invite', 'addGuest', 'editGuide'],
    });
    expectError(await staff.post(`/api/meetings/${m.id}/publish`), 409, 'INVALID_STATE');
    expect((await leader.get(`/api/meetings/${m.id}`)).json()).toMatchObject({
      status: 'published',
      allowedActions: [],
    });
    expectError(await member.get(`/api/meetings/${m.id}`), 404); // not invited
    expectError(await leader.patch(`/api/meetings/${m.id}`, { title: '改名' }), 403);

    const renamed = await staff.patch(`/api/meetings/${m.id}`, { title: '优化营商环境专题协商会（第二次）' });
    expect(renamed.json().version).toBe(1);
    const moved = await staff.patch(`/api/meetings/${m.id}`, { venue: '市民中心二号会议室' });
    expect(moved.json()).toMatchObject({ version: 2, venue: '市民中心二号会议室' });
    expectError(await staff.patch(`/api/meetings/${m.id}`, { endsAt: '2026-03-10T00:00:00Z' }), 400);

    expectError(await staff.post(`/api/meetings/${m.id}/cancel`, {}), 400);
    const cancelled = await staff.post(`/api/meetings/${m.id}/cancel`, { reason: '与市人大常委会会议时间冲突' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '与市人大常委会会议时间冲突' });
    expectError(await staff.patch(`/api/meetings/${m.id}`, { title: '再改' }), 409, 'INVALID_STATE');
    expectError(await staff.post(`/api/meetings/${m.id}/cancel`, { reason: '重复取消' }), 409);

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'meeting')
      .where('object_id', '=', String(m.id))
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'meeting.create',
      'meeting.publish',
      'meeting.update',
      'meeting.update',
      'meeting.cancel',
    ]);
  });

  it('a meeting that has ended cannot be cancelled; the refusal speaks the caller’s language', async () => {
    const m = await draftMeeting(staff, kinds.symposium!, {
      startsAt: '2026-02-01T09:00:00+08:00',
      endsAt: '2026-02-01T11:00:00+08:00',
    });
    expect((await staff.get(`/api/meetings/${m.id}`)).json().allowedActions).not.toContain('cancel');
    const zh = await staff.post(`/api/meetings/${m.id}/cancel`, { reason: '补录后发现重复' });
    expectError(zh, 409, 'MEETING_ENDED');
    expect(zh.json().error.message).toBe('会议已结束，不能取消');
    const en = await staff.request({
      method: 'POST',
      url: `/api/meetings/${m.id}/cancel`,
      payload: { reason: '补录后发现重复' },
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expectError(en, 409, 'MEETING_ENDED');
    expect(en.json().error.message).toBe('The meeting has ended and can no longer be cancelled');
  });

  it('a meeting that has ended cannot be published', async () => {
    const m = await draftMeeting(staff, kinds.symposium!, {
      startsAt: '2026-02-01T09:00:00+08:00',
      endsAt: '2026-02-01T11:00:00+08:00',
    });
    expectError(await staff.post(`/api/meetings/${m.id}/publish`), 400);
  });

  it('sub-sessions sit inside their plenary and go no deeper', async () => {
    const plenary = await draftMeeting(staff, kinds.plenary!, {
      title: '市政协十五届三次会议',
      startsAt: '2026-03-09T09:00:00+08:00',
      endsAt: '2026-03-12T12:00:00+08:00',
    });
    const group = await draftMeeting(staff, kinds.plenary_group!, { parentId: plenary.id, title: '经济界别分组讨论' });
    expect((await staff.get(`/api/meetings/${group.id}`)).json().parentId).toBe(plenary.id);
    const outside = {
      parentId: plenary.id,
      startsAt: '2026-03-13T09:00:00+08:00',
      endsAt: '2026-03-13T10:00:00+08:00',
    };
    expectError(await staff.post('/api/meetings', { kindId: kinds.plenary_group, ...SYMPOSIUM, ...outside }), 400);
    expectError(
      await staff.post('/api/meetings', { kindId: kinds.plenary_group, ...SYMPOSIUM, parentId: group.id }),
      400,
    );
  });

  it('lists the organisation’s meetings for the office (drafts too) and leaders (not drafts); members only their own', async () => {
    const office = (await staff.get('/api/meetings?scope=org&pageSize=100')).json();
    const lead = (await leader.get('/api/meetings?scope=org&pageSize=100')).json();
    expect(office.total).toBeGreaterThan(lead.total);
    expect(lead.items.every((m: { status: string }) => m.status !== 'draft')).toBe(true);
    expect(office.items.some((m: { status: string }) => m.status === 'draft')).toBe(true);
    const march = (await staff.get('/api/meetings?scope=org&from=2026-03-10T00:00:00Z&to=2026-03-11T00:00:00Z')).json();
    expect(march.items.every((m: { startsAt: string }) => m.startsAt.startsWith('2026-03-10'))).toBe(true);
    expectError(await member.get('/api/meetings?scope=org'), 403);
    expect((await member.get('/api/meetings')).json()).toMatchObject({ items: [], total: 0 });
    expect((await county.get('/api/meetings?scope=org')).json().total).toBe(0);
  });
});
