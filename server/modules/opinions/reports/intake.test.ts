// Reports received rather than written: a proposal converted by review becomes a report with the
// same text and proposers, in the conversion's transaction and in its own app only; opinions
// routed by the office come in through reportIntakeOf.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../../db/tx.js';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { reportIntakeOf } from './index.js';
import { noticeKinds, signIn } from './reports.test-helpers.js';

const PROPOSAL = {
  title: '关于加快老旧小区加装电梯的建议',
  reasons: '我市建成于上世纪九十年代的老旧小区多为六层以下住宅，没有电梯，高层住户中的老年人上下楼十分困难。',
  suggestions: '一、简化加装电梯的审批流程，实行一窗受理；二、提高财政补贴标准；三、由街道社区协调低层住户意见。',
  category: '城乡建设',
};

describe(`opinions: reports received from proposals and opinions (${ENGINE})`, () => {
  let ctx: TestContext;
  let other: TestContext;
  let fx: Fixture;
  let c: { staff: Client; zhang: Client; li: Client; leader: Client };
  beforeAll(async () => {
    [ctx, other] = await Promise.all([createTestContext(), createTestContext()]);
    fx = await seedFixture(ctx.platform);
    await seedFixture(other.platform);
    c = await signIn(ctx, { staff: 'staff', zhang: 'zhangjianguo', li: 'lixiaomei', leader: 'leader' });
  });
  afterAll(async () => Promise.all([ctx?.close(), other?.close()]));

  const reportCount = (t: TestContext) =>
    t.platform.db
      .selectFrom('sqmy_reports')
      .select('id')
      .execute()
      .then((r) => r.length);

  it('turns a converted proposal into a report with the same text and proposers, in this app only', async () => {
    // A joint proposal: 李晓梅 accepts the invitation, 王志强 never answers (not on the report).
    const drafted = await c.zhang.post('/api/proposals', {
      ...PROPOSAL,
      kind: 'joint',
      coProposerIds: [fx.members.li, fx.members.wang],
    });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const id = drafted.json().id as number;
    expect((await c.li.post(`/api/proposals/${id}/invitation`, { accept: true })).statusCode).toBe(200);
    expect((await c.zhang.post(`/api/proposals/${id}/submit`, {})).statusCode).toBe(200);
    const converted = await c.staff.post(`/api/proposals/${id}/convert`, { note: '更适合作为社情民意信息报送' });
    expect(converted.statusCode, converted.body).toBe(200);

    const mine = (await c.zhang.get('/api/opinions/reports/mine')).json();
    expect(mine).toHaveLength(1);
    const r = (await c.zhang.get(`/api/opinions/reports/${mine[0].id}`)).json();
    expect(r).toMatchObject({
      title: PROPOSAL.title,
      body: `${PROPOSAL.reasons}\n\n${PROPOSAL.suggestions}`,
      status: 'submitted',
      source: 'proposal',
      sourceRef: { kind: 'proposal', proposalId: id },
      authors: [
        { memberId: fx.members.zhang, name: '张建国' },
        { memberId: fx.members.li, name: '李晓梅' },
      ],
    });
    expect(r.versions).toMatchObject([{ number: 1, byOffice: true }]);
    expect(await noticeKinds(c.zhang)).toContain('opinions.report_received');
    expect(await noticeKinds(c.li)).toContain('opinions.report_received');
    // The other app (its own platform and database) registered its own handler and ran nothing.
    expect(await reportCount(other)).toBe(0);
    // A proposal that cannot be converted (already converted) leaves no second report.
    expectError(await c.staff.post(`/api/proposals/${id}/convert`, {}), 409);
    expect(await reportCount(ctx)).toBe(1);
  });

  it('stores routed opinions as a report inside the caller transaction, with or without member authors', async () => {
    const intake = reportIntakeOf(ctx.platform);
    const seed = {
      orgId: fx.city,
      title: '关于群众反映城区夜间施工噪声扰民问题的情况',
      body: '界别活动周期间，多名居民反映城区多处工地夜间施工，噪声扰民。建议加强夜间施工审批和巡查。',
      authorMemberIds: [],
      source: { kind: 'opinion' as const, opinionIds: [11, 12] },
      byUserId: fx.users.staff!.id,
    };
    // Rolled back with the caller: nothing stays.
    await expect(
      inTransaction(ctx.platform.db, async (trx) => {
        await intake(trx, seed);
        throw new Error('the routing failed');
      }),
    ).rejects.toThrow('the routing failed');
    expect(await reportCount(ctx)).toBe(1);

    const id = await inTransaction(ctx.platform.db, (trx) => intake(trx, seed));
    const r = (await c.leader.get(`/api/opinions/reports/${id}`)).json();
    expect(r).toMatchObject({
      source: 'opinion',
      sourceRef: { opinionIds: [11, 12] },
      authors: [],
      status: 'submitted',
    });
    const withAuthor = await inTransaction(ctx.platform.db, (trx) =>
      intake(trx, { ...seed, authorMemberIds: [fx.members.zhang, fx.members.zhang] }),
    );
    expect((await c.zhang.get(`/api/opinions/reports/${withAuthor}`)).json().authors).toHaveLength(1);
  });
});
