// Field visits through the API: the office assigns (k visits per object, balanced, own district
// first, nobody to his own unit), a member reads his list in route order, uploads photos carrying
// EXIF time and GPS and sends the visit; a resend with the same phone id answers the same visit;
// photos off site or out of the period flag the visit without refusing it; the stored photos
// carry no EXIF; who may read what.
import sharp from 'sharp';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { multipartFile } from '../../../test/multipart.js';
import { draftCampaign, signIn } from '../campaigns/campaigns.test-helpers.js';
import { fieldPhotoFixture } from '../photos/index.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  li: 'lixiaomei',
  wang: 'wangzhiqiang',
  county: 'dongcheng',
  unit: 'jiaoyuju',
} as const;

const RIVERSIDE = {
  name: '滨江体育公园',
  district: '江临区',
  lat: 31.2381,
  lon: 121.4902,
  responsibleUnit: '市住房和城乡建设局',
};
const SOUTH_LAKE = { name: '南湖口袋公园', district: '南湖区', lat: 31.2109, lon: 121.4533 };
const WEST_HILL = { name: '西山森林公园', district: '西山区', lat: 31.3, lon: 121.3 };

describe(`supervision: field visits (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let id: number;
  let criteria: { id: number; maxScore: number }[];
  let objects: Record<string, number>;

  const upload = async (who: Client, photo: Buffer) => {
    const { payload, headers } = multipartFile('IMG_0001.jpg', photo, 'image/jpeg');
    const res = await who.request({ method: 'POST', url: '/api/files?purpose=photo', payload, headers });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const visitBody = (objectId: number, photoIds: string[], clientId = randomUUID()) => ({
    clientId,
    campaignId: id,
    objectId,
    visitedAt: '2026-05-10T02:30:00Z',
    interviewee: '晨练的退休教师刘阿姨',
    interviewNotes: '步道平整，但公厕晚上七点就锁门，傍晚散步的人不方便。',
    scores: criteria.map((x, i) => ({ criterionId: x.id, score: [8, 7, 9, 6][i] ?? 8 })),
    comment: '整体维护较好，建议延长公厕开放时间。',
    photoIds,
  });

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-05-20T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
    // 张建国 works for the housing bureau, the department answerable for the riverside park.
    await ctx.platform.db
      .updateTable('members')
      .set({ work_unit: '江临市住房和城乡建设局' })
      .where('id', '=', fx.members.zhang)
      .execute();
    id = await draftCampaign(
      c.staff,
      [RIVERSIDE, SOUTH_LAKE, WEST_HILL],
      [fx.members.zhang, fx.members.li, fx.members.wang],
    );
    await c.staff.put(`/api/supervision/campaigns/${id}/participants`, {
      participants: [
        { memberId: fx.members.zhang, district: '江临区' },
        { memberId: fx.members.li, district: '南湖区' },
        { memberId: fx.members.wang, district: '江临区' },
      ],
    });
    const detail = (await c.staff.get(`/api/supervision/campaigns/${id}`)).json();
    criteria = detail.criteria;
    objects = Object.fromEntries(
      ((await c.staff.get(`/api/supervision/campaigns/${id}/objects`)).json() as { name: string; id: number }[]).map(
        (o) => [o.name, o.id],
      ),
    );
  });
  afterAll(async () => ctx?.close());

  it('assigns every object twice, evenly, never to a member of the unit answerable for it', async () => {
    expectError(await c.leader.post(`/api/supervision/campaigns/${id}/assign`), 403);
    const res = await c.staff.post(`/api/supervision/campaigns/${id}/assign`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ assignments: 6, minLoad: 2, maxLoad: 2, shortfalls: [] });
    const list = (await c.staff.get(`/api/supervision/campaigns/${id}/assignments`)).json();
    const who = (name: string) =>
      list
        .find((o: { name: string }) => o.name === name)
        .assignees.map((a: { name: string }) => a.name)
        .sort();
    expect(who('滨江体育公园')).toEqual(['李晓梅', '王志强'].sort());
    for (const o of list) expect(o.assignees).toHaveLength(2);
    // By hand: one more visitor for the west hill park, then taken away again.
    const zhangOnRiverside = await c.staff.post(`/api/supervision/campaigns/${id}/assignments`, {
      objectId: objects['滨江体育公园'],
      memberId: fx.members.li,
    });
    expectError(zhangOnRiverside, 409, 'ALREADY_ASSIGNED');
    expectError(
      await c.staff.post(`/api/supervision/campaigns/${id}/assignments`, { objectId: objects['西山森林公园'] }),
      400,
    );
    expectError(
      await c.staff.post(`/api/supervision/campaigns/${id}/assignments`, {
        objectId: objects['西山森林公园'],
        memberId: fx.members.zhao,
      }),
      400,
    );
    const open = await c.staff.post(`/api/supervision/campaigns/${id}/open`);
    expect(open.statusCode, open.body).toBe(200);
  });

  it('gives a member his list in route order, his own district first, with the criteria', async () => {
    expectError(await c.staff.get('/api/supervision/my-assignments'), 403);
    const mine = (await c.wang.get('/api/supervision/my-assignments')).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].campaign).toMatchObject({ id, periodStart: '2026-05-01', periodEnd: '2026-06-30' });
    expect(mine.items[0].campaign.criteria).toHaveLength(4);
    const stops = mine.items[0].objects;
    expect(stops).toHaveLength(2);
    expect(stops[0]).toMatchObject({ name: '滨江体育公园', district: '江临区', order: 1, visited: false });
  });

  it('stores a visit with photos taken on site in the period, strips their EXIF, and answers a resend with the same visit', async () => {
    const photo = await fieldPhotoFixture({ takenAt: new Date('2026-05-10T10:20:00Z'), lat: 31.2385, lon: 121.4899 });
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const fileId = await upload(c.wang, photo);
    const body = visitBody(objects['滨江体育公园']!, [fileId]);
    const first = await c.wang.post('/api/supervision/visits', body);
    expect(first.statusCode, first.body).toBe(201);
    const v = first.json();
    expect(v).toMatchObject({
      memberName: '王志强',
      objectName: '滨江体育公园',
      evidence: { status: 'ok', reasons: [] },
    });
    // 0.3×8/10 + 0.3×7/10 + 0.2×9/10 + 0.2×6/10 = 0.75
    expect(v.score).toBe(75);
    expect(v.photos[0].distanceMetres).toBeLessThan(100);
    // The camera's wall clock as it was, no zone: not read as UTC (the pages would show 18:20).
    expect(v.photos[0].takenAt).toBe('2026-05-10T10:20:00');
    // The lost answer: the phone sends the same visit again.
    const again = await c.wang.post('/api/supervision/visits', body);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().id).toBe(v.id);
    expect(await ctx.platform.db.selectFrom('supervision_visits').select('id').execute()).toHaveLength(1);
    // The stored copy has no EXIF; the office reads it, another member does not.
    const stored = await c.staff.get(`/api/files/${fileId}`);
    expect(stored.statusCode).toBe(200);
    expect((await sharp(stored.rawPayload).metadata()).exif).toBeUndefined();
    expectError(await c.li.get(`/api/files/${fileId}`), 404);
    expect((await c.wang.get('/api/supervision/my-assignments')).json().items[0].objects[0].visited).toBe(true);
  });

  it('flags, never refuses, a visit whose photos are far away, out of the period or missing', async () => {
    const far = await upload(
      c.li,
      await fieldPhotoFixture({ takenAt: new Date('2026-05-12T09:00:00Z'), lat: 31.3, lon: 121.6 }),
    );
    const res = await c.li.post('/api/supervision/visits', visitBody(objects['滨江体育公园']!, [far]));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().evidence).toEqual({ status: 'flagged', reasons: ['far_from_object'] });
    const old = await upload(
      c.li,
      await fieldPhotoFixture({ takenAt: new Date('2025-10-01T09:00:00Z'), lat: 31.2109, lon: 121.4533 }),
    );
    expect(
      (await c.li.post('/api/supervision/visits', visitBody(objects['南湖口袋公园']!, [old]))).json().evidence.reasons,
    ).toEqual(['outside_period']);
    // Not his assignment and no photo at all.
    expect(
      (await c.li.post('/api/supervision/visits', visitBody(objects['西山森林公园']!, []))).json().evidence.reasons,
    ).toEqual(expect.arrayContaining(['no_photo', 'not_assigned']));
    const flagged = (await c.staff.get(`/api/supervision/campaigns/${id}/visits?flagged=1`)).json();
    expect(flagged).toHaveLength(3);
  });

  it('refuses bad visits with the reason', async () => {
    const ok = visitBody(objects['南湖口袋公园']!, []);
    expectError(await c.li.post('/api/supervision/visits', { ...ok, clientId: 'not-a-uuid' }), 400);
    expectError(await c.li.post('/api/supervision/visits', { ...ok, scores: ok.scores.slice(1) }), 400);
    expectError(
      await c.li.post('/api/supervision/visits', { ...ok, scores: ok.scores.map((s) => ({ ...s, score: 11 })) }),
      400,
    );
    expectError(await c.li.post('/api/supervision/visits', { ...ok, visitedAt: '2027-01-01T00:00:00Z' }), 400);
    // Somebody else's photo.
    const wangs = await upload(c.wang, await fieldPhotoFixture({}));
    expectError(
      await c.li.post('/api/supervision/visits', visitBody(objects['南湖口袋公园']!, [wangs])),
      403,
      'FILE_NOT_YOURS',
    );
    // Not taking part, or not a member at all.
    const zhao = await ctx.platform.db
      .selectFrom('users')
      .select('username')
      .where('member_id', '=', fx.members.zhao)
      .executeTakeFirst();
    expect(zhao).toBeDefined();
    expectError(await c.staff.post('/api/supervision/visits', ok), 403);
    expectError(await c.county.post('/api/supervision/visits', ok), 403);
    expectError(await c.unit.post('/api/supervision/visits', ok), 403);
  });

  it('lets the member and the office read a visit, nobody else; stops visits once review starts', async () => {
    const list = (await c.staff.get(`/api/supervision/campaigns/${id}/visits`)).json();
    const wangs = list.find((v: { memberName: string }) => v.memberName === '王志强');
    expect((await c.wang.get(`/api/supervision/visits/${wangs.id}`)).statusCode).toBe(200);
    expect((await c.leader.get(`/api/supervision/visits/${wangs.id}`)).statusCode).toBe(200);
    expectError(await c.li.get(`/api/supervision/visits/${wangs.id}`), 404);
    expectError(await c.county.get(`/api/supervision/visits/${wangs.id}`), 404);
    expectError(await c.zhang.get(`/api/supervision/campaigns/${id}/visits`), 403);
    await c.staff.post(`/api/supervision/campaigns/${id}/review`);
    expectError(
      await c.wang.post('/api/supervision/visits', visitBody(objects['南湖口袋公园']!, [])),
      409,
      'CAMPAIGN_NOT_OPEN',
    );
  });
});
