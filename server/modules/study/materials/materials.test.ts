import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { multipartFile } from '../../../test/multipart.js';
import { ARTICLE, draftMaterial, publishedMaterial } from './materials.test-helpers.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

describe(`study: materials, reading and reminders (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let zhang: Client;
  let li: Client;
  let wang: Client;
  let county: Client;
  let countyMember: Client;

  /** Everyone signs in (again, after the test clock has jumped past the sessions' idle limit). */
  const signIn = async () => {
    [staff, leader, zhang, li, wang, county, countyMember] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'lixiaomei', 'wangzhiqiang', 'dongcheng', 'zhaochunhua'].map((u) =>
        login(ctx, u, PASSWORD),
      ),
    );
  };
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
  });
  beforeEach(signIn);
  afterAll(async () => ctx?.close());

  const url = (id: number, step = '') => `/api/study/materials/${id}${step}`;
  const notes = (userId: number, kind: string) =>
    ctx.platform.db
      .selectFrom('notifications')
      .select('link')
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .execute();

  it('assigns a committee at publishing, records opens and finishes, and reminds the unfinished once per 12 hours', async () => {
    // The 教科卫体 committee is Li and Wang; Zhang (经济) is named as well: three members.
    const id = await draftMaterial(staff, {
      audience: { committeeIds: [fx.committees['教科卫体委员会']], memberIds: [fx.members.zhang] },
    });
    // A draft is the office's alone: not the assigned members', not a leader's, not another county's.
    for (const c of [li, leader, county]) expectError(await c.get(url(id)), 404);
    expectError(await li.post(url(id, '/open')), 404);
    expectError(await staff.get(url(id, '/progress')), 409, 'NOT_PUBLISHED');
    expect((await li.get('/api/study/materials/mine')).json()).toMatchObject({ total: 0, todo: 0 });

    expect((await staff.post(url(id, '/publish'))).json()).toEqual({ assigned: 3, withoutAccount: 0 });
    expectError(await staff.post(url(id, '/publish')), 409, 'NOT_DRAFT');
    expectError(await staff.patch(url(id), { title: '再改标题' }), 409, 'NOT_DRAFT');
    expect(await notes(fx.users.member2!.id, 'study.material')).toEqual([{ link: `/study/mine/${id}` }]);
    // Zhao (a county's member) is not assigned: missing to him, and to the county's office.
    expectError(await countyMember.get(url(id)), 404);
    expectError(await countyMember.post(url(id, '/open')), 404);
    expectError(await county.get(url(id, '/progress')), 404);
    expectError(await county.post(url(id, '/remind')), 404);

    const page = (await li.get(url(id))).json();
    expect(page).toMatchObject({
      title: ARTICLE.title,
      body: ARTICLE.body,
      audience: null,
      counts: { assigned: 0 },
      mine: { openedAt: null, seconds: 0, finishedAt: null, overdue: false },
      allowedActions: ['finishMaterial', 'reflectMaterial'],
    });
    // Heartbeats before the open are refused: there is no time to count from.
    expectError(await li.post(url(id, '/heartbeat'), { seconds: 15 }), 409, 'NOT_OPENED');
    const first = (await li.post(url(id, '/open'))).json().openedAt;
    ctx.clock.advance(60_000);
    expect((await li.post(url(id, '/open'))).json().openedAt).toBe(first);
    await wang.post(url(id, '/open'));
    expect((await wang.post(url(id, '/finish'))).json()).toMatchObject({ finishedAt: expect.any(String) });

    const all = (await staff.get(url(id, '/progress'))).json();
    expect(all.counts).toEqual({ assigned: 3, opened: 2, finished: 1, unopened: 1, unfinished: 2 });
    const unfinished = (await staff.get(url(id, '/progress?state=unfinished'))).json();
    expect(unfinished.items.map((r: { name: string }) => r.name).sort()).toEqual(['张建国', '李晓梅'].sort());
    const unopened = (await staff.get(url(id, '/progress?state=unopened'))).json();
    expect(unopened.items.map((r: { name: string }) => r.name)).toEqual(['张建国']);
    expect((await leader.get(url(id, '/progress'))).statusCode).toBe(200);
    expectError(await li.get(url(id, '/progress')), 403);
    expectError(await leader.post(url(id, '/remind')), 403);

    expect((await staff.get('/api/study/materials')).json()).toMatchObject({
      total: 1,
      items: [{ id, status: 'published', counts: { assigned: 3, opened: 2, finished: 1 } }],
    });

    expect((await staff.post(url(id, '/remind'))).json()).toMatchObject({ reminded: 2 });
    expect(await notes(fx.users.member!.id, 'study.material_reminder')).toHaveLength(1);
    expect(await notes(fx.users.member3!.id, 'study.material_reminder')).toEqual([]);
    expectError(await staff.post(url(id, '/remind')), 409, 'REMINDED_RECENTLY');
    ctx.clock.advance(11 * 3600_000);
    await signIn();
    expectError(await staff.post(url(id, '/remind')), 409, 'REMINDED_RECENTLY');
    ctx.clock.advance(3600_000 + 1000);
    await signIn();
    expect((await staff.post(url(id, '/remind'))).json()).toMatchObject({ reminded: 2 });

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'study_material')
      .where('object_id', '=', String(id))
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'study.material_create',
      'study.material_publish',
      'study.material_open',
      'study.material_open',
      'study.material_finish',
      'study.material_remind',
      'study.material_remind',
    ]);

    // Withdrawn: gone from the members, kept for the office.
    expect((await staff.post(url(id, '/withdraw'))).statusCode).toBe(200);
    await signIn();
    expectError(await li.get(url(id)), 404);
    expect((await li.get('/api/study/materials/mine')).json()).toMatchObject({ total: 0 });
    expect((await staff.get(url(id, '/progress'))).statusCode).toBe(200);
  });

  it('adds at most the wall time since the last heartbeat, capped, so a forged request cannot add hours', async () => {
    const id = await publishedMaterial(staff, { audience: { memberIds: [fx.members.li] }, deadline: null });
    await li.post(url(id, '/open'));
    // 15 s later the page reports 15 s: all of it.
    ctx.clock.advance(15_000);
    expect((await li.post(url(id, '/heartbeat'), { seconds: 15 })).json()).toEqual({ seconds: 15, added: 15 });
    // 10 s later a forged request claims an hour: only the 10 s that passed.
    ctx.clock.advance(10_000);
    expect((await li.post(url(id, '/heartbeat'), { seconds: 3600 })).json()).toEqual({ seconds: 25, added: 10 });
    // Ten requests at once add nothing (no time passed).
    for (let i = 0; i < 10; i++) expect((await li.post(url(id, '/heartbeat'), { seconds: 15 })).json().added).toBe(0);
    // After twenty minutes away one heartbeat adds the cap, 60 s, not twenty minutes.
    ctx.clock.advance(20 * 60_000);
    await signIn();
    expect((await li.post(url(id, '/heartbeat'), { seconds: 3600 })).json()).toEqual({ seconds: 85, added: 60 });
    // A hidden page reports 0 s: nothing is added however long it has been.
    ctx.clock.advance(30_000);
    expect((await li.post(url(id, '/heartbeat'), { seconds: 0 })).json()).toEqual({ seconds: 85, added: 0 });
    expectError(await li.post(url(id, '/heartbeat'), { seconds: 4000 }), 400);
    // Another member's heartbeat on a material not his: missing.
    expectError(await zhang.post(url(id, '/heartbeat'), { seconds: 15 }), 404);
    expect((await staff.get(url(id, '/progress'))).json().items).toMatchObject([{ name: '李晓梅', seconds: 85 }]);
  });

  it('keeps an editable reflection, lists the due first with the overdue flagged', async () => {
    const later = await publishedMaterial(staff, {
      title: '政协委员履职能力提升读本（第三章）',
      audience: { memberIds: [fx.members.wang] },
      deadline: '2026-06-30',
    });
    const soon = await publishedMaterial(staff, {
      title: '《中国人民政治协商会议章程》学习辅导',
      audience: { memberIds: [fx.members.wang] },
      deadline: '2026-03-05',
    });
    const none = await publishedMaterial(staff, {
      title: '协商民主理论读本导读',
      audience: { memberIds: [fx.members.wang] },
      deadline: null,
    });
    expectError(await wang.put(url(soon, '/reflection'), { text: '' }), 400);
    expectError(await wang.put(url(soon, '/reflection'), { text: '学'.repeat(1001) }), 400);
    expect((await wang.put(url(soon, '/reflection'), { text: '章程是政协工作的根本遵循。' })).json()).toMatchObject({
      reflection: '章程是政协工作的根本遵循。',
    });
    expect((await wang.put(url(soon, '/reflection'), { text: '章程是根本遵循，要常学常新。' })).json()).toMatchObject({
      reflection: '章程是根本遵循，要常学常新。',
    });
    expectError(await li.put(url(soon, '/reflection'), { text: '不是我的资料' }), 404);
    // Past the 5th of March (China time) the unfinished one is overdue.
    ctx.clock.set(new Date('2026-03-06T01:00:00Z'));
    await signIn();
    const mine = (await wang.get('/api/study/materials/mine?state=todo')).json();
    expect(mine).toMatchObject({ todo: 3, overdue: 1 });
    expect(mine.items.map((i: { id: number; overdue: boolean }) => [i.id, i.overdue])).toEqual([
      [soon, true],
      [later, false],
      [none, false],
    ]);
    await wang.post(url(soon, '/finish'));
    const after = (await wang.get('/api/study/materials/mine')).json();
    expect(after).toMatchObject({ todo: 2, overdue: 0 });
    expect(after.items.at(-1)).toMatchObject({ id: soon, overdue: false, reflected: true });
  });

  it('refuses a bad video link, content a kind lacks, another organisation and a past deadline', async () => {
    for (const bad of ['http://v.example.cn/a.mp4', 'javascript:alert(1)', 'ftp://x.cn/v', 'https://', '视频'])
      expectError(await staff.post('/api/study/materials', { ...ARTICLE, kind: 'video', body: null, url: bad }), 400);
    expectError(await staff.post('/api/study/materials', { ...ARTICLE, kind: 'video', body: null }), 400);
    expectError(await staff.post('/api/study/materials', { ...ARTICLE, body: null }), 400);
    expectError(await staff.post('/api/study/materials', { ...ARTICLE, kind: 'document' }), 400);
    expectError(await staff.post('/api/study/materials', { ...ARTICLE, deadline: '2026-01-01' }), 400);
    expectError(await staff.post('/api/study/materials', { ...ARTICLE, audience: {} }), 400);
    // A city office cannot name the members of another county's body it does not see (county B for county A's office).
    expectError(
      await county.post('/api/study/materials', { ...ARTICLE, audience: { all: true, orgIds: [fx.city] } }),
      403,
      'ORG_NOT_VISIBLE',
    );
    expectError(await li.post('/api/study/materials', ARTICLE), 403);
    expectError(await leader.post('/api/study/materials', ARTICLE), 403);
    const video = await draftMaterial(staff, {
      kind: 'video',
      body: null,
      url: 'https://www.12371.cn/special/xxjy/',
      audience: { memberIds: [fx.members.li] },
    });
    expectError(await staff.patch(url(video), { url: 'http://www.12371.cn/' }), 400);
    // The county's office does not see the city's draft.
    expectError(await county.patch(url(video), { title: '县里改标题' }), 404);
    expectError(await county.post(url(video, '/publish')), 404);
    expect((await staff.post(url(video, '/publish'))).json()).toMatchObject({ assigned: 1 });
    expect((await li.get(url(video))).json()).toMatchObject({
      kind: 'video',
      url: 'https://www.12371.cn/special/xxjy/',
    });
  });

  it('attaches a document readable by the office and the assigned members only', async () => {
    const upload = await staff.request({
      method: 'POST',
      url: '/api/files?purpose=document',
      ...multipartFile('政协章程学习辅导.pdf', PDF, 'application/pdf'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const id = await publishedMaterial(staff, {
      kind: 'document',
      body: null,
      fileIds: [upload.json().id],
      audience: { memberIds: [fx.members.li] },
    });
    const page = (await li.get(url(id))).json();
    expect(page.attachments).toMatchObject([{ name: '政协章程学习辅导.pdf' }]);
    expect((await li.get(`/api/files/${page.attachments[0].id}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/files/${page.attachments[0].id}`)).statusCode).toBe(200);
    expect((await zhang.get(`/api/files/${page.attachments[0].id}`)).statusCode).toBe(404);
    expect((await countyMember.get(`/api/files/${page.attachments[0].id}`)).statusCode).toBe(404);
  });
});
