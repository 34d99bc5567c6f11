import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import {
  client,
  createTestContext,
  ENGINE,
  expectError,
  login,
  type Client,
  type TestContext,
} from '../../../test/harness.js';
import { addAssignment, addCommitment, addReply, replied } from '../reporting/outcomes.test-helpers.js';
import { PUBLIC_REQUESTS_PER_MINUTE } from './public.routes.js';
import { accepted, SAMPLE } from '../core/proposals.test-helpers.js';

describe(`proposals: the public page (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let anon: Client;
  let publicId: number;
  let privateId: number;
  let notRepliedId: number;
  let countyId: number;
  const REPLY = '我局已在城区三个街道开展加装电梯试点，今年新增补助资金五百万元。';
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    const [member, member2, staff] = await Promise.all([
      login(ctx, 'zhangjianguo', PASSWORD),
      login(ctx, 'lixiaomei', PASSWORD),
      login(ctx, 'staff', PASSWORD),
    ]);
    anon = client(ctx, '10.0.0.1');
    const db = ctx.platform.db;
    const d = (
      await member.post('/api/proposals', { ...SAMPLE, kind: 'joint', coProposerIds: [fx.members.li], isPublic: true })
    ).json();
    await member2.post(`/api/proposals/${d.id}/invitation`, { accept: true });
    await member.post(`/api/proposals/${d.id}/submit`, {});
    await staff.post(`/api/proposals/${d.id}/accept`, { note: '内部审查意见：与去年第12号提案内容相近' });
    publicId = d.id;
    const { assignmentId, replyId } = await replied(db, publicId, {
      unitId: fx.units['市住房和城乡建设局']!,
      by: fx.users.unit2!.id,
      resultClass: 'A',
      body: REPLY,
    });
    await addCommitment(db, { reply_id: replyId, due_date: '2026-12-31', content: '内部承诺事项不公开' });
    const co = await addAssignment(db, {
      proposal_id: publicId,
      unit_id: fx.units['市教育局']!,
      role: 'co',
      status: 'replied',
    });
    await addReply(db, {
      assignment_id: co,
      created_by: fx.users.unit!.id,
      kind: 'co_opinion',
      result_class: null,
      body: '会办意见不公开',
    });
    await db
      .insertInto('proposal_urgings')
      .values({
        proposal_id: publicId,
        assignment_id: assignmentId,
        unit_id: fx.units['市住房和城乡建设局']!,
        note: '催办记录不公开',
        created_by: fx.users.staff!.id,
        created_at: '2026-04-01T02:00:00.000Z',
      })
      .execute();

    privateId = (await accepted(member, staff, { title: '关于不公开事项的建议' })).id;
    await replied(db, privateId, { unitId: fx.units['市教育局']!, by: fx.users.unit!.id });
    notRepliedId = (await accepted(member, staff, { title: '关于尚未答复事项的建议', isPublic: true })).id;

    const countyMember = await login(ctx, 'zhaochunhua', PASSWORD);
    const countyAdmin = await login(ctx, 'dongcheng', PASSWORD);
    countyId = (await accepted(countyMember, countyAdmin, { title: '关于县城农贸市场改造的建议', isPublic: true })).id;
    await replied(db, countyId, { unitId: fx.countyUnit, by: fx.users.countyUnit!.id, resultClass: 'C' });
  });
  afterAll(async () => ctx?.close());

  it('lists, without sign-in, only public proposals that have a formal reply, of the top organisation by default', async () => {
    const res = await anon.get('/api/public/proposals');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.org).toEqual({ id: fx.city, name: '测试市政协' });
    expect(body.items.map((i: { id: number }) => i.id)).toEqual([publicId]);
    expect(body.items[0]).toEqual({
      id: publicId,
      numberLabel: '第十五届会后 第0001号',
      title: SAMPLE.title,
      proposers: ['张建国', '李晓梅'],
      category: '城乡建设',
      state: 'replied',
      replies: [
        {
          unit: '市住房和城乡建设局',
          resultClass: 'A',
          resultLabel: '已解决或采纳',
          date: '2026-05-01T02:00:00.000Z',
          body: REPLY,
        },
      ],
    });
    const county = (await anon.get(`/api/public/proposals?orgId=${fx.countyA}`)).json();
    expect(
      county.items.map((i: { id: number; replies: { resultClass: string }[] }) => [i.id, i.replies[0]!.resultClass]),
    ).toEqual([[countyId, 'C']]);
    expect((await anon.get(`/api/public/proposals?q=${encodeURIComponent('加装电梯')}`)).json().total).toBe(1);
    expect((await anon.get(`/api/public/proposals?q=${encodeURIComponent('农贸市场')}`)).json().total).toBe(0);
  });

  it('shows one public proposal in full and nothing else: no phones, notes, co-opinions, urging or commitments', async () => {
    const res = await anon.get(`/api/public/proposals/${publicId}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      title: SAMPLE.title,
      reasons: SAMPLE.reasons,
      suggestions: SAMPLE.suggestions,
      proposers: ['张建国', '李晓梅'],
    });
    for (const secret of [
      '13800138001',
      '138****8001',
      '13900139002',
      '内部审查意见',
      '会办意见',
      '催办记录',
      '内部承诺',
      'memberId',
      'userId',
      'reviewNote',
    ]) {
      expect(res.body, secret).not.toContain(secret);
      expect((await anon.get('/api/public/proposals')).body, secret).not.toContain(secret);
    }
    expectError(await anon.get(`/api/public/proposals/${privateId}`), 404);
    expectError(await anon.get(`/api/public/proposals/${notRepliedId}`), 404);
    expectError(await anon.get('/api/public/proposals/999999'), 404);
    expectError(await anon.get('/api/public/proposals?orgId=999999'), 404);
    expectError(await anon.get('/api/public/proposals?page=0'), 400, 'VALIDATION_FAILED');
  });

  it('filters by term, year, category and state, and offers the choices for each', async () => {
    const f = (await anon.get('/api/public/filters')).json();
    expect(f.org).toEqual({ id: fx.city, name: '测试市政协' });
    expect(f.orgs[0]).toEqual({ id: fx.city, name: '测试市政协' });
    expect(f.orgs.map((o: { id: number }) => o.id)).toContain(fx.countyA);
    expect(f.terms.map((t: { id: number }) => t.id)).toContain(fx.term);
    expect(f.years[0]).toBe(2026);
    expect(f.categories).toContain('城乡建设');
    expect((await anon.get(`/api/public/filters?orgId=${fx.countyA}`)).json().terms).not.toContainEqual(
      expect.objectContaining({ id: fx.term }),
    );

    const ids = async (query: string) =>
      (await anon.get(`/api/public/proposals?${query}`)).json().items.map((i: { id: number }) => i.id);
    expect(await ids(`termId=${fx.term}`)).toEqual([publicId]);
    expect(await ids(`termId=${fx.countyTerm}`)).toEqual([]);
    expect(await ids('year=2026')).toEqual([publicId]);
    expect(await ids('year=2025')).toEqual([]);
    expect(await ids(`category=${encodeURIComponent('城乡建设')}`)).toEqual([publicId]);
    expect(await ids(`category=${encodeURIComponent('农业农村')}`)).toEqual([]);
    expect(await ids('state=replied')).toEqual([publicId]);
    expect(await ids('state=closed')).toEqual([]);
    expect(await ids(`state=replied&q=${encodeURIComponent('加装电梯')}&termId=${fx.term}`)).toEqual([publicId]);
    expectError(await anon.get('/api/public/proposals?state=handling'), 400, 'VALIDATION_FAILED');
    expectError(await anon.get('/api/public/filters?orgId=999999'), 404);
  });

  it('is rate-limited per address', async () => {
    const scraper = client(ctx, '10.0.0.99');
    let last = 200;
    for (let i = 0; i <= PUBLIC_REQUESTS_PER_MINUTE; i++)
      last = (await scraper.get(`/api/public/proposals/${publicId}`)).statusCode;
    expect(last).toBe(429);
    expect((await client(ctx, '10.0.0.100').get('/api/public/proposals')).statusCode).toBe(200);
  });
});
