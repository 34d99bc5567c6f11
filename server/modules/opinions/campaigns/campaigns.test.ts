// The activity week's campaign: the city's office writes it, chooses the organisations taking
// part (itself and its counties), opens and closes it; each organisation's office signs up its
// own participants; the events are the activity-week meetings in its days; the public link is
// made once, shown once and rotated; a county sees the campaign and only its own part.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { kindIds, meetingAt, signIn } from './campaigns.test-helpers.js';
import { hashToken } from './campaigns.model.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  county: 'dongcheng',
  zhao: 'zhaochunhua',
  unit: 'jiaoyuju',
} as const;

const WEEK = {
  year: 2026,
  title: '2026年界别活动周',
  theme: '聚焦民生实事 助推高质量发展',
  description: '各界别委员深入基层，广泛收集群众意见建议。',
  startsOn: '2026-05-11',
  endsOn: '2026-05-17',
};

describe(`opinions: campaigns (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let id: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-05-06T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
  });
  afterAll(async () => ctx?.close());

  const detail = async (who: Client) => {
    const res = await who.get(`/api/opinions/campaigns/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('lets the office write a campaign, and refuses bad dates and other roles', async () => {
    expectError(
      await c.staff.post('/api/opinions/campaigns', { ...WEEK, endsOn: '2026-05-01' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await c.staff.post('/api/opinions/campaigns', { ...WEEK, startsOn: '2026-02-30' }), 400);
    expectError(await c.staff.post('/api/opinions/campaigns', { ...WEEK, title: '' }), 400);
    expectError(await c.leader.post('/api/opinions/campaigns', WEEK), 403);
    expectError(await c.zhang.post('/api/opinions/campaigns', WEEK), 403);
    const res = await c.staff.post('/api/opinions/campaigns', WEEK);
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ status: 'draft', publicOpen: false, hasPublicLink: false, orgId: fx.city });
    // The county does not take part yet: it neither lists nor reads it.
    expect((await c.county.get('/api/opinions/campaigns')).json()).toEqual([]);
    expectError(await c.county.get(`/api/opinions/campaigns/${id}`), 404, 'CAMPAIGN_NOT_FOUND');
    expectError(await c.unit.get('/api/opinions/campaigns'), 403);
    expect((await c.leader.get('/api/opinions/campaigns')).json().map((x: { id: number }) => x.id)).toEqual([id]);
    const edited = await c.staff.patch(`/api/opinions/campaigns/${id}`, { theme: '凝心聚力促发展 履职为民办实事' });
    expect(edited.json().theme).toBe('凝心聚力促发展 履职为民办实事');
  });

  it('takes the organiser and the counties it chooses; each county signs up its own participants', async () => {
    expectError(await c.staff.put(`/api/opinions/campaigns/${id}/orgs`, { orgIds: [999_999] }), 400);
    const set = await c.staff.put(`/api/opinions/campaigns/${id}/orgs`, { orgIds: [fx.countyA] });
    expect(set.json()).toEqual({ orgIds: [fx.city, fx.countyA] });
    expectError(
      await c.county.put(`/api/opinions/campaigns/${id}/orgs`, { orgIds: [fx.countyA] }),
      403,
      'NOT_ORGANISER',
    );

    // Each office its own members only.
    expectError(
      await c.county.put(`/api/opinions/campaigns/${id}/participants`, { memberIds: [fx.members.zhang] }),
      400,
    );
    expect(
      (await c.county.put(`/api/opinions/campaigns/${id}/participants`, { memberIds: [fx.members.zhao] })).json(),
    ).toEqual({ added: 1, removed: 0 });
    expect(
      (
        await c.staff.put(`/api/opinions/campaigns/${id}/participants`, {
          memberIds: [fx.members.zhang, fx.members.wang],
        })
      ).json(),
    ).toEqual({ added: 2, removed: 0 });
    expect(
      (await c.staff.put(`/api/opinions/campaigns/${id}/participants`, { memberIds: [fx.members.zhang] })).json(),
    ).toEqual({ added: 0, removed: 1 });
    expectError(await c.leader.put(`/api/opinions/campaigns/${id}/participants`, { memberIds: [] }), 403);

    // The city sees every organisation's participants; the county its own.
    const city = await detail(c.staff);
    expect(city.participants.map((p: { name: string }) => p.name).sort()).toEqual(['张建国', '赵春华'].sort());
    expect(city.orgs.map((o: { id: number }) => o.id)).toEqual([fx.city, fx.countyA]);
    const county = await detail(c.county);
    expect(county.participants.map((p: { name: string }) => p.name)).toEqual(['赵春华']);
    expect(county.counts.map((x: { orgId: number }) => x.orgId)).toEqual([fx.countyA]);
    expect(county.allowedActions).toEqual(['setParticipants']);
    expect(city.allowedActions).toContain('openCampaign');
  });

  it('lists the activity-week meetings of the organisations taking part in its days as events', async () => {
    const kinds = await kindIds(c.staff);
    const inWeek = await meetingAt(
      c.staff,
      kinds.activity_week_event!,
      '经济界别委员走进开发区',
      '2026-05-12T09:00:00+08:00',
    );
    await meetingAt(c.staff, kinds.activity_week_event!, '上一年度的活动', '2026-05-20T09:00:00+08:00');
    await meetingAt(c.staff, kinds.activity_week_event!, '草稿中的活动', '2026-05-13T09:00:00+08:00', true);
    const countyKinds = await kindIds(c.county);
    const countyEvent = await meetingAt(
      c.county,
      countyKinds.activity_week_event!,
      '农业界委员下乡调研',
      '2026-05-17T15:00:00+08:00',
    );
    expect((await detail(c.staff)).events.map((e: { id: number }) => e.id)).toEqual([inWeek, countyEvent]);
    expect((await detail(c.county)).events.map((e: { id: number }) => e.id)).toEqual([countyEvent]);
  });

  it('opens and closes; the public link is made once, shown once and rotated', async () => {
    expectError(await c.staff.post(`/api/opinions/campaigns/${id}/public`, { enabled: true }), 400);
    expect((await c.zhang.get('/api/opinions/campaigns/open')).json()).toEqual([]);
    const opened = await c.staff.post(`/api/opinions/campaigns/${id}/open`);
    expect(opened.json().status).toBe('open');
    expectError(await c.staff.post(`/api/opinions/campaigns/${id}/open`), 409, 'CAMPAIGN_NOT_DRAFT');
    expect((await c.zhang.get('/api/opinions/campaigns/open')).json().map((x: { id: number }) => x.id)).toEqual([id]);
    expect((await c.zhao.get('/api/opinions/campaigns/open')).json().map((x: { id: number }) => x.id)).toEqual([id]);
    expectError(await c.county.get('/api/opinions/campaigns/open'), 403);

    const on = await c.staff.post(`/api/opinions/campaigns/${id}/public`, { enabled: true });
    expect(on.statusCode, on.body).toBe(200);
    const token = on.json().token as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await ctx.platform.db
      .selectFrom('opinion_campaigns')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.public_token_hash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await c.staff.post(`/api/opinions/campaigns/${id}/public`, { enabled: true })).json().token).toBeNull();
    expect((await c.staff.get(`/api/public/opinions/${token}`)).statusCode).toBe(200);
    expectError(await c.county.post(`/api/opinions/campaigns/${id}/public/rotate`), 403, 'NOT_ORGANISER');
    const rotated = (await c.staff.post(`/api/opinions/campaigns/${id}/public/rotate`)).json();
    expect(rotated.token).not.toBe(token);
    expectError(await c.staff.get(`/api/public/opinions/${token}`), 404, 'LINK_OFF');
    expect((await c.staff.get(`/api/public/opinions/${rotated.token}`)).json().orgs).toHaveLength(2);

    const closed = await c.staff.post(`/api/opinions/campaigns/${id}/close`);
    expect(closed.json()).toMatchObject({ status: 'closed', publicOpen: false });
    expectError(await c.staff.get(`/api/public/opinions/${rotated.token}`), 404, 'LINK_OFF');
    expectError(await c.staff.patch(`/api/opinions/campaigns/${id}`, { title: '改标题' }), 409, 'CAMPAIGN_CLOSED');
    expectError(await c.staff.post(`/api/opinions/campaigns/${id}/close`), 409, 'CAMPAIGN_NOT_OPEN');
    const actions = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'opinion_campaign')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'opinions.campaign_create',
        'opinions.campaign_open',
        'opinions.public_link_rotate',
        'opinions.campaign_close',
      ]),
    );
  });
});
